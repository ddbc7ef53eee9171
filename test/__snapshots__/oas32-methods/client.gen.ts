// Generated from test/fixtures/oas32-methods.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  LinkItemBody,
  LinkItemPathParams,
  LinkItemResponse204,
  ListItemsQueryParams,
  ListItemsResponse200,
  PurgeItemsByIdPathParams,
  PurgeItemsByIdResponse200,
  SearchItemsBody,
  SearchItemsQueryParams,
  SearchItemsResponse200,
} from './types.gen.js';
import {
  validateLinkItemBody,
  validateLinkItemPathParams,
  validateListItemsQueryParams,
  validateListItemsResponse200,
  validatePurgeItemsByIdPathParams,
  validatePurgeItemsByIdResponse200,
  validateSearchItemsBody,
  validateSearchItemsQueryParams,
  validateSearchItemsResponse200,
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
  /** Base URL of the API. Default: `https://api.example.com` (the spec's first server). */
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
/** The argument of `linkItem`. */
export interface LinkItemRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: LinkItemPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body?: LinkItemBody;
}

/** What `linkItem` resolves to: narrow on `ok` or `status`. Never rejects. */
export type LinkItemResult =
  | runtime.Success<204, LinkItemResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `purgeItemsById`. */
export interface PurgeItemsByIdRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: PurgeItemsByIdPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `purgeItemsById` resolves to: narrow on `ok` or `status`. Never rejects. */
export type PurgeItemsByIdResult =
  | runtime.Success<200, PurgeItemsByIdResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `listItems`. */
export interface ListItemsRequest extends runtime.RequestOptions {
  /** Query parameters, serialised with their documented style/explode. */
  query?: ListItemsQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `listItems` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ListItemsResult =
  | runtime.Success<200, ListItemsResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `searchItems`. */
export interface SearchItemsRequest extends runtime.RequestOptions {
  /** Query parameters, serialised with their documented style/explode. */
  query?: SearchItemsQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: SearchItemsBody;
}

/** What `searchItems` resolves to: narrow on `ok` or `status`. Never rejects. */
export type SearchItemsResult =
  | runtime.Success<200, SearchItemsResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Link an item to another
   *
   * `LINK /items/{id}`
   */
  linkItem(request: LinkItemRequest): Promise<LinkItemResult>;
  /**
   * Purge an item from caches
   *
   * `PURGE /items/{id}`
   */
  purgeItemsById(request: PurgeItemsByIdRequest): Promise<PurgeItemsByIdResult>;
  /** `GET /search` */
  listItems(request?: ListItemsRequest): Promise<ListItemsResult>;
  /**
   * Search with a query in the body
   *
   * `QUERY /search`
   */
  searchItems(request: SearchItemsRequest): Promise<SearchItemsResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  linkItem: {
    method: 'LINK',
    path: '/items/{id}',
    params: [{ name: 'id', in: 'path', style: 'simple', explode: false }],
    body: { contentType: 'application/json', validate: validateLinkItemBody },
    validateParams: { path: validateLinkItemPathParams },
    responses: { '204': { media: 'none' } },
    security: [],
  },
  purgeItemsById: {
    method: 'PURGE',
    path: '/items/{id}',
    params: [{ name: 'id', in: 'path', style: 'simple', explode: false }],
    validateParams: { path: validatePurgeItemsByIdPathParams },
    responses: { '200': { media: 'json', validate: validatePurgeItemsByIdResponse200 } },
    security: [],
  },
  listItems: {
    method: 'GET',
    path: '/search',
    params: [{ name: 'limit', in: 'query', style: 'form', explode: true }],
    validateParams: { query: validateListItemsQueryParams },
    responses: { '200': { media: 'json', validate: validateListItemsResponse200 } },
    security: [],
  },
  searchItems: {
    method: 'QUERY',
    path: '/search',
    params: [{ name: 'limit', in: 'query', style: 'form', explode: true }],
    body: { contentType: 'application/json', validate: validateSearchItemsBody },
    validateParams: { query: validateSearchItemsQueryParams },
    responses: { '200': { media: 'json', validate: validateSearchItemsResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://api.example.com', variables: {} };

/** Creates a client for Methods 3.2. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    linkItem: (request) => call(operationSpecs.linkItem, request) as Promise<LinkItemResult>,
    purgeItemsById: (request) =>
      call(operationSpecs.purgeItemsById, request) as Promise<PurgeItemsByIdResult>,
    listItems: (request) => call(operationSpecs.listItems, request) as Promise<ListItemsResult>,
    searchItems: (request) =>
      call(operationSpecs.searchItems, request) as Promise<SearchItemsResult>,
  };
}
