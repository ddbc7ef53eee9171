// Generated from test/fixtures/docs-long-enum.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { ListClocksQueryParams, ListClocksResponse200 } from './types.gen.js';
import { validateListClocksQueryParams, validateListClocksResponse200 } from './validators.gen.js';
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
  /** Base URL of the API. Default: `https://{region}.example.com/v1` (the spec's first server, variables substituted). */
  baseUrl?: string;
  /** Values for the `{variables}` in the default base URL. */
  serverVariables?: ServerVariables;
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

/** Values for the variables of the default server URL. */
export type ServerVariables = {
  /** Default: "eu". */
  region?: 'eu' | 'us';
};
/** The argument of `listClocks`. */
export interface ListClocksRequest extends runtime.RequestOptions {
  /** Query parameters, serialised with their documented style/explode. */
  query: ListClocksQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `listClocks` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ListClocksResult =
  | runtime.Success<200, ListClocksResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * List clocks in a timezone
   *
   * `GET /clocks`
   */
  listClocks(request: ListClocksRequest): Promise<ListClocksResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  listClocks: {
    method: 'GET',
    path: '/clocks',
    params: [
      { name: 'tz', in: 'query', style: 'form', explode: true },
      { name: 'style', in: 'query', style: 'form', explode: true },
    ],
    validateParams: { query: validateListClocksQueryParams },
    responses: { '200': { media: 'json', validate: validateListClocksResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://{region}.example.com/v1', variables: { region: 'eu' } };

/** Creates a client for Long Enum. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    listClocks: (request) => call(operationSpecs.listClocks, request) as Promise<ListClocksResult>,
  };
}
