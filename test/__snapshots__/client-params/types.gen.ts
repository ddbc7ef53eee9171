// Generated from test/fixtures/client-params.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/forms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['submitForm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/search/{id}/{label}/{matrix}': {
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
  '/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['upload'];
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
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  submitForm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': {
          name: string;
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description Accepted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  search: {
    parameters: {
      query: {
        tags?: string[];
        csv?: string[];
        spaced?: number[];
        piped?: number[];
        filter?: {
          [key: string]: string;
        };
        point?: {
          x?: number;
          y?: number;
        };
        redirect?: string;
        q: string;
      };
      header?: {
        'X-Trace'?: number;
      };
      path: {
        id: number[];
        label: string[];
        matrix: {
          [key: string]: string;
        };
      };
      cookie?: {
        session?: string;
      };
    };
    requestBody?: never;
    responses: {
      /** @description OK */
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
  upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description Stored */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type SubmitFormBody = NonNullable<
  paths['/forms']['post']['requestBody']
>['content']['application/x-www-form-urlencoded'];
export type SubmitFormResponse204 = undefined;
export type SearchPathParams = NonNullable<
  paths['/search/{id}/{label}/{matrix}']['get']['parameters']['path']
>;
export type SearchQueryParams = NonNullable<
  paths['/search/{id}/{label}/{matrix}']['get']['parameters']['query']
>;
export type SearchHeaders = NonNullable<
  paths['/search/{id}/{label}/{matrix}']['get']['parameters']['header']
>;
export type SearchCookies = NonNullable<
  paths['/search/{id}/{label}/{matrix}']['get']['parameters']['cookie']
>;
export type SearchResponse200 =
  paths['/search/{id}/{label}/{matrix}']['get']['responses'][200]['content']['application/json'];
export type UploadBody = NonNullable<
  paths['/upload']['put']['requestBody']
>['content']['application/octet-stream'];
export type UploadResponse204 = undefined;
