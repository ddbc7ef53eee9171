// Generated from test/fixtures/client-deep-bodies.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['echoTree'];
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
    Node: {
      name?: string;
      child?: components['schemas']['Node'];
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
  echoTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Node'];
      };
    };
    responses: {
      /** @description The tree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Node'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Node = components['schemas']['Node'];
export type EchoTreeBody = NonNullable<
  paths['/tree']['post']['requestBody']
>['content']['application/json'];
export type EchoTreeResponse200 =
  paths['/tree']['post']['responses'][200]['content']['application/json'];
