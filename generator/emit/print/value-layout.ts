import { stringLiteral } from '../../escape/typescript.js';
import { stringWidth } from '../../common/string-width.js';
import { type Doc, fill, group, ifBreak, indent, indentIfBreak, join, line, softline } from './doc.js';
import { jsNumber } from '../validators/print/literal.js';

/**
 * Values (objects, arrays, strings, numbers, code) in prettier's layout, for the printers that skip
 * prettier: client.gen.ts's descriptor tables and the docs' examples. Prettier's estree printer
 * (print/object.js, array.js, property.js and the layouts of assignment.js) as JSON (the `json`
 * parser: keys and strings as JSON.stringify writes them, no trailing commas, a value always on its
 * key's line) or as TypeScript (single quotes, keys quoted as needed, trailing commas, prettier's
 * assignment layouts after a key). An array is one group (numbers fill the lines), and an array of
 * several objects or arrays of several items is always broken.
 *
 * Prettier keeps an object broken when its source has a line break after `{` (objectWrap
 * "preserve"), so the layout depends on the text prettier would format: `expanded` says that text
 * wrote every non-empty object that way (JSON.stringify with an indent does, a one-line literal does not).
 */
export interface ValueStyle {
  readonly syntax: 'json' | 'typescript';
  readonly expanded: boolean;
  /** A key as printed (TypeScript printers start from asNeededKey). */
  key(key: string): string;
}

/**
 * How prettier's chooseLayout places a value after `key:`: on the next line as soon as the line is
 * too long (a string, a member chain), never on the next line (a number or boolean literal), or
 * "fluid" (anything else: the value breaks first, the line after the colon only if its start cannot fit).
 */
export type AfterKey = 'break-after-operator' | 'never-break-after-operator' | 'fluid';

/** A printed value and what prettier's layouts look at around it. */
export interface Expr {
  readonly doc: Doc;
  readonly afterKey: AfterKey;
  /** An object or array literal and its number of entries, or a numeric literal (arrays of those fill). */
  readonly shape?: { readonly kind: 'object' | 'array'; readonly size: number } | 'number';
}

/** A style, and what its printer decides itself: values that are not JSON data. */
export interface ValuePrinter extends ValueStyle {
  /** A value that is not JSON data: source code, a number without a literal (NaN), a class instance. */
  other(value: unknown): Expr;
}

/** A value as an expression; object entries whose value is undefined are left out, as JSON.stringify does. */
export function valueExpr(value: unknown, p: ValuePrinter): Expr {
  if (value === null) return { doc: 'null', afterKey: 'fluid' };
  switch (typeof value) {
    case 'boolean':
      return { doc: String(value), afterKey: 'never-break-after-operator' };
    case 'number':
      return Number.isFinite(value) ? numberExpr(value) : p.other(value);
    case 'string':
      return { doc: p.syntax === 'json' ? JSON.stringify(value) : stringLiteral(value), afterKey: 'break-after-operator' };
    case 'object':
      if (Array.isArray(value)) return arrayExpr(value.map((item: unknown) => valueExpr(item, p)), p);
      // A Date (YAML timestamps) or another class instance: JSON.stringify would call its toJSON.
      if (![Object.prototype, null].includes(Object.getPrototypeOf(value))) return p.other(value);
      return objectExpr(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, valueExpr(v, p)]),
        p,
      );
    default:
      return p.other(value);
  }
}

/** A finite number: `-1` is a unary expression to prettier, laid out as fluid; both kinds fill an array. */
function numberExpr(value: number): Expr {
  const text = jsNumber(value);
  return { doc: text, afterKey: text.startsWith('-') ? 'fluid' : 'never-break-after-operator', shape: 'number' };
}

const MEMBER_CHAIN = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/**
 * Code that is not JSON data (`options.token`, `new Blob([...])`, an arrow function). Prettier breaks
 * after the colon before a member chain on an identifier (isMemberExpressionChain) as before a string;
 * the other code our printers write is laid out fluid.
 */
export function codeExpr(code: Doc): Expr {
  return { doc: code, afterKey: typeof code === 'string' && MEMBER_CHAIN.test(code) ? 'break-after-operator' : 'fluid' };
}

/** An object literal of keys (printed by the style) and printed values, in the given order. */
export function objectExpr(entries: readonly (readonly [key: string, value: Expr])[], style: ValueStyle): Expr {
  const shape = { kind: 'object', size: entries.length } as const;
  if (entries.length === 0) return { doc: '{}', afterKey: 'fluid', shape };
  const properties = entries.map(([key, value]) => group(propertyDoc(style.key(key), value, style.syntax)));
  const comma = style.syntax === 'json' ? '' : ifBreak(',');
  return { doc: group(['{', indent([line, join([',', line], properties)]), comma, line, '}'], { shouldBreak: style.expanded }), afterKey: 'fluid', shape };
}

function arrayExpr(items: readonly Expr[], style: Pick<ValueStyle, 'syntax'>): Expr {
  const shape = { kind: 'array', size: items.length } as const;
  if (items.length === 0) return { doc: '[]', afterKey: 'fluid', shape };
  const id = Symbol('array');
  // Prettier's isConciselyPrintedArray: numbers (signed or not) fill the lines.
  const concise = items.every((item) => item.shape === 'number');
  // Prettier breaks an array of two or more objects (or arrays) of the same kind, each with two or more entries.
  const literal = (item: Expr) => (typeof item.shape === 'object' ? item.shape : undefined);
  const kind = literal(items[0]!)?.kind;
  const shouldBreak = items.length > 1 && items.every((item) => kind !== undefined && literal(item)?.kind === kind && literal(item)!.size > 1);
  const comma = style.syntax === 'json' ? '' : concise ? ifBreak(',', '', { groupId: id }) : ifBreak(',');
  const contents = concise
    ? fill(items.flatMap((item, i) => (i === items.length - 1 ? [[item.doc, comma]] : [[item.doc, ','], line])))
    : [join([',', line], items.map((item) => group(item.doc))), comma];
  return { doc: group(['[', indent([softline, contents]), softline, ']'], { shouldBreak, id }), afterKey: 'fluid', shape };
}

const ASCII_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A key as prettier prints it in TypeScript (quoteProps "as-needed"): an ASCII identifier bare,
 * anything else quoted (number-like keys stay quoted in TypeScript). Undefined for a key with other
 * characters than ASCII: prettier unquotes it when it is an ES5 identifier name (`café`), which we do
 * not decide. `__proto__` is the printer's to decide: unquoted, it sets the prototype instead.
 */
export function asNeededKey(key: string): string | undefined {
  if (/[^\x00-\x7f]/.test(key)) return undefined;
  return ASCII_IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * `key: value` in prettier's assignment layouts. JSON never breaks after the colon. In TypeScript a
 * key narrower than 5 columns (isObjectPropertyWithShortKey: tabWidth + 3) never breaks after it
 * either; otherwise the value's `afterKey` decides.
 */
export function propertyDoc(key: string, value: Expr, syntax: ValueStyle['syntax']): Doc {
  if (syntax === 'json' || stringWidth(key) < 5 || value.afterKey === 'never-break-after-operator') return group([key, ':', ' ', value.doc]);
  if (value.afterKey === 'break-after-operator') return group([key, ':', group(indent([line, value.doc]))]);
  return fluidAssignment(key, ':', value.doc);
}

/** Prettier's "fluid" assignment layout: the right side moves to its own line only when its start does not fit. */
export function fluidAssignment(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([group(left), operator, group(indent(line), { id }), indentIfBreak(right, { groupId: id })]);
}
