// Generated from specs/insighto.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { UpdateTheUserProfileResponse200 } from './types.gen.js';
import { validateUpdateTheUserProfileResponse200 } from './validators.gen.js';
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
   * `apiKeyAuth`: API key, sent in the query parameter `api_key`.
   *
   * Your API key for authentication. You can generate it from the Settings page. Format: starts with in-
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
/** The argument of `updateTheUserProfile`. */
export interface UpdateTheUserProfileRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `updateTheUserProfile` resolves to: narrow on `ok` or `status`. Never rejects. */
export type UpdateTheUserProfileResult =
  | runtime.Success<200, UpdateTheUserProfileResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Update the User Profile
   *
   * `PATCH /api/v1/user/profile`
   */
  updateTheUserProfile(request?: UpdateTheUserProfileRequest): Promise<UpdateTheUserProfileResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  updateTheUserProfile: {
    method: 'PATCH',
    path: '/api/v1/user/profile',
    params: [],
    responses: { '200': { media: 'json', validate: validateUpdateTheUserProfileResponse200 } },
    security: [['apiKeyAuth']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'apiKeyAuth', option: 'apiKey', scheme: 'apiKey', in: 'query', name: 'api_key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Insighto API. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { apiKeyAuth: options.apiKey },
  });
  return {
    updateTheUserProfile: (request) =>
      call(operationSpecs.updateTheUserProfile, request) as Promise<UpdateTheUserProfileResult>,
  };
}
