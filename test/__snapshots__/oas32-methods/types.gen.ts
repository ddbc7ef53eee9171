// Generated from test/fixtures/oas32-methods.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
    LINK: operations['linkItem'];
    PURGE: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Purged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Item'];
          };
        };
      };
    };
  };
  '/search': {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['listItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
    query: operations['searchItems'];
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Item: {
      id: string;
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
  linkItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          to: string;
        };
      };
    };
    responses: {
      /** @description Linked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  listItems: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'][];
        };
      };
    };
  };
  searchItems: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Matching items */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'][];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type Item = components['schemas']['Item'];
export type LinkItemBody = NonNullable<
  paths['/items/{id}']['LINK']['requestBody']
>['content']['application/json'];
export type LinkItemPathParams = NonNullable<paths['/items/{id}']['LINK']['parameters']['path']>;
export type LinkItemResponse204 = undefined;
export type PurgeItemsByIdPathParams = NonNullable<
  paths['/items/{id}']['PURGE']['parameters']['path']
>;
export type PurgeItemsByIdResponse200 =
  paths['/items/{id}']['PURGE']['responses'][200]['content']['application/json'];
export type ListItemsQueryParams = NonNullable<paths['/search']['get']['parameters']['query']>;
export type ListItemsResponse200 =
  paths['/search']['get']['responses'][200]['content']['application/json'];
export type SearchItemsBody = NonNullable<
  paths['/search']['query']['requestBody']
>['content']['application/json'];
export type SearchItemsQueryParams = NonNullable<paths['/search']['query']['parameters']['query']>;
export type SearchItemsResponse200 =
  paths['/search']['query']['responses'][200]['content']['application/json'];
