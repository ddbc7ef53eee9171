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
 * bug never hides behind a normalizer bug). Names follow names.ts conventions but are spelled out here.
 */
export function ir(overrides: Partial<ApiIR> = {}): ApiIR {
  return {
    slug: 'demo',
    specFile: 'specs/demo.yaml',
    openapiVersion: '3.1.0',
    title: 'Demo API',
    version: '1.0',
    servers: [{ url: 'https://api.example.com', variables: [] }],
    securitySchemes: [],
    operations: [],
    schemas: [],
    schemaIndex: {},
    namedByPointer: {},
    ...overrides,
  };
}

const anySchema: SchemaIR = { pointer: '' };

/** An operation with derived names from `method` (e.g. 'getThing' → GetThingRequest, ...). */
export function op(method: string, overrides: Partial<OperationIR> = {}): OperationIR {
  const base = method.charAt(0).toUpperCase() + method.slice(1);
  return {
    operationId: method,
    method: 'get',
    path: `/${method}`,
    names: {
      method,
      base,
      body: `${base}Body`,
      pathParams: `${base}PathParams`,
      queryParams: `${base}QueryParams`,
      headerParams: `${base}Headers`,
      cookieParams: `${base}Cookies`,
      request: `${base}Request`,
      result: `${base}Result`,
      validateBody: `validate${base}Body`,
      validatePathParams: `validate${base}PathParams`,
      validateQueryParams: `validate${base}QueryParams`,
      validateHeaderParams: `validate${base}Headers`,
      docPath: `operations/${method}.md`,
    },
    deprecated: false,
    tags: [],
    parameters: { path: [], query: [], header: [], cookie: [] },
    responses: [],
    security: [],
    pointer: `/paths/~1${method}/get`,
    ...overrides,
  };
}

/** A response; `contentType` undefined = no body. */
export function response(base: string, status: string, contentType?: string): ResponseIR {
  const suffix = status === 'default' ? 'Default' : status;
  const media = contentType ? { contentType, schema: anySchema } : undefined;
  return {
    status,
    description: `${status} response`,
    content: media ? [media] : [],
    primary: media,
    headers: [],
    pointer: '',
    typeName: `${base}Response${suffix}`,
    validatorName: `validate${base}Response${suffix}`,
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

export const bearer: SecuritySchemeIR = { key: 'bearerAuth', kind: 'http', scheme: 'bearer', optionName: 'token' };
export const queryKey: SecuritySchemeIR = {
  key: 'key',
  kind: 'apiKey',
  in: 'query',
  paramName: 'api_key',
  optionName: 'apiKey',
};
