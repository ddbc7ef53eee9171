// Generated from test/fixtures/docs-fields.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  ReplaceOrderLinesBody,
  ReplaceOrderLinesCookies,
  ReplaceOrderLinesHeaders,
  ReplaceOrderLinesPathParams,
  ReplaceOrderLinesQueryParams,
  ReplaceOrderLinesResponse200,
  ReplaceOrderLinesResponse204,
  ReplaceOrderLinesResponse4XX,
} from './types.gen.js';
import {
  validateReplaceOrderLinesBody,
  validateReplaceOrderLinesHeaders,
  validateReplaceOrderLinesPathParams,
  validateReplaceOrderLinesQueryParams,
  validateReplaceOrderLinesResponse200,
  validateReplaceOrderLinesResponse4XX,
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

/** The argument of `replaceOrderLines`. */
export interface ReplaceOrderLinesRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: ReplaceOrderLinesPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query: ReplaceOrderLinesQueryParams;
  /** Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`). */
  headers: ReplaceOrderLinesHeaders & Record<string, unknown>;
  /** Cookie parameters, sent in the `Cookie` header. */
  cookies?: ReplaceOrderLinesCookies;
  /** Request body, sent as `application/json`. */
  body: ReplaceOrderLinesBody;
}

/** What `replaceOrderLines` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ReplaceOrderLinesResult =
  | runtime.Success<200, ReplaceOrderLinesResponse200>
  | runtime.Success<204, ReplaceOrderLinesResponse204>
  | runtime.Failure<runtime.Status4xx, ReplaceOrderLinesResponse4XX>
  | runtime.Failure<
      Exclude<runtime.Status2xx | runtime.Status3xx | runtime.Status5xx, 200 | 204>,
      unknown
    >
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Replace the lines of an order
   *
   * Replaces every line; unknown products are rejected.
   *
   * `PUT /orders/{order_id}/lines`
   */
  replaceOrderLines(request: ReplaceOrderLinesRequest): Promise<ReplaceOrderLinesResult>;
}

const operationSpecs = {
  replaceOrderLines: {
    method: 'PUT',
    path: '/orders/{order_id}/lines',
    params: [
      { name: 'order_id', in: 'path', style: 'simple', explode: false },
      { name: 'dry_run', in: 'query', style: 'form', explode: true },
      { name: 'fields', in: 'query', style: 'form', explode: true },
      { name: 'legacy', in: 'query', style: 'form', explode: true },
      { name: 'Idempotency-Key', in: 'header', style: 'simple', explode: false },
      { name: 'session', in: 'cookie', style: 'form', explode: true },
    ],
    body: { contentType: 'application/json', validate: validateReplaceOrderLinesBody },
    validateParams: {
      path: validateReplaceOrderLinesPathParams,
      query: validateReplaceOrderLinesQueryParams,
      header: validateReplaceOrderLinesHeaders,
    },
    responses: {
      '200': { media: 'json', validate: validateReplaceOrderLinesResponse200 },
      '204': { media: 'none' },
      '4XX': { media: 'json', validate: validateReplaceOrderLinesResponse4XX },
    },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
const defaultServer = undefined;

/** Creates a client for Fields. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    replaceOrderLines: (request) =>
      call(operationSpecs.replaceOrderLines, request) as Promise<ReplaceOrderLinesResult>,
  };
}
