// Generated from test/fixtures/name-collisions.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { GetItem2Response200, GetItemResponse200 } from './types.gen.js';
import { validateGetItem2Response200, validateGetItemResponse200 } from './validators.gen.js';
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
  /** Base URL of the API (required: the spec declares no servers). */
  baseUrl: string;
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
/** The argument of `getItem2`. */
export interface GetItem2Request extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getItem2` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetItem2Result =
  | runtime.Success<200, GetItem2Response200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `getItem`. */
export interface GetItemRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getItem` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetItemResult =
  | runtime.Success<200, GetItemResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /a` */
  getItem2(request?: GetItem2Request): Promise<GetItem2Result>;
  /** `GET /b` */
  getItem(request?: GetItemRequest): Promise<GetItemResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  getItem2: {
    method: 'GET',
    path: '/a',
    params: [],
    responses: { '200': { media: 'json', validate: validateGetItem2Response200 } },
    security: [],
  },
  getItem: {
    method: 'GET',
    path: '/b',
    params: [],
    responses: { '200': { media: 'json', validate: validateGetItemResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Collisions. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    getItem2: (request) => call(operationSpecs.getItem2, request) as Promise<GetItem2Result>,
    getItem: (request) => call(operationSpecs.getItem, request) as Promise<GetItemResult>,
  };
}
