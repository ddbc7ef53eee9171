// Generated from test/fixtures/validators-timezone-enum.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['updateMe'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description IANA time zone identifier.
     * @enum {string}
     */
    Timezone:
      | 'Africa/Abidjan'
      | 'Africa/Cairo'
      | 'Africa/Johannesburg'
      | 'America/Chicago'
      | 'America/Denver'
      | 'America/Los_Angeles'
      | 'America/New_York'
      | 'America/Sao_Paulo'
      | 'America/Toronto'
      | 'Asia/Kolkata'
      | 'Asia/Shanghai'
      | 'Asia/Tokyo'
      | 'Australia/Sydney'
      | 'Europe/Berlin'
      | 'Europe/London'
      | 'Europe/Paris'
      | 'Pacific/Auckland'
      | 'UTC';
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          timezone?: components['schemas']['Timezone'];
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
}

// Named exports, decided once in generator/ir/names.ts.
export type Timezone = components['schemas']['Timezone'];
export type UpdateMeBody = NonNullable<
  paths['/me']['patch']['requestBody']
>['content']['application/json'];
export type UpdateMeResponse204 = undefined;
