// Generated from test/fixtures/validators-keywords.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/things': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['createThing'];
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
    Named: {
      /** Format: uuid */
      id: string;
    };
    Thing: {
      name: string;
      size: number;
      /** Format: int32 */
      count?: number;
      tags?: string[];
      point?: [number, number];
      labels?: {
        [key: string]: number | string;
      };
      note?: string | null;
      /** @constant */
      kind?: 'thing';
      /** @enum {unknown} */
      level?: 1 | 2 | 3 | 'low' | null;
      contact?: {
        name?: string;
        /** Format: email */
        email?: string;
      };
      value?: string | number;
      choice?: string;
      notEmpty?: unknown;
      window?: {
        [key: string]: unknown;
      };
      parts?: unknown[];
      base?: components['schemas']['Named'] & {
        extra?: boolean;
      };
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
  createThing: {
    parameters: {
      query?: {
        limit?: number;
      };
      header: {
        'X-Trace': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Thing'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Thing'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Named = components['schemas']['Named'];
export type Thing = components['schemas']['Thing'];
export type CreateThingBody = NonNullable<
  paths['/things']['post']['requestBody']
>['content']['application/json'];
export type CreateThingQueryParams = NonNullable<paths['/things']['post']['parameters']['query']>;
export type CreateThingHeaders = NonNullable<paths['/things']['post']['parameters']['header']>;
export type CreateThingResponse201 =
  paths['/things']['post']['responses'][201]['content']['application/json'];
