// Generated from test/fixtures/docs-hostile.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  CreateItemBody,
  CreateItemPathParams,
  CreateItemQueryParams,
  CreateItemResponse200,
} from './types.gen.js';
import {
  validateCreateItemBody,
  validateCreateItemPathParams,
  validateCreateItemQueryParams,
  validateCreateItemResponse200,
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
  /** Base URL of the API. Default: `https://hostile.example.com` (the spec's first server). */
  baseUrl?: string;
  /**
   * `apiKeyHeader`: API key, sent in the header header `X-Api-Key`.
   *
   * Key <b>with</b> | pipe and {{ key }} and </script>
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  apiKey?: runtime.Credential;
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
/** The argument of `createItem`. */
export interface CreateItemRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: CreateItemPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query?: CreateItemQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: CreateItemBody;
}

/** What `createItem` resolves to: narrow on `ok` or `status`. Never rejects. */
export type CreateItemResult =
  | runtime.Success<200, CreateItemResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Create an <item> | `fast` *now* {{ x }} </script>
   *
   * Creates *an* item. </script><script>window.__pwned = 3</script>
   * Second line | with a pipe and a \ backslash.
   *
   *
   * `POST /items/{item_id}`
   */
  createItem(request: CreateItemRequest): Promise<CreateItemResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  createItem: {
    method: 'POST',
    path: '/items/{item_id}',
    params: [
      { name: 'item_id', in: 'path', style: 'simple', explode: false },
      { name: 'mode', in: 'query', style: 'form', explode: true },
    ],
    body: { contentType: 'application/json', validate: validateCreateItemBody },
    validateParams: { path: validateCreateItemPathParams, query: validateCreateItemQueryParams },
    responses: { '200': { media: 'json', validate: validateCreateItemResponse200 } },
    security: [['apiKeyHeader']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'apiKeyHeader', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-Api-Key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://hostile.example.com', variables: {} };

/** Creates a client for Hostile <b>API</b> | `tick` *star* {{ title }}. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { apiKeyHeader: options.apiKey },
  });
  return {
    createItem: (request) => call(operationSpecs.createItem, request) as Promise<CreateItemResult>,
  };
}
