// Generated from test/fixtures/name-collisions.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/a': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['get-item'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/b': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getItem'];
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
    FooBar: {
      b?: string;
    };
    Foo_Bar: {
      a?: string;
    };
    Response: {
      c?: string;
    };
    string: string;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'get-item': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Foo_Bar'];
        };
      };
    };
  };
  getItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description B */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FooBar'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type FooBar = components['schemas']['FooBar'];
export type FooBar2 = components['schemas']['Foo_Bar'];
export type Response_ = components['schemas']['Response'];
export type String_ = components['schemas']['string'];
export type GetItem2Response200 =
  paths['/a']['get']['responses'][200]['content']['application/json'];
export type GetItemResponse200 =
  paths['/b']['get']['responses'][200]['content']['application/json'];
