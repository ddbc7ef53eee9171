// Generated from test/fixtures/client-statuses.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['exportItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    get: operations['getItem'];
    put?: never;
    post?: never;
    delete: operations['deleteItem'];
    options?: never;
    head: operations['itemExists'];
    patch?: never;
    trace?: never;
  };
  '/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ping'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readme': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getReadme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/wild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['postWild'];
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
    Item: {
      id: number;
      name: string;
    };
    Pong: {
      at?: string;
    };
    Problem: {
      title: string;
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
  exportItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Binary export */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Error */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getItem: {
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
      /** @description The item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      /** @description Nothing to show */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Other client error */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description Server error */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteItem: {
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
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  itemExists: {
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
      /** @description Exists */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Any answer */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pong'];
        };
      };
    };
  };
  getReadme: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Plain text */
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
  postWild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        '*/*': components['schemas']['Item'];
      };
    };
    responses: {
      /** @description Echo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          '*/*': components['schemas']['Item'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Item = components['schemas']['Item'];
export type Pong = components['schemas']['Pong'];
export type Problem = components['schemas']['Problem'];
export type ExportItemsResponse200 =
  paths['/export']['get']['responses'][200]['content']['application/octet-stream'];
export type ExportItemsResponseDefault =
  paths['/export']['get']['responses']['default']['content']['application/json'];
export type GetItemPathParams = NonNullable<paths['/items/{id}']['get']['parameters']['path']>;
export type GetItemResponse200 =
  paths['/items/{id}']['get']['responses'][200]['content']['application/json'];
export type GetItemResponse204 = undefined;
export type GetItemResponse404 =
  paths['/items/{id}']['get']['responses'][404]['content']['application/problem+json'];
export type GetItemResponse4XX =
  paths['/items/{id}']['get']['responses']['4XX']['content']['application/json'];
export type GetItemResponse5XX =
  paths['/items/{id}']['get']['responses']['5XX']['content']['application/json'];
export type DeleteItemPathParams = NonNullable<
  paths['/items/{id}']['delete']['parameters']['path']
>;
export type DeleteItemResponse204 = undefined;
export type ItemExistsPathParams = NonNullable<paths['/items/{id}']['head']['parameters']['path']>;
export type ItemExistsResponse200 = undefined;
export type ItemExistsResponse404 = undefined;
export type PingResponseDefault =
  paths['/ping']['get']['responses']['default']['content']['application/json'];
export type GetReadmeResponse200 =
  paths['/readme']['get']['responses'][200]['content']['text/plain'];
export type PostWildBody = NonNullable<paths['/wild']['post']['requestBody']>['content']['*/*'];
export type PostWildResponse200 = paths['/wild']['post']['responses'][200]['content']['*/*'];
