import type { ApiIR, NamedSchemaIR, OperationIR, SchemaIR } from '../../generator/ir/types.js';

/** A minimal ApiIR for docs unit tests; component schemas are given by key. Names come from the plan (`planApi`). */
export function ir(schemas: Record<string, SchemaIR> = {}, operations: OperationIR[] = [], overrides: Partial<ApiIR> = {}): ApiIR {
  const named: NamedSchemaIR[] = Object.entries(schemas).map(([key, schema]) => ({
    key,
    pointer: `/components/schemas/${key}`,
    schema: { ...schema, pointer: `/components/schemas/${key}` },
  }));
  return {
    specFile: 'specs/demo.yaml',
    openapiVersion: '3.1.0',
    title: 'Demo',
    version: '1.0',
    servers: [],
    tags: [],
    securitySchemes: [],
    operations,
    schemas: named,
    schemaIndex: Object.fromEntries(named.map((n) => [n.pointer, n.schema])),
    ...overrides,
  };
}

/** A schema node with a placeholder pointer. */
export function s(fields: Omit<SchemaIR, 'pointer'>): SchemaIR {
  return { pointer: '/x', ...fields };
}

/** A `$ref` to a component schema. */
export function ref(key: string): SchemaIR {
  return s({ ref: `/components/schemas/${key}` });
}
