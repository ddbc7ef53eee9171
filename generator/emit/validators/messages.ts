import { stringLiteral } from '../../escape/typescript.js';
import type { Snippet } from './snippet.js';

/**
 * How each keyword's error reads, from the keyword's parameter `a` (the limit, the format name, the
 * property ...). Messages follow ajv's wording. Each entry is the code of its `case`, over `a` (typed
 * `any`: its shape depends on the keyword, fixed here), as prettier prints it inside the switch. The
 * same code serves twice: run here, at generation time, for a parameter the schema fixes (a check then
 * passes the finished texts: `_err(c.e, p, 'type', 'string', 'must be string')`, so recording an error
 * builds no string), and emitted into `_issue` for a parameter known only at run time (a property
 * name, a tag value, `maxDepth`).
 */
const MESSAGES: Record<string, string> = {
  'false schema': `r.message = 'boolean schema is false';
r.expected = 'nothing';`,
  // A JSON type name has at most 7 letters (\`boolean\`); a list of types (\`string | null\`) is longer.
  type: `r.message = 'must be ' + (a.length > 7 ? a.split(' | ').join(' or ') : a);
r.expected = a;`,
  required: `r.message = "must have required property '" + a + "'";
r.expected = a;`,
  readOnly: `r.message = 'is read-only and must not be sent';
r.expected = 'absent in requests';`,
  writeOnly: `r.message = 'is write-only and must not be returned';
r.expected = 'absent in responses';`,
  minLength: `r.message = 'must NOT have fewer than ' + a + ' characters';
r.expected = '>= ' + a + ' characters';`,
  maxLength: `r.message = 'must NOT have more than ' + a + ' characters';
r.expected = '<= ' + a + ' characters';`,
  pattern: `r.message = 'must match pattern "' + a + '"';
r.expected = a;`,
  format: `r.message = 'must match format "' + a + '"';
r.expected = a;`,
  minimum: `r.message = 'must be >= ' + a;
r.expected = '>= ' + a;`,
  maximum: `r.message = 'must be <= ' + a;
r.expected = '<= ' + a;`,
  exclusiveMinimum: `r.message = 'must be > ' + a;
r.expected = '> ' + a;`,
  exclusiveMaximum: `r.message = 'must be < ' + a;
r.expected = '< ' + a;`,
  multipleOf: `r.message = 'must be multiple of ' + a;
r.expected = 'multiple of ' + a;`,
  minItems: `r.message = 'must NOT have fewer than ' + a + ' items';
r.expected = '>= ' + a + ' items';`,
  maxItems: `r.message = 'must NOT have more than ' + a + ' items';
r.expected = '<= ' + a + ' items';`,
  items: `r.message = 'must NOT have more than ' + a + ' items';
r.expected = '<= ' + a + ' items';`,
  uniqueItems: `r.message =
  'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)';
r.expected = 'unique items';`,
  contains: `r.message =
  'must contain at least ' +
  a[0] +
  (a[1] === Infinity ? '' : ' and no more than ' + a[1]) +
  ' valid item(s)';
r.expected =
  a[1] === Infinity
    ? '>= ' + a[0] + ' matching items'
    : a[0] + '..' + a[1] + ' matching items';`,
  minProperties: `r.message = 'must NOT have fewer than ' + a + ' properties';
r.expected = '>= ' + a + ' properties';`,
  maxProperties: `r.message = 'must NOT have more than ' + a + ' properties';
r.expected = '<= ' + a + ' properties';`,
  additionalProperties: `r.message = 'must NOT have additional property ' + JSON.stringify(a);
r.expected = 'no property ' + JSON.stringify(a);`,
  propertyNames: `r.message = 'property name ' + JSON.stringify(a) + ' is invalid';
r.expected = 'valid property names';`,
  dependentRequired: `r.message = 'must have property ' + a[0] + ' when property ' + a[1] + ' is present';
r.expected = a[0];`,
  enum: `r.message = 'must be equal to one of the allowed values';
r.expected = a;`,
  const: `r.message = 'must be equal to constant';
r.expected = a;`,
  anyOf: `r.message = 'must match a schema in anyOf';
r.expected = 'a matching branch';`,
  oneOf: `r.message = 'must match exactly one schema in oneOf';
r.expected = 'exactly one matching branch';`,
  not: `r.message = 'must NOT be valid';
r.expected = 'not the schema in not';`,
  if: `r.message = 'must match "' + a + '" schema';
r.expected = 'the "' + a + '" schema';`,
  maxDepth: `r.message = 'must NOT be nested deeper than ' + a + ' levels';
r.expected = '<= ' + a + ' levels';`,
  discriminator: `r.message =
  typeof a[1] === 'string'
    ? 'value of tag "' + a[0] + '" must be one of ' + a[2] + ', got ' + JSON.stringify(a[1])
    : 'tag "' + a[0] + '" must be string';
r.expected = '"' + a[0] + '" one of ' + a[2];`,
};

/** Keywords without an entry (none today) read `must satisfy <keyword>`. */
const DEFAULT = `r.message = 'must satisfy ' + r.keyword;
r.expected = String(a);`;

/** Every keyword with a message. */
export const MESSAGE_KEYWORDS: readonly string[] = Object.keys(MESSAGES);

/** A keyword parameter the schema fixes: a string, a number, or a list of them. */
export type ErrorParam = string | number | readonly (string | number)[] | undefined;

type TextsOf = (r: { keyword: string; expected: unknown; message: string }, a: unknown) => void;
const textsOf = new Map<string, TextsOf>();

/**
 * `expected` and `message` of an error whose parameter is fixed by the schema, computed now by the very
 * code `_issue` runs (our own constant code above, never spec text; `a` is passed as a value).
 */
export function errorTexts(keyword: string, a: ErrorParam): { expected: string; message: string } {
  let run = textsOf.get(keyword);
  if (!run) {
    run = new Function('r', 'a', Object.hasOwn(MESSAGES, keyword) ? MESSAGES[keyword]! : DEFAULT) as TextsOf;
    textsOf.set(keyword, run);
  }
  const r = { keyword, expected: a as unknown, message: '' };
  run(r, a);
  return { expected: String(r.expected), message: r.message };
}

/** The `_issue` snippet for the keywords this file reports with a run-time parameter, in a fixed order. */
export function issueSnippet(keywords: ReadonlySet<string>): Snippet {
  const cases = Object.keys(MESSAGES)
    .filter((k) => keywords.has(k))
    .map((k) => [`    case ${stringLiteral(k)}:`, ...MESSAGES[k]!.split('\n').map((l) => `      ${l}`), '      break;'].join('\n'));
  return {
    name: '_issue',
    deps: [],
    code: `
/**
 * An error whose parameter \`a\` is known only at run time (its shape depends on the keyword). Errors
 * with a parameter the schema fixes got their texts at generation time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function _issue(pointer: string, keyword: string, a: any): ValidationError {
  const r: ValidationError = { pointer, keyword, expected: '', message: '' };
  switch (keyword) {
${[...cases, '    default:', ...DEFAULT.split('\n').map((l) => `      ${l}`)].join('\n')}
  }
  return r;
}`,
  };
}
