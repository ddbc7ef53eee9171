// Generated from test/fixtures/free-form-objects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
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
export interface webhooks {
  settingsChanged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': {
            change?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Received. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    Settings: {
      /** @description Any keys, any values. */
      free?: {
        [key: string]: unknown;
      };
      freeOrNull?: {
        [key: string]: unknown;
      } | null;
      openTrue?: {
        [key: string]: unknown;
      };
      openEmpty?: {
        [key: string]: unknown;
      };
      closed?: Record<string, never>;
      closedByCount?: Record<string, never>;
      list?: {
        [key: string]: unknown;
      }[];
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
      /** @description The settings as saved. */
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
