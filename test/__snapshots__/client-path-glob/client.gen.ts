// Generated from test/fixtures/client-path-glob.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { ListFilesResponse200, NestedGlobResponse204 } from './types.gen.js';
import { validateListFilesResponse200 } from './validators.gen.js';
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
/** The argument of `nestedGlob`. */
export interface NestedGlobRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `nestedGlob` resolves to: narrow on `ok` or `status`. Never rejects. */
export type NestedGlobResult =
  | runtime.Success<204, NestedGlobResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `listFiles`. */
export interface ListFilesRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `listFiles` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ListFilesResult =
  | runtime.Success<200, ListFilesResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Glob /* and *\/ in a summary
   *
   * `GET /a/*\/b/**\/c`
   */
  nestedGlob(request?: NestedGlobRequest): Promise<NestedGlobResult>;
  /** `GET /files/*` */
  listFiles(request?: ListFilesRequest): Promise<ListFilesResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  nestedGlob: {
    method: 'GET',
    path: '/a/*/b/**/c',
    params: [],
    responses: { '204': { media: 'none' } },
    security: [],
  },
  listFiles: {
    method: 'GET',
    path: '/files/*',
    params: [],
    responses: { '200': { media: 'json', validate: validateListFilesResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Path glob. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    nestedGlob: (request) => call(operationSpecs.nestedGlob, request) as Promise<NestedGlobResult>,
    listFiles: (request) => call(operationSpecs.listFiles, request) as Promise<ListFilesResult>,
  };
}
