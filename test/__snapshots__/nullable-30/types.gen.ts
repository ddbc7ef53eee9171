// Generated from test/fixtures/nullable-30.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/things/{id}': {
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
    Owner: {
      name?: string;
    };
    Thing: {
      id: number;
      nickname?: string | null;
      score?: number;
      /** @description ignored in 3.0, the $ref wins */
      owner?: components['schemas']['Owner'];
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
      query?: never;
      header?: never;
      path: {
        id: number;
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
          'application/json': components['schemas']['Thing'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Owner = components['schemas']['Owner'];
export type Thing = components['schemas']['Thing'];
export type GetThingPathParams = NonNullable<paths['/things/{id}']['get']['parameters']['path']>;
export type GetThingResponse200 =
  paths['/things/{id}']['get']['responses'][200]['content']['application/json'];
