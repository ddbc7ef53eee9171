// Generated from specs/exante.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  UpdateCurrentUserProfileBody,
  UpdateCurrentUserProfileResponse200,
} from './types.gen.js';
import {
  validateUpdateCurrentUserProfileBody,
  validateUpdateCurrentUserProfileResponse200,
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
  /** Base URL of the API. Default: `https://dev.exante.app` (the spec's first server). */
  baseUrl?: string;
  /**
   * `bearerAuth`: HTTP bearer credential, sent as `Authorization: Bearer <value>`.
   *
   * Bearer authentication header of the form Bearer <token>, where <token> is your auth token.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  token?: runtime.Credential;
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
/** The argument of `updateCurrentUserProfile`. */
export interface UpdateCurrentUserProfileRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body?: UpdateCurrentUserProfileBody;
}

/** What `updateCurrentUserProfile` resolves to: narrow on `ok` or `status`. Never rejects. */
export type UpdateCurrentUserProfileResult =
  | runtime.Success<200, UpdateCurrentUserProfileResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Update current user profile
   *
   * `PATCH /api/user`
   */
  updateCurrentUserProfile(
    request?: UpdateCurrentUserProfileRequest,
  ): Promise<UpdateCurrentUserProfileResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  updateCurrentUserProfile: {
    method: 'PATCH',
    path: '/api/user',
    params: [],
    body: { contentType: 'application/json', validate: validateUpdateCurrentUserProfileBody },
    responses: { '200': { media: 'json', validate: validateUpdateCurrentUserProfileResponse200 } },
    security: [['bearerAuth']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'bearerAuth', option: 'token', scheme: 'bearer' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://dev.exante.app', variables: {} };

/** Creates a client for Exante API. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { bearerAuth: options.token },
  });
  return {
    updateCurrentUserProfile: (request) =>
      call(
        operationSpecs.updateCurrentUserProfile,
        request,
      ) as Promise<UpdateCurrentUserProfileResult>,
  };
}
