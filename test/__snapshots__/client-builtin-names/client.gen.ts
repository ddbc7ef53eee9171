// Generated from test/fixtures/client-builtin-names.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  ConstructorResponse204,
  HasOwnPropertyResponse204,
  ThenResponse200,
  ToStringResponse204,
  ValueOfBody,
  ValueOfPathParams,
  ValueOfQueryParams,
  ValueOfResponse204,
} from './types.gen.js';
import {
  validateThenResponse200,
  validateValueOfBody,
  validateValueOfPathParams,
  validateValueOfQueryParams,
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
   * `then`: API key, sent in the query parameter `key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  then_?: runtime.Credential;
  /**
   * `toString`: API key, sent in the header header `X-Key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  toString_?: runtime.Credential;
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
/** The argument of `constructor_`. */
export interface ConstructorRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `constructor_` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ConstructorResult =
  | runtime.Success<204, ConstructorResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `hasOwnProperty_`. */
export interface HasOwnPropertyRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `hasOwnProperty_` resolves to: narrow on `ok` or `status`. Never rejects. */
export type HasOwnPropertyResult =
  | runtime.Success<204, HasOwnPropertyResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `then_`. */
export interface ThenRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `then_` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ThenResult =
  | runtime.Success<200, ThenResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `toString_`. */
export interface ToStringRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `toString_` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ToStringResult =
  | runtime.Success<204, ToStringResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `valueOf_`. */
export interface ValueOfRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: ValueOfPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query: ValueOfQueryParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body?: ValueOfBody;
}

/** What `valueOf_` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ValueOfResult =
  | runtime.Success<204, ValueOfResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `DELETE /constructor` */
  constructor_(request?: ConstructorRequest): Promise<ConstructorResult>;
  /** `GET /has-own-property` */
  hasOwnProperty_(request?: HasOwnPropertyRequest): Promise<HasOwnPropertyResult>;
  /** `GET /then` */
  then_(request?: ThenRequest): Promise<ThenResult>;
  /** `GET /to-string` */
  toString_(request?: ToStringRequest): Promise<ToStringResult>;
  /** `POST /value-of/{constructor}` */
  valueOf_(request: ValueOfRequest): Promise<ValueOfResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  constructor_: {
    method: 'DELETE',
    path: '/constructor',
    params: [],
    responses: { '204': { media: 'none' } },
    security: [],
  },
  hasOwnProperty_: {
    method: 'GET',
    path: '/has-own-property',
    params: [],
    responses: { '204': { media: 'none' } },
    security: [],
  },
  then_: {
    method: 'GET',
    path: '/then',
    params: [],
    responses: { '200': { media: 'json', validate: validateThenResponse200 } },
    security: [],
  },
  toString_: {
    method: 'GET',
    path: '/to-string',
    params: [],
    responses: { '204': { media: 'none' } },
    security: [['then', 'toString']],
  },
  valueOf_: {
    method: 'POST',
    path: '/value-of/{constructor}',
    params: [
      { name: 'constructor', in: 'path', style: 'simple', explode: false },
      { name: 'hasOwnProperty', in: 'query', style: 'form', explode: true },
    ],
    body: { contentType: 'application/json', validate: validateValueOfBody },
    validateParams: { path: validateValueOfPathParams, query: validateValueOfQueryParams },
    responses: { '204': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'then', option: 'then_', scheme: 'apiKey', in: 'query', name: 'key' },
  { key: 'toString', option: 'toString_', scheme: 'apiKey', in: 'header', name: 'X-Key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Built-in names. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { then: options.then_, toString: options.toString_ },
  });
  return {
    constructor_: (request) =>
      call(operationSpecs.constructor_, request) as Promise<ConstructorResult>,
    hasOwnProperty_: (request) =>
      call(operationSpecs.hasOwnProperty_, request) as Promise<HasOwnPropertyResult>,
    then_: (request) => call(operationSpecs.then_, request) as Promise<ThenResult>,
    toString_: (request) => call(operationSpecs.toString_, request) as Promise<ToStringResult>,
    valueOf_: (request) => call(operationSpecs.valueOf_, request) as Promise<ValueOfResult>,
  };
}
