// Generated from test/fixtures/json-positions.json by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/a~b/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getAb'];
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
  schemas: {
    'Caf\u00E9': {
      /** Format: colour */
      'a/b'?: string;
      tags?: [string, number];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAb: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Caf\u00E9'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Café = components['schemas']['Café'];
export type GetAbPathParams = NonNullable<paths['/a~b/{id}']['get']['parameters']['path']>;
export type GetAbResponse200 =
  paths['/a~b/{id}']['get']['responses'][200]['content']['application/json'];
