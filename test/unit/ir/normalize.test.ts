import { describe, expect, it } from 'vitest';
import { normalize } from '../../../generator/ir/normalize.js';

/** IR asserted structurally (no snapshots): each test builds the smallest document that shows one rule. */
const doc = (extra: Record<string, unknown>, openapi = '3.1.0') => ({ openapi, info: { title: 'T', version: '1' }, ...extra });

describe('normalize: schemas', () => {
  it('folds 3.0 nullable and boolean exclusive bounds into the 3.1 form, and ignores $ref siblings in 3.0', () => {
    const api = normalize(
      doc(
        {
          components: {
            schemas: {
              A: {
                type: 'object',
                properties: {
                  n: { type: 'string', nullable: true },
                  x: { type: 'number', minimum: 0, exclusiveMinimum: true },
                  r: { $ref: '#/components/schemas/B', description: 'ignored' },
                },
              },
              B: { type: 'string' },
            },
          },
        },
        '3.0.3',
      ),
      'a.yaml',
    );
    const props = api.schemas.find((s) => s.key === 'A')!.schema.properties!;
    expect(props.map((p) => p.name)).toEqual(['n', 'x', 'r']);
    expect(props[0]!.schema.types).toEqual(['string', 'null']);
    expect(props[1]!.schema).toMatchObject({ exclusiveMinimum: 0 });
    expect(props[1]!.schema.minimum).toBeUndefined();
    expect(props[2]!.schema).toMatchObject({ ref: '/components/schemas/B', description: 'ignored' });
    expect(props[2]!.schema.types).toBeUndefined();
  });

  it('keeps property order from the spec and folds `required` into each property', () => {
    const api = normalize(
      doc({ components: { schemas: { P: { type: 'object', required: ['z'], properties: { z: { type: 'integer' }, a: { type: 'string' } } } } } }),
      'p.yaml',
    );
    expect(api.schemas[0]!.schema.properties!.map((p) => [p.name, p.required])).toEqual([['z', true], ['a', false]]);
  });

  it('indexes every $ref target, including ones outside components/schemas', () => {
    const api = normalize(
      doc({ components: { schemas: { A: { $ref: '#/components/schemas/A/$defs/inner', $defs: { inner: { type: 'boolean' } } } } } }),
      'd.yaml',
    );
    expect(api.schemaIndex['/components/schemas/A/$defs/inner']).toMatchObject({ types: ['boolean'] });
  });
});

describe('normalize: operations', () => {
  const paths = {
    '/users/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'v', in: 'query', schema: { type: 'integer' } }],
      patch: {
        parameters: [{ name: 'v', in: 'query', description: 'operation wins', schema: { type: 'string' } }],
        security: [{ key: [] }],
        responses: { default: { description: 'err' }, '4XX': { description: 'client' }, '204': { description: 'none' }, '200': { description: 'ok', content: { 'text/plain': {}, 'application/json': { schema: { type: 'object' } } } } },
      },
      get: { responses: { '200': { description: 'ok' } } },
    },
  };
  const api = normalize(doc({ paths, security: [{ bearer: [] }], components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, key: { type: 'apiKey', in: 'query', name: 'api_key' } } } }), 'o.yaml');
  const patch = api.operations.find((o) => o.method === 'patch')!;

  it('orders operations by path, then by the fixed method order', () => {
    expect(api.operations.map((o) => o.method)).toEqual(['get', 'patch']);
  });

  it('merges path-level parameters, operation-level ones winning, with style defaults filled in', () => {
    expect(patch.parameters.path.map((p) => p.name)).toEqual(['id']);
    expect(patch.parameters.query).toHaveLength(1);
    expect(patch.parameters.query[0]).toMatchObject({ name: 'v', description: 'operation wins', style: 'form', explode: true });
    expect(patch.parameters.path[0]).toMatchObject({ style: 'simple', explode: false, required: true });
  });

  it('sorts responses: exact statuses, then ranges, then default; JSON is the primary media type', () => {
    expect(patch.responses.map((r) => r.status)).toEqual(['200', '204', '4XX', 'default']);
    expect(patch.responses[0]!.primary?.contentType).toBe('application/json');
    expect(patch.responses[1]!.primary).toBeUndefined();
  });

  it('takes operation security over document security', () => {
    expect(patch.security).toEqual([['key']]);
    expect(api.operations[0]!.security).toEqual([['bearer']]);
  });
});
