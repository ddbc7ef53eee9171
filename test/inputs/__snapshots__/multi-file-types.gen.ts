// Generated from test/fixtures/multi-file/valid/openapi.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['updateProfile'];
    trace?: never;
  };
  '/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getTree'];
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
    Node: {
      id?: number;
    };
    Node2: {
      label?: string;
      children?: components['schemas']['Node2'][];
      origin?: components['schemas']['Node'];
    };
    Profile: {
      name: string;
      address?: components['schemas']['address'];
      tags?: components['schemas']['Tag'][];
    };
    /** @enum {string} */
    Tag: 'admin' | 'member';
    address: {
      street?: string;
      resident?: components['schemas']['Profile'];
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
  getProfile: {
    parameters: {
      query?: {
        lang?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Profile'];
        };
      };
    };
  };
  updateProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Profile'];
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
  getTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Node2'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Address = components['schemas']['address'];
export type Node = components['schemas']['Node'];
export type Node2 = components['schemas']['Node2'];
export type Profile = components['schemas']['Profile'];
export type Tag = components['schemas']['Tag'];
export type GetProfileQueryParams = NonNullable<paths['/profile']['get']['parameters']['query']>;
export type GetProfileResponse200 =
  paths['/profile']['get']['responses'][200]['content']['application/json'];
export type UpdateProfileBody = NonNullable<
  paths['/profile']['patch']['requestBody']
>['content']['application/json'];
export type UpdateProfileResponse204 = undefined;
export type GetTreeResponse200 =
  paths['/tree']['get']['responses'][200]['content']['application/json'];
