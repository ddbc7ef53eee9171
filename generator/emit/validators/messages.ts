import type { Snippet } from './snippet.js';

/**
 * How each keyword's error reads. Checks call `_err(c, pointer, keyword, a)` with the keyword's
 * parameter `a` (the limit, the format name, the property ...); `_issue` turns that into `expected` and
 * `message` only for the errors a run returns, so the checks stay short, and neither the success path
 * nor a failing `anyOf` branch builds strings. Messages follow ajv's wording. Each entry is code over `a` (typed `any`: its shape depends
 * on the keyword, fixed here).
 */
const MESSAGES: Record<string, { expected: string; message: string }> = {
  'false schema': { expected: `'nothing'`, message: `'boolean schema is false'` },
  type: { expected: 'a', message: `'must be ' + (a.includes('|') ? a.split(' | ').join(' or ') : a)` },
  required: { expected: 'a', message: `"must have required property '" + a + "'"` },
  readOnly: { expected: `'absent in requests'`, message: `'is read-only and must not be sent'` },
  writeOnly: { expected: `'absent in responses'`, message: `'is write-only and must not be returned'` },
  minLength: { expected: `'>= ' + a + ' characters'`, message: `'must NOT have fewer than ' + a + ' characters'` },
  maxLength: { expected: `'<= ' + a + ' characters'`, message: `'must NOT have more than ' + a + ' characters'` },
  pattern: { expected: 'a', message: `'must match pattern "' + a + '"'` },
  format: { expected: 'a', message: `'must match format "' + a + '"'` },
  minimum: { expected: `'>= ' + a`, message: `'must be >= ' + a` },
  maximum: { expected: `'<= ' + a`, message: `'must be <= ' + a` },
  exclusiveMinimum: { expected: `'> ' + a`, message: `'must be > ' + a` },
  exclusiveMaximum: { expected: `'< ' + a`, message: `'must be < ' + a` },
  multipleOf: { expected: `'multiple of ' + a`, message: `'must be multiple of ' + a` },
  minItems: { expected: `'>= ' + a + ' items'`, message: `'must NOT have fewer than ' + a + ' items'` },
  maxItems: { expected: `'<= ' + a + ' items'`, message: `'must NOT have more than ' + a + ' items'` },
  items: { expected: `'<= ' + a + ' items'`, message: `'must NOT have more than ' + a + ' items'` },
  uniqueItems: { expected: `'unique items'`, message: `'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)'` },
  contains: {
    expected: `a[1] === Infinity ? '>= ' + a[0] + ' matching items' : a[0] + '..' + a[1] + ' matching items'`,
    message: `'must contain at least ' + a[0] + (a[1] === Infinity ? '' : ' and no more than ' + a[1]) + ' valid item(s)'`,
  },
  minProperties: { expected: `'>= ' + a + ' properties'`, message: `'must NOT have fewer than ' + a + ' properties'` },
  maxProperties: { expected: `'<= ' + a + ' properties'`, message: `'must NOT have more than ' + a + ' properties'` },
  additionalProperties: { expected: `'no property ' + JSON.stringify(a)`, message: `'must NOT have additional property ' + JSON.stringify(a)` },
  propertyNames: { expected: `'valid property names'`, message: `'property name ' + JSON.stringify(a) + ' is invalid'` },
  dependentRequired: { expected: 'a[0]', message: `'must have property ' + a[0] + ' when property ' + a[1] + ' is present'` },
  enum: { expected: 'a', message: `'must be equal to one of the allowed values'` },
  const: { expected: 'a', message: `'must be equal to constant'` },
  anyOf: { expected: `'a matching branch'`, message: `'must match a schema in anyOf'` },
  oneOf: { expected: `'exactly one matching branch'`, message: `'must match exactly one schema in oneOf'` },
  not: { expected: `'not the schema in not'`, message: `'must NOT be valid'` },
  if: { expected: `'the "' + a + '" schema'`, message: `'must match "' + a + '" schema'` },
  maxDepth: { expected: `'<= ' + a + ' levels'`, message: `'must NOT be nested deeper than ' + a + ' levels'` },
  discriminator: {
    expected: `'"' + a[0] + '" one of ' + a[2]`,
    message: `typeof a[1] === 'string' ? 'value of tag "' + a[0] + '" must be one of ' + a[2] + ', got ' + JSON.stringify(a[1]) : 'tag "' + a[0] + '" must be string'`,
  },
};

/** The `_issue` snippet for the keywords this file reports, in a fixed order. */
export function issueSnippet(keywords: ReadonlySet<string>): Snippet {
  const cases = Object.keys(MESSAGES)
    .filter((k) => keywords.has(k))
    .map((k) => `    case ${JSON.stringify(k)}:\n      r.message = ${MESSAGES[k]!.message};\n      r.expected = ${MESSAGES[k]!.expected};\n      break;`);
  return {
    name: '_issue',
    deps: ['_Ctx'],
    code: `
/**
 * Writes the message of a raw problem, in place: until now \`expected\` held the keyword's parameter
 * \`a\` (its shape depends on the keyword), so an error costs one object.
 */
function _issue(r: _Raw): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.expected;
  switch (r.keyword) {
${cases.join('\n')}
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
}`,
  };
}
