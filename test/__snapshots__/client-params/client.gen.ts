// Generated from test/fixtures/client-params.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  SearchCookies,
  SearchHeaders,
  SearchPathParams,
  SearchQueryParams,
  SearchResponse200,
  SubmitFormBody,
  SubmitFormResponse204,
  UploadResponse204,
} from './types.gen.js';
import {
  validateSearchHeaders,
  validateSearchPathParams,
  validateSearchQueryParams,
  validateSearchResponse200,
  validateSubmitFormBody,
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
  /** Base URL of the API. Default: `https://params.example.com` (the spec's first server). */
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
/** The argument of `submitForm`. */
export interface SubmitFormRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/x-www-form-urlencoded`. */
  body: SubmitFormBody;
}

/** What `submitForm` resolves to: narrow on `ok` or `status`. Never rejects. */
export type SubmitFormResult =
  | runtime.Success<204, SubmitFormResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `search`. */
export interface SearchRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: SearchPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query: SearchQueryParams;
  /** Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: SearchHeaders & Record<string, unknown>;
  /** Cookie parameters, sent in the `Cookie` header. */
  cookies?: SearchCookies;
}

/** What `search` resolves to: narrow on `ok` or `status`. Never rejects. */
export type SearchResult =
  | runtime.Success<200, SearchResponse200>
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
  | runtime.Success<204, UploadResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `POST /forms` */
  submitForm(request: SubmitFormRequest): Promise<SubmitFormResult>;
  /** `GET /search/{id}/{label}/{matrix}` */
  search(request: SearchRequest): Promise<SearchResult>;
  /** `PUT /upload` */
  upload(request: UploadRequest): Promise<UploadResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  submitForm: {
    method: 'POST',
    path: '/forms',
    params: [],
    body: { contentType: 'application/x-www-form-urlencoded', validate: validateSubmitFormBody },
    responses: { '204': { media: 'none' } },
    security: [],
  },
  search: {
    method: 'GET',
    path: '/search/{id}/{label}/{matrix}',
    params: [
      { name: 'id', in: 'path', style: 'simple', explode: false },
      { name: 'label', in: 'path', style: 'label', explode: false },
      { name: 'matrix', in: 'path', style: 'matrix', explode: true },
      { name: 'tags', in: 'query', style: 'form', explode: true },
      { name: 'csv', in: 'query', style: 'form', explode: false },
      { name: 'spaced', in: 'query', style: 'spaceDelimited', explode: false },
      { name: 'piped', in: 'query', style: 'pipeDelimited', explode: false },
      { name: 'filter', in: 'query', style: 'deepObject', explode: true },
      { name: 'point', in: 'query', style: 'form', explode: true },
      { name: 'redirect', in: 'query', style: 'form', explode: true, allowReserved: true },
      { name: 'q', in: 'query', style: 'form', explode: true },
      { name: 'X-Trace', in: 'header', style: 'simple', explode: false },
      { name: 'session', in: 'cookie', style: 'form', explode: true },
    ],
    validateParams: {
      path: validateSearchPathParams,
      query: validateSearchQueryParams,
      header: validateSearchHeaders,
    },
    responses: { '200': { media: 'json', validate: validateSearchResponse200 } },
    security: [],
  },
  upload: {
    method: 'PUT',
    path: '/upload',
    params: [],
    body: { contentType: 'application/octet-stream' },
    responses: { '204': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://params.example.com', variables: {} };

/** Creates a client for Params. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    submitForm: (request) => call(operationSpecs.submitForm, request) as Promise<SubmitFormResult>,
    search: (request) => call(operationSpecs.search, request) as Promise<SearchResult>,
    upload: (request) => call(operationSpecs.upload, request) as Promise<UploadResult>,
  };
}
