// Generated from test/fixtures/validators-modes.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pets/{petId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getPet'];
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
    Account: {
      readonly id: string;
      password: string;
      name: string;
      /** @enum {string} */
      plan?: 'free' | 'pro';
    };
    Cat: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'cat';
      lives?: number;
    };
    Dog: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'dog';
      good?: boolean;
    };
    Pet: components['schemas']['Cat'] | components['schemas']['Dog'];
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Account'];
      };
    };
    responses: {
      /** @description The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Account'];
        };
      };
    };
  };
  getPet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        petId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A pet */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Account = components['schemas']['Account'];
export type Cat = components['schemas']['Cat'];
export type Dog = components['schemas']['Dog'];
export type Pet = components['schemas']['Pet'];
export type CreateAccountBody = NonNullable<
  paths['/accounts']['post']['requestBody']
>['content']['application/json'];
export type CreateAccountResponse200 =
  paths['/accounts']['post']['responses'][200]['content']['application/json'];
export type GetPetPathParams = NonNullable<paths['/pets/{petId}']['get']['parameters']['path']>;
export type GetPetResponse200 =
  paths['/pets/{petId}']['get']['responses'][200]['content']['application/json'];
