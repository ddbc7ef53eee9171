// Generated from test/fixtures/docs-auth.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  GetFeedResponse200,
  GetMeResponse200,
  HealthResponse200,
  LegacyLoginBody,
  LegacyLoginResponse204,
} from './types.gen.js';
import { validateGetMeResponse200, validateLegacyLoginBody } from './validators.gen.js';
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
  /** Base URL of the API. Default: `https://auth.example.com/api/` (the spec's first server). */
  baseUrl?: string;
  /**
   * `apiKey`: API key, sent in the header header `X-API-Key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  apiKey?: runtime.Credential;
  /**
   * `basic`: HTTP basic credentials as `user:password`, sent base64-encoded in `Authorization: Basic`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  basic?: runtime.Credential;
  /**
   * `bearer`: HTTP bearer credential, sent as `Authorization: Bearer <value>`.
   *
   * A JWT from the login flow.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  token?: runtime.Credential;
  /**
   * `session`: API key, sent in the cookie parameter `sid`.
   *
   * Session cookie.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  session?: runtime.Credential;
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
/** The argument of `getFeed`. */
export interface GetFeedRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getFeed` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetFeedResult =
  | runtime.Success<200, GetFeedResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `health`. */
export interface HealthRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `health` resolves to: narrow on `ok` or `status`. Never rejects. */
export type HealthResult =
  | runtime.Success<200, HealthResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `legacyLogin`. */
export interface LegacyLoginRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body?: LegacyLoginBody;
}

/** What `legacyLogin` resolves to: narrow on `ok` or `status`. Never rejects. */
export type LegacyLoginResult =
  | runtime.Success<204, LegacyLoginResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

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
  /**
   * Public feed, personalised when signed in
   *
   * `GET /feed`
   */
  getFeed(request?: GetFeedRequest): Promise<GetFeedResult>;
  /**
   * Health check
   *
   * `GET /health`
   */
  health(request?: HealthRequest): Promise<HealthResult>;
  /**
   * Legacy login
   *
   * `POST /legacy`
   */
  legacyLogin(request?: LegacyLoginRequest): Promise<LegacyLoginResult>;
  /**
   * Who am I
   *
   * `GET /me`
   */
  getMe(request?: GetMeRequest): Promise<GetMeResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  getFeed: {
    method: 'GET',
    path: '/feed',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [[], ['bearer']],
  },
  health: {
    method: 'GET',
    path: '/health',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [],
  },
  legacyLogin: {
    method: 'POST',
    path: '/legacy',
    params: [],
    body: { contentType: 'application/json', validate: validateLegacyLoginBody },
    responses: { '204': { media: 'none' } },
    security: [['basic', 'session']],
  },
  getMe: {
    method: 'GET',
    path: '/me',
    params: [],
    responses: { '200': { media: 'json', validate: validateGetMeResponse200 } },
    security: [['bearer'], ['apiKey']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'apiKey', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-API-Key' },
  { key: 'basic', option: 'basic', scheme: 'basic' },
  { key: 'bearer', option: 'token', scheme: 'bearer' },
  { key: 'session', option: 'session', scheme: 'apiKey', in: 'cookie', name: 'sid' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://auth.example.com/api/', variables: {} };

/** Creates a client for Auth. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {
      apiKey: options.apiKey,
      basic: options.basic,
      bearer: options.token,
      session: options.session,
    },
  });
  return {
    getFeed: (request) => call(operationSpecs.getFeed, request) as Promise<GetFeedResult>,
    health: (request) => call(operationSpecs.health, request) as Promise<HealthResult>,
    legacyLogin: (request) =>
      call(operationSpecs.legacyLogin, request) as Promise<LegacyLoginResult>,
    getMe: (request) => call(operationSpecs.getMe, request) as Promise<GetMeResult>,
  };
}
