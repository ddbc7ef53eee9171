/** A piece of TypeScript source that the literal printer writes as is (an identifier, a call). */
export class Code {
  constructor(readonly text: string) {}
}

/** A value printable as a TypeScript expression. */
export type Literal =
  string | number | boolean | null | Code | readonly Literal[] | { readonly [key: string]: Literal | undefined };

/**
 * Prints a value as a TypeScript expression: strings through JSON.stringify (so quotes, backticks and
 * `*\/` from a spec can never end the literal), keys quoted only when they are not identifiers,
 * `undefined` properties left out. Prettier lays it out afterwards.
 */
export function printLiteral(value: Literal): string {
  if (value instanceof Code) return value.text;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  const entries = Object.entries(value as { [key: string]: Literal | undefined }).filter(
    (e): e is [string, Literal] => e[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${printLiteral(v)}`).join(', ')} }`;
}

/** A property key as written in source: bare when it is an identifier, else a string literal. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** Text safe inside a `/** ... *\/` comment: a `*\/` in a spec description must not end it. */
export function docSafe(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
