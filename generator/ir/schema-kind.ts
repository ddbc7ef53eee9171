import type { JsonType, SchemaIR } from './types.js';

/** The kind view of a schema for emitters that think in kinds (client, docs), not keywords. */
export type SchemaKind =
  | 'ref'
  | 'enum'
  | 'const'
  | 'object'
  | 'array'
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'null'
  | 'union'
  | 'intersection'
  | 'multi-type'
  | 'any'
  | 'never';

/** Classifies a schema by its dominant keyword; `types` with 'null' plus one other type counts as that type. */
export function schemaKind(schema: SchemaIR): SchemaKind {
  if (schema.bool === false) return 'never';
  if (schema.bool === true) return 'any';
  if (schema.ref) return 'ref';
  if (schema.const) return 'const';
  if (schema.enum) return 'enum';
  if (schema.anyOf || schema.oneOf) return 'union';
  if (schema.allOf) return 'intersection';
  const types = nonNullTypes(schema);
  if (types.length === 1) return types[0]!;
  if (types.length > 1) return 'multi-type';
  if (schema.types?.includes('null')) return 'null';
  if (schema.properties || schema.additionalProperties || schema.patternProperties) return 'object';
  if (schema.items || schema.prefixItems) return 'array';
  return 'any';
}

/** The schema's types without 'null'. */
export function nonNullTypes(schema: SchemaIR): JsonType[] {
  return (schema.types ?? []).filter((t) => t !== 'null');
}

/** True when `null` is an accepted value by `type` (or 3.0 `nullable`). */
export function isNullable(schema: SchemaIR): boolean {
  return schema.types?.includes('null') ?? false;
}

/**
 * An object that takes any property with any JSON value: `type: object` with no named or pattern
 * properties and no limit on others (`additionalProperties` absent, `true` or `{}`), nor conditions
 * on them (`if`, `not`, `propertyNames`, `dependentRequired`). The types, validators, client and docs
 * all read it so (emit/free-form-objects.ts tells openapi-typescript).
 */
export function isFreeFormObject(schema: SchemaIR): boolean {
  if (schemaKind(schema) !== 'object' || !schema.types?.includes('object')) return false;
  if (schema.properties?.length || schema.patternProperties?.length || schema.maxProperties === 0) return false;
  if (schema.if || schema.not || schema.propertyNames || schema.dependentRequired) return false;
  const extra = schema.additionalProperties;
  return extra === undefined || extra.bool === true || schemaKind(extra) === 'any';
}

/** An object that takes no property at all: no named or pattern properties, and no others allowed. */
export function isClosedEmptyObject(schema: SchemaIR): boolean {
  if (schemaKind(schema) !== 'object' || schema.properties?.length || schema.patternProperties?.length) return false;
  return schema.additionalProperties?.bool === false || schema.maxProperties === 0;
}
