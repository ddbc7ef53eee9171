import type {
  ApiIR,
  OperationIR,
  ParameterIR,
  ResponseIR,
  SchemaIR,
  SecuritySchemeIR,
} from '../../../generator/ir/types.js';

/**
 * A tiny hand-built IR for emitter unit tests (house style: emitters are tested from IR, so an emitter
 * bug never hides behind a normalizer bug). It holds no names: tests ask the plan (`planApi`) for them.
 */
export function ir(overrides: Partial<ApiIR> = {}): ApiIR {
  return {
    specFile: 'specs/demo.yaml',
    openapiVersion: '3.1.0',
    title: 'Demo API',
    version: '1.0',
    servers: [{ url: 'https://api.example.com', variables: [] }],
    tags: [],
    securitySchemes: [],
    operations: [],
    schemas: [],
    schemaIndex: {},
    ...overrides,
  };
}

const anySchema: SchemaIR = { pointer: '' };

/** A GET operation `/<operationId>` (the plan names its method and types from the operationId). */
export function op(operationId: string, overrides: Partial<OperationIR> = {}): OperationIR {
  return {
    operationId,
    method: 'get',
    path: `/${operationId}`,
    deprecated: false,
    tags: [],
    parameters: { path: [], query: [], header: [], cookie: [] },
    responses: [],
    security: [],
    pointer: `/paths/~1${operationId}/get`,
    ...overrides,
    requestMethod: overrides.requestMethod ?? (overrides.method ?? 'get').toUpperCase(),
  };
}

/** A response; `contentType` undefined = no body. */
export function response(status: string, contentType?: string): ResponseIR {
  const media = contentType ? { contentType, schema: anySchema } : undefined;
  return {
    status,
    description: `${status} response`,
    content: media ? [media] : [],
    primary: media,
    headers: [],
    pointer: '',
  };
}

/** A parameter with OpenAPI's default style for its location. */
export function param(name: string, where: ParameterIR['in'], overrides: Partial<ParameterIR> = {}): ParameterIR {
  const style = where === 'path' || where === 'header' ? 'simple' : 'form';
  return {
    name,
    in: where,
    required: where === 'path',
    style,
    explode: style === 'form',
    allowReserved: false,
    schema: anySchema,
    pointer: '',
    ...overrides,
  };
}

export const bearer: SecuritySchemeIR = { key: 'bearerAuth', kind: 'http', scheme: 'bearer' };
export const queryKey: SecuritySchemeIR = {
  key: 'key',
  kind: 'apiKey',
  in: 'query',
  paramName: 'api_key',
};
