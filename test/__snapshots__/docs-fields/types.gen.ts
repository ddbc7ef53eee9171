// Generated from test/fixtures/docs-fields.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/orders/{order_id}/attachment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload an attachment */
    put: operations['uploadAttachment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{order_id}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace the lines of an order
     * @description Replaces every line; unknown products are rejected.
     */
    put: operations['replaceOrderLines'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/orders/{order_id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a note with a file */
    post: operations['addNote'];
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
    Address: {
      street?: string;
      /** @description ISO 3166-1 alpha-2 code. */
      country?: string;
    };
    Order: components['schemas']['OrderBase'] & {
      lines: {
        product?: components['schemas']['Product'];
        quantity?: number;
      }[];
      /** @description Shipping address, or null when collected in store. */
      shipping?: components['schemas']['Address'] | null;
    };
    OrderBase: {
      /** Format: int64 */
      readonly id: number;
      /** Format: date-time */
      readonly created_at?: string;
      metadata?: {
        [key: string]: string;
      };
    };
    Problem: {
      title?: string;
      status?: number;
    };
    /** @description A product reference. */
    Product: {
      /** @example ABC-1234 */
      sku: string;
      /**
       * @default medium
       * @enum {string}
       */
      variant: 'small' | 'medium' | 'large';
    };
    Shape: string | number;
    /**
     * @description Not used by any operation; still gets a page.
     * @enum {string}
     */
    Status: 'open' | 'closed';
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  uploadAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        order_id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description Stored. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  replaceOrderLines: {
    parameters: {
      query: {
        /** @description Validate without saving. */
        dry_run?: boolean;
        fields: ('id' | 'total')[];
        /** @deprecated */
        legacy?: string;
      };
      header: {
        'Idempotency-Key': string;
      };
      path: {
        /** @description The order. */
        order_id: number;
      };
      cookie?: {
        session?: string;
      };
    };
    requestBody: {
      content: {
        'application/json': {
          lines: {
            product: components['schemas']['Product'];
            quantity: number;
            /** @description Shown on the invoice. */
            note?: string | null;
            gift?: {
              /** @default true */
              wrap?: boolean;
              message?: string;
            };
          }[];
          /** @deprecated */
          comment?: string;
        };
        'application/x-www-form-urlencoded': {
          raw?: string;
        };
      };
    };
    responses: {
      /** @description The updated order. */
      200: {
        headers: {
          /** @description Version of the order. */
          ETag: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Nothing changed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Client error. */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "title": "Not found",
           *       "status": 404
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        order_id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          text: string;
          tags?: string[];
        };
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type Address = components['schemas']['Address'];
export type Order = components['schemas']['Order'];
export type OrderBase = components['schemas']['OrderBase'];
export type Problem = components['schemas']['Problem'];
export type Product = components['schemas']['Product'];
export type Shape = components['schemas']['Shape'];
export type Status = components['schemas']['Status'];
export type UploadAttachmentBody = NonNullable<
  paths['/orders/{order_id}/attachment']['put']['requestBody']
>['content']['application/octet-stream'];
export type UploadAttachmentPathParams = NonNullable<
  paths['/orders/{order_id}/attachment']['put']['parameters']['path']
>;
export type UploadAttachmentResponse204 = undefined;
export type ReplaceOrderLinesBody = NonNullable<
  paths['/orders/{order_id}/lines']['put']['requestBody']
>['content']['application/json'];
export type ReplaceOrderLinesPathParams = NonNullable<
  paths['/orders/{order_id}/lines']['put']['parameters']['path']
>;
export type ReplaceOrderLinesQueryParams = NonNullable<
  paths['/orders/{order_id}/lines']['put']['parameters']['query']
>;
export type ReplaceOrderLinesHeaders = NonNullable<
  paths['/orders/{order_id}/lines']['put']['parameters']['header']
>;
export type ReplaceOrderLinesCookies = NonNullable<
  paths['/orders/{order_id}/lines']['put']['parameters']['cookie']
>;
export type ReplaceOrderLinesResponse200 =
  paths['/orders/{order_id}/lines']['put']['responses'][200]['content']['application/json'];
export type ReplaceOrderLinesResponse204 = undefined;
export type ReplaceOrderLinesResponse4XX =
  paths['/orders/{order_id}/lines']['put']['responses']['4XX']['content']['application/problem+json'];
export type AddNoteBody = NonNullable<
  paths['/orders/{order_id}/notes']['post']['requestBody']
>['content']['multipart/form-data'];
export type AddNotePathParams = NonNullable<
  paths['/orders/{order_id}/notes']['post']['parameters']['path']
>;
export type AddNoteResponse201 = undefined;
