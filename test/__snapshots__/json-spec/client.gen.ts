// Generated from test/fixtures/json-spec.json by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { GetMeResponse200 } from './types.gen.js';
import { validateGetMeResponse200 } from './validators.gen.js';
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
   * `apiKey`: API key, sent in the header header `X-API-Key`.
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
/** The argument of `getMe`. */
export interface GetMeRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getMe` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetMeResult =
  | runtime.Success<200, GetMeResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /me` */
  getMe(request?: GetMeRequest): Promise<GetMeResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  getMe: {
    method: 'GET',
    path: '/me',
    params: [],
    responses: { '200': { media: 'json', validate: validateGetMeResponse200 } },
    security: [['apiKey']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'apiKey', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-API-Key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for A JSON spec. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { apiKey: options.apiKey },
  });
  return {
    getMe: (request) => call(operationSpecs.getMe, request) as Promise<GetMeResult>,
  };
}
