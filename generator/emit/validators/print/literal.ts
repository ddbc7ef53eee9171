import { stringLiteral } from '../../../escape/typescript.js';

/**
 * Literals exactly as prettier prints them (singleQuote: true), so validators.gen.ts needs no prettier
 * pass. Spec strings go through the escaping module's stringLiteral, which has prettier's quoting.
 */

/** A number literal as prettier prints it: `1e21`, not `1e+21`. `String(n)` has no other form it changes. */
export function jsNumber(value: number): string {
  const text = String(value);
  return text.includes('e+') ? text.replace('e+', 'e') : text;
}

/**
 * A JSON value as an expression; objects and arrays come out flat (`{ a: 1, 'b-c': [2] }`), which is
 * prettier's form when the line fits; longer ones are laid out by the statement printer.
 */
export function jsJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return jsNumber(value);
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(jsJson).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const quote = needsQuotedKeys(entries.map(([k]) => k));
  return `{ ${entries.map(([k, v]) => `${quote(k) ? stringLiteral(k) : k}: ${jsJson(v)}`).join(', ')} }`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SIMPLE_NUMBER = /^(?:0|[1-9][0-9]*)$/;

/**
 * Which keys keep their quotes (prettier, quoteProps "as-needed"): a key that is not an identifier is
 * quoted; when some key must be quoted, numbers are quoted too, and when a number-like key is quoted
 * nothing is unquoted. JSON keys are always strings, so we start from quoted keys as prettier would.
 */
function needsQuotedKeys(keys: string[]): (key: string) => boolean {
  // prettier unquotes a quoted key only if every quoted key in the object can be unquoted.
  const allUnquotable = keys.every((k) => IDENTIFIER.test(k) || (SIMPLE_NUMBER.test(k) && String(Number(k)) === k));
  if (!allUnquotable) return () => true;
  return () => false;
}
