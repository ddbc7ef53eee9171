// Generated from test/fixtures/client-statuses.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  DeleteItemPathParams,
  DeleteItemResponse204,
  ExportItemsResponseDefault,
  GetItemPathParams,
  GetItemResponse200,
  GetItemResponse204,
  GetItemResponse404,
  GetItemResponse4XX,
  GetItemResponse5XX,
  GetReadmeResponse200,
  ItemExistsPathParams,
  ItemExistsResponse200,
  ItemExistsResponse404,
  PingResponseDefault,
  PostWildBody,
  PostWildResponse200,
} from './types.gen.js';
import {
  validateDeleteItemPathParams,
  validateExportItemsResponseDefault,
  validateGetItemPathParams,
  validateGetItemResponse200,
  validateGetItemResponse404,
  validateGetItemResponse4XX,
  validateGetItemResponse5XX,
  validateGetReadmeResponse200,
  validateItemExistsPathParams,
  validatePingResponseDefault,
  validatePostWildBody,
  validatePostWildResponse200,
} from './validators.gen.js';
import * as runtime from './client-runtime.gen.js';

export { ClientError } from './client-runtime.gen.js';
export type {
  Credential,
  Fetch,
  RequestOptions,
  RetryOptions,
  TransportError,
} from './client-runtime.gen.js';

/** Options of `createClient`. */
export interface ClientOptions {
  /** Base URL of the API. Default: `http://localhost:8080/v1` (the spec's first server). */
  baseUrl?: string;
  /** The `fetch` to use. Default: the global `fetch`, looked up at call time. */
  fetch?: runtime.Fetch;
  /** Headers sent with every call; per-call headers override them. */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms (headers and body). Default 60000; 0 disables it. */
  timeoutMs?: number;
  /** Retry policy (default: 2 retries, idempotent methods only); `false` disables retries. */
  retry?: runtime.RetryOptions | false;
  /** Validate parameters and body before sending; an invalid request is returned, not sent. Default true. */
  validateRequests?: boolean;
  /** Validate documented response bodies: `true` tolerant, `'strict'` strict. Default false. */
  validateResponses?: boolean | 'strict';
}
/** The argument of `exportItems`. */
export interface ExportItemsRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `exportItems` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ExportItemsResult =
  | runtime.Success<200, Blob>
  | runtime.Success<Exclude<runtime.Status2xx, 200>, ExportItemsResponseDefault>
  | runtime.Failure<
      runtime.Status3xx | runtime.Status4xx | runtime.Status5xx,
      ExportItemsResponseDefault
    >
  | runtime.TransportError;

/** The argument of `getItem`. */
export interface GetItemRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: GetItemPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getItem` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetItemResult =
  | runtime.Success<200, GetItemResponse200>
  | runtime.Success<204, GetItemResponse204>
  | runtime.Failure<404, GetItemResponse404>
  | runtime.Failure<Exclude<runtime.Status4xx, 404>, GetItemResponse4XX>
  | runtime.Failure<runtime.Status5xx, GetItemResponse5XX>
  | runtime.Failure<Exclude<runtime.Status2xx | runtime.Status3xx, 200 | 204>, unknown>
  | runtime.TransportError;

/** The argument of `deleteItem`. */
export interface DeleteItemRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: DeleteItemPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `deleteItem` resolves to: narrow on `ok` or `status`. Never rejects. */
export type DeleteItemResult =
  | runtime.Success<204, DeleteItemResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `itemExists`. */
export interface ItemExistsRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: ItemExistsPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `itemExists` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ItemExistsResult =
  | runtime.Success<200, ItemExistsResponse200>
  | runtime.Failure<404, ItemExistsResponse404>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200 | 404>, unknown>
  | runtime.TransportError;

/** The argument of `ping`. */
export interface PingRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `ping` resolves to: narrow on `ok` or `status`. Never rejects. */
export type PingResult =
  | runtime.Success<runtime.Status2xx, PingResponseDefault>
  | runtime.Failure<runtime.Status3xx | runtime.Status4xx | runtime.Status5xx, PingResponseDefault>
  | runtime.TransportError;

/** The argument of `getReadme`. */
export interface GetReadmeRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getReadme` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetReadmeResult =
  | runtime.Success<200, GetReadmeResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `postWild`. */
export interface PostWildRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `*\/*`. */
  body: PostWildBody;
}

/** What `postWild` resolves to: narrow on `ok` or `status`. Never rejects. */
export type PostWildResult =
  | runtime.Success<200, PostWildResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /export` */
  exportItems(request?: ExportItemsRequest): Promise<ExportItemsResult>;
  /** `GET /items/{id}` */
  getItem(request: GetItemRequest): Promise<GetItemResult>;
  /** `DELETE /items/{id}` */
  deleteItem(request: DeleteItemRequest): Promise<DeleteItemResult>;
  /** `HEAD /items/{id}` */
  itemExists(request: ItemExistsRequest): Promise<ItemExistsResult>;
  /** `GET /ping` */
  ping(request?: PingRequest): Promise<PingResult>;
  /** `GET /readme` */
  getReadme(request?: GetReadmeRequest): Promise<GetReadmeResult>;
  /** `POST /wild` */
  postWild(request: PostWildRequest): Promise<PostWildResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  exportItems: {
    method: 'GET',
    path: '/export',
    params: [],
    responses: {
      '200': { media: 'binary' },
      default: { media: 'json', validate: validateExportItemsResponseDefault },
    },
    security: [],
  },
  getItem: {
    method: 'GET',
    path: '/items/{id}',
    params: [{ name: 'id', in: 'path', style: 'simple', explode: false }],
    validateParams: { path: validateGetItemPathParams },
    responses: {
      '200': { media: 'json', validate: validateGetItemResponse200 },
      '204': { media: 'none' },
      '404': { media: 'json', validate: validateGetItemResponse404 },
      '4XX': { media: 'json', validate: validateGetItemResponse4XX },
      '5XX': { media: 'json', validate: validateGetItemResponse5XX },
    },
    security: [],
  },
  deleteItem: {
    method: 'DELETE',
    path: '/items/{id}',
    params: [{ name: 'id', in: 'path', style: 'simple', explode: false }],
    validateParams: { path: validateDeleteItemPathParams },
    responses: { '204': { media: 'none' } },
    security: [],
  },
  itemExists: {
    method: 'HEAD',
    path: '/items/{id}',
    params: [{ name: 'id', in: 'path', style: 'simple', explode: false }],
    validateParams: { path: validateItemExistsPathParams },
    responses: { '200': { media: 'none' }, '404': { media: 'none' } },
    security: [],
  },
  ping: {
    method: 'GET',
    path: '/ping',
    params: [],
    responses: { default: { media: 'json', validate: validatePingResponseDefault } },
    security: [],
  },
  getReadme: {
    method: 'GET',
    path: '/readme',
    params: [],
    responses: { '200': { media: 'text', validate: validateGetReadmeResponse200 } },
    security: [],
  },
  postWild: {
    method: 'POST',
    path: '/wild',
    params: [],
    body: { contentType: 'application/json', validate: validatePostWildBody },
    responses: { '200': { media: 'any', validate: validatePostWildResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'http://localhost:8080/v1', variables: {} };

/** Creates a client for Statuses. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    exportItems: (request) =>
      call(operationSpecs.exportItems, request) as Promise<ExportItemsResult>,
    getItem: (request) => call(operationSpecs.getItem, request) as Promise<GetItemResult>,
    deleteItem: (request) => call(operationSpecs.deleteItem, request) as Promise<DeleteItemResult>,
    itemExists: (request) => call(operationSpecs.itemExists, request) as Promise<ItemExistsResult>,
    ping: (request) => call(operationSpecs.ping, request) as Promise<PingResult>,
    getReadme: (request) => call(operationSpecs.getReadme, request) as Promise<GetReadmeResult>,
    postWild: (request) => call(operationSpecs.postWild, request) as Promise<PostWildResult>,
  };
}
