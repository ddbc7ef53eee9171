// Generated from test/fixtures/composition.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/pets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['createPet'];
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
    Base: {
      kind: string;
      name: string;
    };
    Cat: components['schemas']['Base'] & {
      indoor?: boolean;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'cat';
    };
    Dog: components['schemas']['Base'] & {
      /** @default true */
      good: boolean;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'dog';
    };
    Pet: components['schemas']['Cat'] | components['schemas']['Dog'];
    Problem: {
      title?: string;
      status?: number;
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
  createPet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Pet'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'];
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Base = components['schemas']['Base'];
export type Cat = components['schemas']['Cat'];
export type Dog = components['schemas']['Dog'];
export type Pet = components['schemas']['Pet'];
export type Problem = components['schemas']['Problem'];
export type CreatePetBody = NonNullable<
  paths['/pets']['post']['requestBody']
>['content']['application/json'];
export type CreatePetResponse201 =
  paths['/pets']['post']['responses'][201]['content']['application/json'];
export type CreatePetResponseDefault =
  paths['/pets']['post']['responses']['default']['content']['application/problem+json'];
