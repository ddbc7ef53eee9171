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
