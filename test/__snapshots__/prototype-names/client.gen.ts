// Generated from test/fixtures/prototype-names.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  GetThingHeaders,
  GetThingPathParams,
  GetThingQueryParams,
  GetThingResponse200,
} from './types.gen.js';
import {
  validateGetThingHeaders,
  validateGetThingPathParams,
  validateGetThingQueryParams,
  validateGetThingResponse200,
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
  /**
   * `toString`: API key, sent in the header header `X-Key`.
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
/** The argument of `getThing`. */
export interface GetThingRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: GetThingPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query?: GetThingQueryParams;
  /** Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: GetThingHeaders & Record<string, unknown>;
}

/** What `getThing` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetThingResult =
  | runtime.Success<200, GetThingResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /things/{constructor}` */
  getThing(request: GetThingRequest): Promise<GetThingResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  getThing: {
    method: 'GET',
    path: '/things/{constructor}',
    params: [
      { name: 'constructor', in: 'path', style: 'simple', explode: false },
      { name: 'valueOf', in: 'query', style: 'form', explode: true },
      { name: 'hasOwnProperty', in: 'header', style: 'simple', explode: false },
    ],
    validateParams: {
      path: validateGetThingPathParams,
      query: validateGetThingQueryParams,
      header: validateGetThingHeaders,
    },
    responses: { '200': { media: 'json', validate: validateGetThingResponse200 } },
    security: [['toString']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'toString', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-Key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Prototype names. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { toString: options.apiKey },
  });
  return {
    getThing: (request) => call(operationSpecs.getThing, request) as Promise<GetThingResult>,
  };
}
