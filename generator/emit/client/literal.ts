import { tsMorphObjectKey, tsMorphStringLiteral } from '../../escape/typescript.js';

/** A piece of TypeScript source that the literal printer writes as is (an identifier, a call). */
export class Code {
  constructor(readonly text: string) {}
}

/** A value printable as a TypeScript expression. */
export type Literal =
  string | number | boolean | null | Code | readonly Literal[] | { readonly [key: string]: Literal | undefined };

/**
 * Prints a value as a TypeScript expression: strings and keys through the escaping module (so quotes,
 * backticks, `*\/` or `__proto__` from a spec stay data), `undefined` properties left out. Prettier
 * lays it out afterwards.
 */
export function printLiteral(value: Literal): string {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return tsMorphStringLiteral(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  const entries = Object.entries(value as { [key: string]: Literal | undefined }).filter(
    (e): e is [string, Literal] => e[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${tsMorphObjectKey(k)}: ${printLiteral(v)}`).join(', ')} }`;
}
