// Generated from test/fixtures/oas32-details.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
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
    post: operations['addPet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pets/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['searchPets'];
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
    Dog: {
      barks: boolean;
    };
    OtherPet: {
      indoor?: boolean;
    };
    Pet: {
      kind?: string;
      name: string;
    } & (components['schemas']['Dog'] | components['schemas']['OtherPet']);
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  addPet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "kind": "cat",
         *       "name": "Tom",
         *       "indoor": true
         *     }
         */
        'application/json': components['schemas']['Pet'];
      };
    };
    responses: {
      /**
       * Created
       * @description The pet, as stored.
       */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'];
        };
      };
      /** Already there */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  searchPets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matches */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pet'][];
          'multipart/mixed': unknown;
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Dog = components['schemas']['Dog'];
export type OtherPet = components['schemas']['OtherPet'];
export type Pet = components['schemas']['Pet'];
export type AddPetBody = NonNullable<
  paths['/pets']['post']['requestBody']
>['content']['application/json'];
export type AddPetResponse201 =
  paths['/pets']['post']['responses'][201]['content']['application/json'];
export type AddPetResponse204 = undefined;
export type SearchPetsResponse200 =
  paths['/pets/search']['get']['responses'][200]['content']['application/json'];
