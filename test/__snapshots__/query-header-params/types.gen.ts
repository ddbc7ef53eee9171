// Generated from test/fixtures/query-header-params.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: {
    Limit: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  search: {
    parameters: {
      query?: {
        limit?: components['parameters']['Limit'];
        tags?: string[];
        ids?: number[];
      };
      header: {
        'X-Request-Id': string;
      };
      path?: never;
      cookie?: {
        session?: string;
      };
    };
    requestBody?: never;
    responses: {
      /** @description Results */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string[];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type SearchQueryParams = NonNullable<paths['/search']['get']['parameters']['query']>;
export type SearchHeaders = NonNullable<paths['/search']['get']['parameters']['header']>;
export type SearchCookies = NonNullable<paths['/search']['get']['parameters']['cookie']>;
export type SearchResponse200 =
  paths['/search']['get']['responses'][200]['content']['application/json'];
