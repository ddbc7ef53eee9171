// Generated from test/fixtures/docs-row-budget.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/shelf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getShelf'];
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
    Author: {
      field1?: string;
      field2?: string;
      field3?: string;
      field4?: string;
      field5?: string;
      field6?: string;
      field7?: string;
      field8?: string;
      field9?: string;
      field10?: string;
      field11?: string;
      field12?: string;
    };
    Book: {
      author1?: components['schemas']['Author'];
      author2?: components['schemas']['Author'];
      author3?: components['schemas']['Author'];
      author4?: components['schemas']['Author'];
      author5?: components['schemas']['Author'];
      author6?: components['schemas']['Author'];
      author7?: components['schemas']['Author'];
      author8?: components['schemas']['Author'];
      author9?: components['schemas']['Author'];
      author10?: components['schemas']['Author'];
    };
    Shelf: {
      book?: components['schemas']['Book'];
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
  getShelf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shelf. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shelf'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Author = components['schemas']['Author'];
export type Book = components['schemas']['Book'];
export type Shelf = components['schemas']['Shelf'];
export type GetShelfResponse200 =
  paths['/shelf']['get']['responses'][200]['content']['application/json'];
