// Generated from test/fixtures/no-operation-id.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Root */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organizations/{organization_id}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organization_id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          organization_id: string;
        };
        cookie?: never;
      };
      requestBody?: {
        content: {
          'application/json': {
            name?: string;
          };
        };
      };
      responses: {
        /** @description Updated */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
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
export type operations = Record<string, never>;

// Named exports, decided once in generator/ir/names.ts.
export type GetRootResponse200 = paths['/']['get']['responses'][200]['content']['text/plain'];
export type PatchOrganizationsByOrganizationIdProfileBody = NonNullable<
  paths['/organizations/{organization_id}/profile']['patch']['requestBody']
>['content']['application/json'];
export type PatchOrganizationsByOrganizationIdProfilePathParams = NonNullable<
  paths['/organizations/{organization_id}/profile']['patch']['parameters']['path']
>;
export type PatchOrganizationsByOrganizationIdProfileResponse204 = undefined;
