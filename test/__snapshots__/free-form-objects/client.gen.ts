// Generated from test/fixtures/free-form-objects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { PutSettingsBody, PutSettingsResponse200 } from './types.gen.js';
import { validatePutSettingsBody, validatePutSettingsResponse200 } from './validators.gen.js';
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
/** The argument of `putSettings`. */
export interface PutSettingsRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: PutSettingsBody;
}

/** What `putSettings` resolves to: narrow on `ok` or `status`. Never rejects. */
export type PutSettingsResult =
  | runtime.Success<200, PutSettingsResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `PUT /settings` */
  putSettings(request: PutSettingsRequest): Promise<PutSettingsResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  putSettings: {
    method: 'PUT',
    path: '/settings',
    params: [],
    body: { contentType: 'application/json', validate: validatePutSettingsBody },
    responses: { '200': { media: 'json', validate: validatePutSettingsResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://api.example.com', variables: {} };

/** Creates a client for Free-form objects. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    putSettings: (request) =>
      call(operationSpecs.putSettings, request) as Promise<PutSettingsResult>,
  };
}
