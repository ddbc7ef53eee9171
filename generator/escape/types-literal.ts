/**
 * Spec strings in types.gen.ts, exactly as they come out of the two steps the types printer
 * replaces: TypeScript's printer writes a string literal (`astToString`), then prettier re-quotes it.
 * Both steps are reproduced so the printer ends with prettier's bytes: TypeScript's escaping (double
 * quotes, every non-ASCII character as \uXXXX), then prettier's quote choice with `singleQuote: true`
 * (the quote needing fewer escapes wins) and its re-escaping of quotes. Code that is not the types
 * printer uses typescript.ts's stringLiteral.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$0-9]*$/;

/** The raw text (quotes included) TypeScript's printer writes for a synthesized string literal. */
export function tsStringLiteralText(text: string): string {
  let escaped = text.replace(DOUBLE_QUOTE_ESCAPED, escapeReplacement);
  if (NON_ASCII.test(escaped)) escaped = escaped.replace(NON_ASCII_GLOBAL, (c) => unicodeEscape(c.charCodeAt(0)));
  return `"${escaped}"`;
}

// typescript/src/compiler/utilities.ts: escapeString + escapeNonAsciiString, for a double-quoted literal.
const DOUBLE_QUOTE_ESCAPED = /[\\"\u0000-\u001f\u2028\u2029\u0085]/g;
const NON_ASCII = /[^\u0000-\u007F]/;
const NON_ASCII_GLOBAL = /[^\u0000-\u007F]/g;
const ESCAPES: Record<string, string> = {
  '\t': '\\t', '\v': '\\v', '\f': '\\f', '\b': '\\b', '\r': '\\r', '\n': '\\n', '\\': '\\\\', '"': '\\"',
  '\u2028': '\\u2028', '\u2029': '\\u2029', '\u0085': '\\u0085',
};

function escapeReplacement(c: string, offset: number, input: string): string {
  if (c === '\0') {
    const next = input.charCodeAt(offset + 1);
    return next >= 48 && next <= 57 ? '\\x00' : '\\0';
  }
  return ESCAPES[c] ?? unicodeEscape(c.charCodeAt(0));
}

function unicodeEscape(code: number): string {
  return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * prettier's printString for `singleQuote: true`: single quotes unless the content has more single
 * than double quotes; a literal already in the chosen quote is kept byte for byte.
 */
export function prettierString(raw: string): string {
  const content = raw.slice(1, -1);
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 39) singles++;
    else if (c === 34) doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  // prettier's makeString: unescape the other quote, escape the enclosing one, keep every other escape.
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped) return escaped === other ? other : match;
    return bare === quote ? '\\' + bare : bare!;
  });
  return quote + body + quote;
}

/**
 * A property key written by TypeScript as a string literal, as prettier prints it with
 * `quoteProps: 'as-needed'`: unquoted only when the value is an identifier name and unquoting
 * changes no escape (prettier checks the printed string's content equals the value). Only ASCII
 * names can pass the second test, since TypeScript escapes every other character.
 */
export function prettierStringKey(value: string): string {
  const printed = prettierString(tsStringLiteralText(value));
  return IDENTIFIER.test(value) && printed.slice(1, -1) === value ? value : printed;
}
