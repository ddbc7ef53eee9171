import { OBJECT_PROTOTYPE_MEMBERS } from '../common/javascript.js';

/**
 * Spec text in TypeScript source: comments, string literals, property keys and identifiers. Every
 * emitter that writes code puts spec text through one of these, so a path like
 * `/a*\/;process.exit(7);/*\/b` or a description holding a backtick stays text.
 * test/unit/escape/typescript.test.ts holds them to the hostile payload list.
 */

const LINE_BREAKS = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Text inside a block or JSDoc comment (`/* … *\/`, `/** … *\/`), line breaks kept: `*\/` would end
 * the comment, so its slash is escaped (`*\/` reads the same in an editor's JSDoc view). `/*` needs
 * nothing: block comments do not nest.
 */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** Text for a one-line block or JSDoc comment: as commentText, with line breaks (U+2028/9 too) as spaces. */
export function commentLine(text: string): string {
  return commentText(text).replace(LINE_BREAKS, ' ');
}

/**
 * Text after `//`: a line break would end the comment and start code, and JavaScript ends a line at
 * U+2028 and U+2029 too, so each becomes a space.
 */
export function lineCommentText(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/**
 * A string literal exactly as prettier prints it (`singleQuote: true`), so output that skips the
 * format step still has prettier's bytes. `JSON.stringify` escapes everything a string literal cannot
 * hold (quotes, backslashes, control characters, lone surrogates), then the quotes are chosen and
 * swapped as prettier does (its `getPreferredQuote` + `makeString` rules): single quotes unless the
 * text has more single than double quotes. U+2028/U+2029 are legal in literals since ES2019 and left as is.
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  const raw = json.slice(1, -1);
  if (!raw.includes("'") && !raw.includes('"')) return `'${raw}'`;
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 39) singles++;
    else if (ch === 34) doubles++;
  }
  if (singles > doubles) return json;
  // Single quotes: `\"` needs no escape any more, a bare `'` now does (a `\\` before a quote is an
  // escaped backslash, so the pair is consumed first).
  return `'${raw.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, bare: string | undefined) => (escaped ? (escaped === '"' ? '"' : match) : bare === "'" ? "\\'" : bare!))}'`;
}

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An interface or type-literal key: bare when it is an ASCII identifier name (reserved words are fine
 * as keys), else a string literal. In an object literal use objectKey, which also handles `__proto__`.
 */
export function propertyKey(key: string): string {
  return ASCII_IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * An object literal key that is always an own data property, `__proto__` included: `['__proto__']`
 * (a computed key) defines a property, where `__proto__:` and `'__proto__':` set the prototype.
 */
export function objectKey(key: string): string {
  return key === '__proto__' ? `[${stringLiteral(key)}]` : propertyKey(key);
}

/** ECMAScript reserved words and strict-mode/TypeScript keywords that cannot name a variable or type. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'as', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public',
  'static', 'yield', 'await', 'any', 'boolean', 'constructor', 'declare', 'get', 'module', 'require',
  'number', 'set', 'string', 'symbol', 'type', 'from', 'of', 'never', 'unknown', 'object', 'undefined',
  'bigint', 'keyof', 'readonly', 'infer', 'is', 'asserts', 'namespace', 'abstract', 'arguments', 'eval',
]);

/**
 * Names that must not be own members of a generated object (the client, the options): every member of
 * Object.prototype, which the object would shadow (`String(client)`, `'toString' in options`), and
 * `then`, which makes any object look like a promise (`await client` would call it).
 */
export const BUILTIN_MEMBERS: ReadonlySet<string> = new Set([...OBJECT_PROTOTYPE_MEMBERS, 'then']);

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/**
 * A name (already cased by the plan) as a declaration or member name: characters an identifier
 * cannot hold become `_`, a leading digit gets a `_` before it, and a reserved word or a built-in
 * member gets a trailing `_` (`delete_`, `toString_`). The plan reports the renames.
 */
export function identifier(name: string): string {
  let out = name.replace(/[^\p{ID_Continue}$\u200C\u200D]/gu, '_');
  if (out === '' || !IDENTIFIER.test(out)) out = `_${out}`;
  return RESERVED_WORDS.has(out) || BUILTIN_MEMBERS.has(out) ? `${out}_` : out;
}
