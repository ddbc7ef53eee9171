import { describe, expect, it } from 'vitest';
import { reduceSpec } from '../support/reduce-spec.js';

/** reduceSpec keeps one operation and exactly the component entries it reaches. */
const doc = {
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  servers: [{ url: 'https://api.example.com/v1' }],
  security: [{ bearer: [] }],
  paths: {
    '/me': {
      parameters: [{ $ref: '#/components/parameters/Trace' }],
      get: { operationId: 'getMe', responses: { '200': { description: 'ok' } } },
      patch: {
        operationId: 'updateMe',
        requestBody: { $ref: '#/components/requestBodies/MeUpdate' },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Me' },
                // GitHub names its examples `default`; the Example Object ref must still be followed.
                examples: { default: { $ref: '#/components/examples/me' } },
              },
            },
          },
          '422': { $ref: '#/components/responses/Invalid' },
        },
      },
    },
    '/other': { get: { responses: { '200': { $ref: '#/components/responses/Unused' } } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    parameters: { Trace: { name: 'X-Trace', in: 'header', schema: { type: 'string' } }, Unused: { name: 'u', in: 'query' } },
    requestBodies: { MeUpdate: { content: { 'application/json': { schema: { $ref: '#/components/schemas/MeUpdate' } } } } },
    responses: {
      Invalid: { description: 'bad', headers: { 'X-Why': { $ref: '#/components/headers/Why' } } },
      Unused: { description: 'unused' },
    },
    headers: { Why: { schema: { type: 'string' } } },
    examples: { me: { value: { name: 'Ada', $ref: 'data, not a reference' } } },
    schemas: {
      Me: { type: 'object', properties: { pet: { $ref: '#/components/schemas/Pet' }, self: { $ref: '#/components/schemas/Me' } } },
      MeUpdate: { type: 'object', properties: { name: { type: 'string', example: { $ref: '#/components/schemas/Unused' } } } },
      Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind', mapping: { dog: 'Dog' } } },
      Cat: { type: 'object' },
      Dog: { type: 'object' },
      Unused: { type: 'string' },
    },
  },
};

describe('reduceSpec', () => {
  it('keeps the operation, shared path-item parameters and the transitive closure of its refs', () => {
    const out = reduceSpec(doc, 'patch', '/me');
    expect(Object.keys(out.paths as object)).toEqual(['/me']);
    expect(Object.keys((out.paths as Record<string, object>)['/me']!)).toEqual(['parameters', 'patch']);
    const components = out.components as Record<string, Record<string, unknown>>;
    expect(Object.fromEntries(Object.entries(components).map(([k, v]) => [k, Object.keys(v)]))).toEqual({
      securitySchemes: ['bearer'],
      parameters: ['Trace'],
      requestBodies: ['MeUpdate'],
      responses: ['Invalid'],
      headers: ['Why'],
      examples: ['me'],
      schemas: ['Me', 'MeUpdate', 'Pet', 'Cat', 'Dog'],
    });
    expect(out.servers).toBe(doc.servers);
    expect(out.security).toBe(doc.security);
  });

  it('fails loudly for an operation that does not exist', () => {
    expect(() => reduceSpec(doc, 'delete', '/me')).toThrow(/DELETE \/me not found/);
  });
});
