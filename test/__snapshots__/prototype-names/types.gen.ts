// Generated from test/fixtures/prototype-names.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/things/{constructor}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getThing'];
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
    Cat: Omit<components['schemas']['Pet'], 'valueOf'> & {
      lives?: number;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      valueOf: 'toString';
    };
    Pet: {
      valueOf: string;
    };
    /** @description A schema named like Object.prototype.constructor. */
    constructor: string;
    /**
     * @example {
     *       "hasOwnProperty": "a",
     *       "__proto__": {
     *         "constructor": "b"
     *       }
     *     }
     */
    valueOf: {
      hasOwnProperty: string;
      valueOf?: number;
      isPrototypeOf?: boolean;
      /** @enum {string} */
      propertyIsEnumerable?: 'toString' | 'valueOf' | 'constructor';
      toLocaleString?: string;
      __defineGetter__?: string;
      __lookupGetter__?: string;
      __defineSetter__?: string;
      __lookupSetter__?: string;
      constructor?: string;
      toString?: string;
      __proto__: {
        constructor?: string;
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
  getThing: {
    parameters: {
      query?: {
        valueOf?: string;
      };
      header?: {
        hasOwnProperty?: string;
      };
      path: {
        constructor: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thing. */
      200: {
        headers: {
          valueOf?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['valueOf'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Cat = components['schemas']['Cat'];
export type Constructor = components['schemas']['constructor'];
export type Pet = components['schemas']['Pet'];
export type ValueOf = components['schemas']['valueOf'];
export type GetThingPathParams = NonNullable<
  paths['/things/{constructor}']['get']['parameters']['path']
>;
export type GetThingQueryParams = NonNullable<
  paths['/things/{constructor}']['get']['parameters']['query']
>;
export type GetThingHeaders = NonNullable<
  paths['/things/{constructor}']['get']['parameters']['header']
>;
export type GetThingResponse200 =
  paths['/things/{constructor}']['get']['responses'][200]['content']['application/json'];
