import { stringLiteral } from '../../../escape/typescript.js';
import { group, ifBreak, indent, indentIfBreak, join, line, softline, stringWidth, type Doc } from '../../types/doc.js';
import { jsNumber } from '../../validators/print/literal.js';
import { Code, type Literal } from '../literal.js';
import type { Guard } from './guard.js';

/**
 * A literal value as prettier lays out the expression (print/object.js, array.js, property.js and the
 * assignment layouts of assignment.js), for the source our printer would otherwise hand it: objects and
 * arrays written flat, so only width decides where they break. What it does not reproduce (number
 * arrays, which prettier fills; non-ASCII keys, which prettier may unquote) is noted on the guard.
 */
export function literalDoc(value: Literal, g: Guard): Doc {
  if (value instanceof Code) return codeText(value, g);
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return jsNumber(value);
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return arrayDoc(value, g);
  return objectDoc(value as { readonly [key: string]: Literal | undefined }, g);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

function codeText(code: Code, g: Guard): string {
  if (!IDENTIFIER.test(code.text) && !MEMBER_CHAIN.test(code.text)) g.unsure(`code \`${code.text}\``);
  return code.text;
}

function entriesOf(value: { readonly [key: string]: Literal | undefined }): [string, Literal][] {
  return Object.entries(value).filter((e): e is [string, Literal] => e[1] !== undefined);
}

function arrayDoc(items: readonly Literal[], g: Guard): Doc {
  if (items.length === 0) return '[]';
  if (items.every((i) => typeof i === 'number')) g.unsure('a number array (prettier fills it)');
  // prettier breaks an array of two or more objects (or arrays) of the same kind, each with two or more entries.
  const sizes = items.map((i): [kind: string, size: number] => (Array.isArray(i) ? ['array', i.length] : isObject(i) ? ['object', entriesOf(i).length] : ['', 0]));
  const shouldBreak = items.length > 1 && sizes.every(([kind, n]) => kind !== '' && kind === sizes[0]![0] && n > 1);
  return group(['[', indent([softline, join([',', line], items.map((i) => group(literalDoc(i, g))))]), ifBreak(','), softline, ']'], { shouldBreak });
}

function isObject(value: Literal): value is { readonly [key: string]: Literal | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Code);
}

function objectDoc(value: { readonly [key: string]: Literal | undefined }, g: Guard): Doc {
  const entries = entriesOf(value);
  if (entries.length === 0) return '{}';
  const properties = entries.map(([key, v]) => group(propertyDoc(key, v, g)));
  return group(['{', indent([line, join([',', line], properties)]), ifBreak(','), line, '}']);
}

/** `key: value` with the layout prettier's chooseLayout picks for an object property. */
export function propertyDoc(key: string, value: Literal, g: Guard): Doc {
  const left = objectKeyText(key, g);
  const right = literalDoc(value, g);
  const shortKey = isShortKey(left);
  const breakAfterColon = typeof value === 'string' || (value instanceof Code && MEMBER_CHAIN.test(value.text));
  if (shortKey || typeof value === 'number' || typeof value === 'boolean') return group([left, ':', ' ', right]);
  if (breakAfterColon) return group([left, ':', group(indent([line, right]))]);
  return fluidAssignment(left, ':', right);
}

/** isObjectPropertyWithShortKey: a key narrower than tabWidth + 3 never breaks after the colon. */
export function isShortKey(key: string): boolean {
  return stringWidth(key) < 5;
}

/** prettier's "fluid" assignment layout: the right side moves to its own line only when its start does not fit. */
export function fluidAssignment(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([group(left), operator, group(indent(line), { id }), indentIfBreak(right, { groupId: id })]);
}

/**
 * A key as prettier prints it with quoteProps "as-needed": ASCII identifiers bare, anything else
 * quoted (number-like keys stay quoted in TypeScript), `__proto__` computed so it stays an own property.
 */
export function objectKeyText(key: string, g: Guard): string {
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  if (IDENTIFIER.test(key)) return key;
  // prettier unquotes a key that is an ES5 identifier with non-ASCII letters: not reproduced here.
  if (/[^\x00-\x7f]/.test(key)) g.unsure('a non-ASCII object key');
  return stringLiteral(key);
}
