// Generated from test/fixtures/type-array-31.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['putSettings'];
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
    Settings: {
      /** @constant */
      kind: 'settings';
      /**
       * @example dark
       * @example light
       */
      theme?: string | null;
      volume?: number;
      tags?: string[];
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
  putSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Settings'];
      };
    };
    responses: {
      /** @description Saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Settings'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Settings = components['schemas']['Settings'];
export type PutSettingsBody = NonNullable<
  paths['/settings']['put']['requestBody']
>['content']['application/json'];
export type PutSettingsResponse200 =
  paths['/settings']['put']['responses'][200]['content']['application/json'];
