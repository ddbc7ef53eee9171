import { CHILD_KEYS, CHILD_KEYWORDS, type ChildKeyword } from '../common/json-schema.js';
import type { SchemaIR } from '../ir/types.js';

/** The child keywords the IR models, in table order (common/json-schema.ts is the one table). */
const IR_CHILD_KEYS = CHILD_KEYS.filter((k) => CHILD_KEYWORDS[k].ir) as (ChildKeyword & keyof SchemaIR)[];

/**
 * The direct subschemas of an IR schema, in table order: one per single-schema keyword, each item of a
 * list keyword, each entry of a map keyword (`properties`, `patternProperties`). Refs are not followed.
 */
export function childSchemas(schema: SchemaIR): SchemaIR[] {
  const out: SchemaIR[] = [];
  for (const key of IR_CHILD_KEYS) {
    const value = schema[key];
    if (value === undefined) continue;
    const shape = CHILD_KEYWORDS[key].shape;
    if (shape === 'schema') out.push(value as SchemaIR);
    else if (shape === 'list') out.push(...(value as SchemaIR[]));
    else out.push(...(value as { schema: SchemaIR }[]).map((entry) => entry.schema));
  }
  return out;
}

/** Calls `visit` for a schema and every subschema below it, depth first; refs are not followed. */
export function walkSchemaIR(schema: SchemaIR, visit: (schema: SchemaIR) => void): void {
  visit(schema);
  for (const child of childSchemas(schema)) walkSchemaIR(child, visit);
}
