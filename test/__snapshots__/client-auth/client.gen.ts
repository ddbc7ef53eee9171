// Generated from test/fixtures/client-auth.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  PublicEndpointResponse200,
  WithDocumentSecurityResponse200,
  WithKeyAndTokenResponse200,
} from './types.gen.js';
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
  /** Base URL of the API. Default: `https://auth.example.com` (the spec's first server). */
  baseUrl?: string;
  /**
   * `apiKeyHeader`: API key, sent in the header header `X-API-Key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  apiKey?: runtime.Credential;
  /**
   * `basicAuth`: HTTP basic credentials as `user:password`, sent base64-encoded in `Authorization: Basic`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  basicAuth?: runtime.Credential;
  /**
   * `bearerAuth`: HTTP bearer credential, sent as `Authorization: Bearer <value>`.
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
/** The argument of `withKeyAndToken`. */
export interface WithKeyAndTokenRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `withKeyAndToken` resolves to: narrow on `ok` or `status`. Never rejects. */
export type WithKeyAndTokenResult =
  | runtime.Success<200, WithKeyAndTokenResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `withDocumentSecurity`. */
export interface WithDocumentSecurityRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `withDocumentSecurity` resolves to: narrow on `ok` or `status`. Never rejects. */
export type WithDocumentSecurityResult =
  | runtime.Success<200, WithDocumentSecurityResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `publicEndpoint`. */
export interface PublicEndpointRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `publicEndpoint` resolves to: narrow on `ok` or `status`. Never rejects. */
export type PublicEndpointResult =
  | runtime.Success<200, PublicEndpointResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /both` */
  withKeyAndToken(request?: WithKeyAndTokenRequest): Promise<WithKeyAndTokenResult>;
  /** `GET /default-security` */
  withDocumentSecurity(request?: WithDocumentSecurityRequest): Promise<WithDocumentSecurityResult>;
  /** `GET /public` */
  publicEndpoint(request?: PublicEndpointRequest): Promise<PublicEndpointResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  withKeyAndToken: {
    method: 'GET',
    path: '/both',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [['apiKeyHeader', 'bearerAuth']],
  },
  withDocumentSecurity: {
    method: 'GET',
    path: '/default-security',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [['apiKeyHeader'], ['basicAuth']],
  },
  publicEndpoint: {
    method: 'GET',
    path: '/public',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'apiKeyHeader', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-API-Key' },
  { key: 'basicAuth', option: 'basicAuth', scheme: 'basic' },
  { key: 'bearerAuth', option: 'token', scheme: 'bearer' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://auth.example.com', variables: {} };

/** Creates a client for Auth. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {
      apiKeyHeader: options.apiKey,
      basicAuth: options.basicAuth,
      bearerAuth: options.token,
    },
  });
  return {
    withKeyAndToken: (request) =>
      call(operationSpecs.withKeyAndToken, request) as Promise<WithKeyAndTokenResult>,
    withDocumentSecurity: (request) =>
      call(operationSpecs.withDocumentSecurity, request) as Promise<WithDocumentSecurityResult>,
    publicEndpoint: (request) =>
      call(operationSpecs.publicEndpoint, request) as Promise<PublicEndpointResult>,
  };
}
