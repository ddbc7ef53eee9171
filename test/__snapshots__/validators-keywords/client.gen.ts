// Generated from test/fixtures/validators-keywords.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  CreateThingBody,
  CreateThingHeaders,
  CreateThingQueryParams,
  CreateThingResponse201,
} from './types.gen.js';
import {
  validateCreateThingBody,
  validateCreateThingHeaders,
  validateCreateThingQueryParams,
  validateCreateThingResponse201,
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
/** The argument of `createThing`. */
export interface CreateThingRequest extends runtime.RequestOptions {
  /** Query parameters, serialised with their documented style/explode. */
  query?: CreateThingQueryParams;
  /** Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`). */
  headers: CreateThingHeaders & Record<string, unknown>;
  /** Request body, sent as `application/json`. */
  body: CreateThingBody;
}

/** What `createThing` resolves to: narrow on `ok` or `status`. Never rejects. */
export type CreateThingResult =
  | runtime.Success<201, CreateThingResponse201>
  | runtime.Failure<Exclude<runtime.HttpStatus, 201>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `POST /things` */
  createThing(request: CreateThingRequest): Promise<CreateThingResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  createThing: {
    method: 'POST',
    path: '/things',
    params: [
      { name: 'limit', in: 'query', style: 'form', explode: true },
      { name: 'X-Trace', in: 'header', style: 'simple', explode: false },
    ],
    body: { contentType: 'application/json', validate: validateCreateThingBody },
    validateParams: { query: validateCreateThingQueryParams, header: validateCreateThingHeaders },
    responses: { '201': { media: 'json', validate: validateCreateThingResponse201 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Validator keywords. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    createThing: (request) =>
      call(operationSpecs.createThing, request) as Promise<CreateThingResult>,
  };
}
