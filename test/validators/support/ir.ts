import type { ApiIR, NamedSchemaIR, OperationIR, ParameterIR, PropertyIR, ResponseIR, SchemaIR } from '../../../generator/ir/types.js';

/**
 * Hand-built IR for the validators emitter tests (house style: emitters are tested without the parser).
 * It holds no names: the plan (`planApi`) names everything, as in the pipeline.
 */

/** A schema node; pointer defaults to '' (only diagnostics read it). */
export function s(fields: Omit<SchemaIR, 'pointer'> & { pointer?: string } = {}): SchemaIR {
  return { pointer: '', ...fields };
}

/** `$ref` to a component schema. */
export function ref(key: string, extra: Omit<SchemaIR, 'pointer' | 'ref'> = {}): SchemaIR {
  return s({ ref: `/components/schemas/${key}`, ...extra });
}

/** An object schema; `required` lists property names. */
export function obj(props: Record<string, SchemaIR>, required: string[] = [], extra: Omit<SchemaIR, 'pointer'> = {}): SchemaIR {
  const properties: PropertyIR[] = Object.entries(props).map(([name, schema]) => ({ name, required: required.includes(name), schema }));
  return s({ types: ['object'], properties, required, ...extra });
}

export const str = (extra: Omit<SchemaIR, 'pointer'> = {}): SchemaIR => s({ types: ['string'], ...extra });
export const int = (extra: Omit<SchemaIR, 'pointer'> = {}): SchemaIR => s({ types: ['integer'], ...extra });

/** A POST operation `/<base>` with operationId `base`, an optional body, parameters and responses. */
export function op(base: string, parts: { body?: SchemaIR; params?: Partial<ParameterIR>[]; responses?: Record<string, SchemaIR | undefined> } = {}): OperationIR {
  const pointer = `/paths/~1${base}/post`;
  const parameters: OperationIR['parameters'] = { path: [], query: [], header: [], cookie: [] };
  for (const p of parts.params ?? []) {
    const where = p.in ?? 'query';
    parameters[where].push({ name: 'p', in: where, required: false, style: 'form', explode: true, allowReserved: false, schema: s(), pointer, ...p });
  }
  const responses: ResponseIR[] = Object.entries(parts.responses ?? {}).map(([status, schema]) => ({
    status,
    description: '',
    content: schema ? [{ contentType: 'application/json', schema }] : [],
    primary: schema ? { contentType: 'application/json', schema } : undefined,
    headers: [],
    pointer: `${pointer}/responses/${status}`,
  }));
  const media = parts.body ? { contentType: 'application/json', schema: parts.body } : undefined;
  return {
    operationId: base,
    method: 'post',
    requestMethod: 'POST',
    path: `/${base}`,
    deprecated: false,
    tags: [],
    parameters,
    body: media ? { required: true, content: [media], primary: media, pointer: `${pointer}/requestBody` } : undefined,
    responses,
    security: [],
    pointer,
  };
}

/** An API from component schemas (by key) and operations. */
export function ir(schemas: Record<string, SchemaIR>, operations: OperationIR[] = [], openapiVersion = '3.1.0'): ApiIR {
  const named: NamedSchemaIR[] = Object.entries(schemas)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, schema]) => {
      const pointer = `/components/schemas/${key}`;
      return { key, pointer, schema: { ...schema, pointer } };
    });
  return {
    specFile: 'test/fixtures/test.yaml', openapiVersion, title: 'Test', version: '1',
    servers: [], tags: [], securitySchemes: [], operations, schemas: named,
    schemaIndex: Object.fromEntries(named.map((n) => [n.pointer, n.schema])),
  };
}
