// Generated from test/fixtures/client-backslash-names.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  ListDirCookies,
  ListDirPathParams,
  ListDirQueryParams,
  ListDirResponse204,
} from './types.gen.js';
import { validateListDirPathParams, validateListDirQueryParams } from './validators.gen.js';
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
/** The argument of `listDir`. */
export interface ListDirRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: ListDirPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query?: ListDirQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Cookie parameters, sent in the `Cookie` header. */
  cookies?: ListDirCookies;
}

/** What `listDir` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ListDirResult =
  | runtime.Success<204, ListDirResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /files/{dir\}` */
  listDir(request: ListDirRequest): Promise<ListDirResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  listDir: {
    method: 'GET',
    path: '/files/{dir\\}',
    params: [
      { name: 'dir\\', in: 'path', style: 'simple', explode: false },
      { name: "it's\\", in: 'query', style: 'form', explode: true },
      { name: '/*', in: 'cookie', style: 'form', explode: true },
    ],
    validateParams: { path: validateListDirPathParams, query: validateListDirQueryParams },
    responses: { '204': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Backslash names. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    listDir: (request) => call(operationSpecs.listDir, request) as Promise<ListDirResult>,
  };
}
