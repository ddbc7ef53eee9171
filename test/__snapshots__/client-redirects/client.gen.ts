// Generated from test/fixtures/client-redirects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  CreateThingBody,
  CreateThingResponse200,
  GetThingResponse200,
  ReplaceThingBody,
  ReplaceThingResponse200,
  UploadResponse200,
} from './types.gen.js';
import {
  validateCreateThingBody,
  validateCreateThingResponse200,
  validateGetThingResponse200,
  validateReplaceThingBody,
  validateReplaceThingResponse200,
  validateUploadResponse200,
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
  /**
   * `cookieKey`: API key, sent in the cookie parameter `session`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  cookieKey?: runtime.Credential;
  /**
   * `headerKey`: API key, sent in the header header `X-API-Key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  headerKey?: runtime.Credential;
  /**
   * `queryKey`: API key, sent in the query parameter `api_key`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  queryKey?: runtime.Credential;
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
/** The argument of `getThing`. */
export interface GetThingRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getThing` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetThingResult =
  | runtime.Success<200, GetThingResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `replaceThing`. */
export interface ReplaceThingRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: ReplaceThingBody;
}

/** What `replaceThing` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ReplaceThingResult =
  | runtime.Success<200, ReplaceThingResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `createThing`. */
export interface CreateThingRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: CreateThingBody;
}

/** What `createThing` resolves to: narrow on `ok` or `status`. Never rejects. */
export type CreateThingResult =
  | runtime.Success<200, CreateThingResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `upload`. */
export interface UploadRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/octet-stream`. */
  body: runtime.FetchBody;
}

/** What `upload` resolves to: narrow on `ok` or `status`. Never rejects. */
export type UploadResult =
  | runtime.Success<200, UploadResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `GET /thing` */
  getThing(request?: GetThingRequest): Promise<GetThingResult>;
  /** `PUT /thing` */
  replaceThing(request: ReplaceThingRequest): Promise<ReplaceThingResult>;
  /** `POST /thing` */
  createThing(request: CreateThingRequest): Promise<CreateThingResult>;
  /** `POST /upload` */
  upload(request: UploadRequest): Promise<UploadResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  getThing: {
    method: 'GET',
    path: '/thing',
    params: [],
    responses: { '200': { media: 'json', validate: validateGetThingResponse200 } },
    security: [['bearerAuth'], ['basicAuth'], ['headerKey'], ['queryKey'], ['cookieKey']],
  },
  replaceThing: {
    method: 'PUT',
    path: '/thing',
    params: [],
    body: { contentType: 'application/json', validate: validateReplaceThingBody },
    responses: { '200': { media: 'json', validate: validateReplaceThingResponse200 } },
    security: [['bearerAuth'], ['basicAuth'], ['headerKey'], ['queryKey'], ['cookieKey']],
  },
  createThing: {
    method: 'POST',
    path: '/thing',
    params: [],
    body: { contentType: 'application/json', validate: validateCreateThingBody },
    responses: { '200': { media: 'json', validate: validateCreateThingResponse200 } },
    security: [['bearerAuth'], ['basicAuth'], ['headerKey'], ['queryKey'], ['cookieKey']],
  },
  upload: {
    method: 'POST',
    path: '/upload',
    params: [],
    body: { contentType: 'application/octet-stream' },
    responses: { '200': { media: 'json', validate: validateUploadResponse200 } },
    security: [['bearerAuth'], ['basicAuth'], ['headerKey'], ['queryKey'], ['cookieKey']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'basicAuth', option: 'basicAuth', scheme: 'basic' },
  { key: 'bearerAuth', option: 'token', scheme: 'bearer' },
  { key: 'cookieKey', option: 'cookieKey', scheme: 'apiKey', in: 'cookie', name: 'session' },
  { key: 'headerKey', option: 'headerKey', scheme: 'apiKey', in: 'header', name: 'X-API-Key' },
  { key: 'queryKey', option: 'queryKey', scheme: 'apiKey', in: 'query', name: 'api_key' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Redirects. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {
      basicAuth: options.basicAuth,
      bearerAuth: options.token,
      cookieKey: options.cookieKey,
      headerKey: options.headerKey,
      queryKey: options.queryKey,
    },
  });
  return {
    getThing: (request) => call(operationSpecs.getThing, request) as Promise<GetThingResult>,
    replaceThing: (request) =>
      call(operationSpecs.replaceThing, request) as Promise<ReplaceThingResult>,
    createThing: (request) =>
      call(operationSpecs.createThing, request) as Promise<CreateThingResult>,
    upload: (request) => call(operationSpecs.upload, request) as Promise<UploadResult>,
  };
}
