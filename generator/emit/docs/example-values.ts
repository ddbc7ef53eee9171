import { stringLiteral } from '../../escape/typescript.js';
import { type Doc, fill, group, ifBreak, indent, indentIfBreak, join, line, printDoc, softline, stringWidth } from '../types/doc.js';

/**
 * Example values (JSON data) as prettier prints them, so the docs' code blocks need no prettier pass:
 * as JSON (prettier's `json` parser: keys and strings as JSON.stringify writes them, no trailing
 * commas, a value always on its key's line) and as TypeScript expressions (`babel-ts`: single
 * quotes, keys unquoted where prettier unquotes them, trailing commas, prettier's assignment layouts
 * after a key). Both follow prettier's estree printer: an array is one group (numbers fill the
 * lines), and an array of several objects or arrays of several items is always broken.
 *
 * Prettier keeps an object expanded when its source has a line break after `{` (objectWrap
 * "preserve"), so the printed form depends on the text it replaces: `expanded` says the source wrote
 * every non-empty object that way (JSON.stringify with an indent does, a one-line literal does not).
 */

/** A printed expression and the layout prettier gives it after a property key. */
export interface Expr {
  readonly doc: Doc;
  /**
   * string: breaks after the colon before the string does; literal (a number or boolean): never
   * breaks after the colon; other: prettier's "fluid" layout (the value breaks first).
   */
  readonly after: 'string' | 'literal' | 'other';
}

export type Syntax = 'json' | 'typescript';

/** Thrown for a value whose printing we cannot vouch for; the caller then leaves the block to prettier. */
export class NotPrintable extends Error {}

/**
 * `JSON.stringify(value, null, 2)` as prettier's `json` parser prints it (the docs' JSON examples),
 * or undefined for a value we cannot vouch for.
 */
export function printedJson(value: unknown): string | undefined {
  try {
    return printDoc(jsonExpr(value, 'json', true).doc, PRINT_WIDTH);
  } catch (error) {
    if (error instanceof NotPrintable) return undefined;
    throw error;
  }
}

/** Prettier's print width (format.ts pins it). */
const PRINT_WIDTH = 100;

/** A JSON value as an expression. */
export function jsonExpr(value: unknown, syntax: Syntax, expanded: boolean): Expr {
  if (value === null) return { doc: 'null', after: 'other' };
  switch (typeof value) {
    case 'boolean':
      return { doc: String(value), after: 'literal' };
    case 'number': {
      // JSON.stringify's text (`null` when not finite) with prettier's exponent: `1e21`, not `1e+21`.
      const text = JSON.stringify(value).replace('e+', 'e');
      // `-1` is a unary expression to prettier, laid out as `other`.
      return { doc: text, after: /^\d/.test(text) ? 'literal' : 'other' };
    }
    case 'string':
      return { doc: syntax === 'json' ? JSON.stringify(value) : stringLiteral(value), after: 'string' };
    case 'object':
      if (Array.isArray(value)) return arrayExpr(value, syntax, expanded);
      // A Date (YAML timestamps) or another class: JSON.stringify would call its toJSON.
      if (![Object.prototype, null].includes(Object.getPrototypeOf(value))) throw new NotPrintable('not a plain object');
      return objectExpr(
        Object.entries(value).map(([k, v]) => [k, jsonExpr(v, syntax, expanded)]),
        syntax,
        expanded,
      );
    default:
      throw new NotPrintable(`not JSON: ${typeof value}`);
  }
}

/** An object literal of printed values, keys in the given order. */
export function objectExpr(entries: readonly (readonly [string, Expr])[], syntax: Syntax, expanded: boolean): Expr {
  if (entries.length === 0) return { doc: '{}', after: 'other' };
  const props = entries.map(([key, value]) => group(property(printKey(key, syntax), value, syntax)));
  return {
    doc: group(['{', indent([line, join([',', line], props)]), syntax === 'json' ? '' : ifBreak(','), line, '}'], { shouldBreak: expanded }),
    after: 'other',
  };
}

/** Code that is not JSON data (`new Blob([...])`), laid out after a key as prettier lays out a call. */
export function codeExpr(doc: Doc): Expr {
  return { doc, after: 'other' };
}

function arrayExpr(items: readonly unknown[], syntax: Syntax, expanded: boolean): Expr {
  if (items.length === 0) return { doc: '[]', after: 'other' };
  const printed = items.map((item) => jsonExpr(item, syntax, expanded).doc);
  const id = Symbol('array');
  // Prettier's isConciselyPrintedArray: numbers (signed or not) fill the lines.
  const concise = items.every((item) => typeof item === 'number' && Number.isFinite(item));
  const size = (item: unknown) => (Array.isArray(item) ? item.length : isObject(item) ? Object.keys(item).length : 0);
  const kind = (item: unknown) => (Array.isArray(item) ? 'array' : isObject(item) ? 'object' : undefined);
  const shouldBreak = items.length > 1 && items.every((item) => kind(item) !== undefined && kind(item) === kind(items[0]) && size(item) > 1);
  const comma = syntax === 'json' ? '' : concise ? ifBreak(',', '', { groupId: id }) : ifBreak(',');
  const contents = concise
    ? fill(printed.flatMap((doc, i) => (i === printed.length - 1 ? [[doc, comma]] : [[doc, ','], line])))
    : [join([',', line], printed.map((doc) => group(doc))), comma];
  return { doc: group(['[', indent([softline, contents]), softline, ']'], { shouldBreak, id }), after: 'other' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A key as prettier prints it. JSON keeps the quoted key. TypeScript (quoteProps "as-needed")
 * unquotes a key that is an ES5 identifier name; one with other characters than ASCII may be one
 * (`café`), which we do not decide, and `__proto__` means something else unquoted.
 */
function printKey(key: string, syntax: Syntax): string {
  if (syntax === 'json') return JSON.stringify(key);
  if (key === '__proto__' || /[^\x00-\x7f]/.test(key)) throw new NotPrintable(`key ${JSON.stringify(key)}`);
  return ASCII_IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * `key: value` in prettier's assignment layouts. JSON never breaks after the colon. In TypeScript a
 * key narrower than 5 columns (tabWidth + 3) never breaks after it either; otherwise a string breaks
 * after the colon when the line is too long, a number or boolean never does, and anything else is
 * "fluid": the value breaks first, and the line after the colon only if the value's start cannot fit.
 */
function property(key: string, value: Expr, syntax: Syntax): Doc {
  const short = stringWidth(key) < 5;
  if (syntax === 'json' || short || value.after === 'literal') return group([key, ':', ' ', value.doc]);
  if (value.after === 'string') return group([key, ':', group(indent([line, value.doc]))]);
  const id = Symbol('assignment');
  return group([key, ':', group(indent(line), { id }), indentIfBreak(value.doc, { groupId: id })]);
}
