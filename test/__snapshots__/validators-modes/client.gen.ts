// Generated from test/fixtures/validators-modes.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  CreateAccountBody,
  CreateAccountResponse200,
  GetPetPathParams,
  GetPetResponse200,
} from './types.gen.js';
import {
  validateCreateAccountBody,
  validateCreateAccountResponse200,
  validateGetPetPathParams,
  validateGetPetResponse200,
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
/** The argument of `createAccount`. */
export interface CreateAccountRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: CreateAccountBody;
}

/** What `createAccount` resolves to: narrow on `ok` or `status`. Never rejects. */
export type CreateAccountResult =
  | runtime.Success<200, CreateAccountResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `getPet`. */
export interface GetPetRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: GetPetPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `getPet` resolves to: narrow on `ok` or `status`. Never rejects. */
export type GetPetResult =
  | runtime.Success<200, GetPetResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `POST /accounts` */
  createAccount(request: CreateAccountRequest): Promise<CreateAccountResult>;
  /** `GET /pets/{petId}` */
  getPet(request: GetPetRequest): Promise<GetPetResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  createAccount: {
    method: 'POST',
    path: '/accounts',
    params: [],
    body: { contentType: 'application/json', validate: validateCreateAccountBody },
    responses: { '200': { media: 'json', validate: validateCreateAccountResponse200 } },
    security: [],
  },
  getPet: {
    method: 'GET',
    path: '/pets/{petId}',
    params: [{ name: 'petId', in: 'path', style: 'simple', explode: false }],
    validateParams: { path: validateGetPetPathParams },
    responses: { '200': { media: 'json', validate: validateGetPetResponse200 } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Validator modes. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    createAccount: (request) =>
      call(operationSpecs.createAccount, request) as Promise<CreateAccountResult>,
    getPet: (request) => call(operationSpecs.getPet, request) as Promise<GetPetResult>,
  };
}
