/** The JSON Schema vocabulary every stage shares: types, and where a schema holds subschemas. */

/** The JSON Schema types. */
export const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;

export type JsonType = (typeof JSON_TYPES)[number];

/** True for a JSON Schema type name. */
export function isJsonType(value: unknown): value is JsonType {
  return (JSON_TYPES as readonly unknown[]).includes(value);
}

/** How a keyword holds subschemas: one schema, an array of schemas, or a map of name → schema. */
export type ChildShape = 'schema' | 'list' | 'map';

/**
 * Every keyword of JSON Schema 2020-12 (and of OpenAPI 3.0's Schema Object) whose value holds
 * subschemas: the one table of child keywords (compare Kubb's VISITOR_KEYS). `ir` marks the keywords
 * the IR models (SchemaIR has a field of the same name); the others are walked in the raw spec only
 * (validation), and their subschemas are reached through `$ref` when at all. Walks follow this order.
 */
export const CHILD_KEYWORDS = {
  properties: { shape: 'map', ir: true },
  patternProperties: { shape: 'map', ir: true },
  $defs: { shape: 'map', ir: false },
  definitions: { shape: 'map', ir: false },
  dependentSchemas: { shape: 'map', ir: false },
  additionalProperties: { shape: 'schema', ir: true },
  items: { shape: 'schema', ir: true },
  contains: { shape: 'schema', ir: true },
  propertyNames: { shape: 'schema', ir: true },
  not: { shape: 'schema', ir: true },
  if: { shape: 'schema', ir: true },
  then: { shape: 'schema', ir: true },
  else: { shape: 'schema', ir: true },
  unevaluatedItems: { shape: 'schema', ir: false },
  unevaluatedProperties: { shape: 'schema', ir: false },
  contentSchema: { shape: 'schema', ir: false },
  allOf: { shape: 'list', ir: true },
  anyOf: { shape: 'list', ir: true },
  oneOf: { shape: 'list', ir: true },
  prefixItems: { shape: 'list', ir: true },
} as const satisfies Record<string, { shape: ChildShape; ir: boolean }>;

export type ChildKeyword = keyof typeof CHILD_KEYWORDS;

/** The child keywords of one shape, in table order. */
export function childKeywords<S extends ChildShape>(shape: S): ChildKeywordOf<S>[] {
  return CHILD_KEYS.filter((k) => CHILD_KEYWORDS[k].shape === shape) as ChildKeywordOf<S>[];
}

/** The child keywords of one shape that the IR models, in table order. */
export function irChildKeywords<S extends ChildShape>(shape: S): IrChildKeywordOf<S>[] {
  return CHILD_KEYS.filter((k) => CHILD_KEYWORDS[k].shape === shape && CHILD_KEYWORDS[k].ir) as IrChildKeywordOf<S>[];
}

/** Every child keyword, in table order. */
export const CHILD_KEYS = Object.keys(CHILD_KEYWORDS) as ChildKeyword[];

/** The keywords of the table with the given shape. */
export type ChildKeywordOf<S extends ChildShape> = {
  [K in ChildKeyword]: (typeof CHILD_KEYWORDS)[K]['shape'] extends S ? K : never;
}[ChildKeyword];

/** The keywords of the table with the given shape that the IR models. */
export type IrChildKeywordOf<S extends ChildShape> = {
  [K in ChildKeyword]: (typeof CHILD_KEYWORDS)[K] extends { shape: S; ir: true } ? K : never;
}[ChildKeyword];

/** The composition keywords through which a schema can be its own alias (`$ref` cycles without an object between). */
export const ALIAS_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const satisfies readonly ChildKeywordOf<'list'>[];

/** True when a `pattern` compiles as the ECMAScript regular expression (unicode flag) JSON Schema means. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
