// Generated from test/fixtures/composition.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type { CreatePetBody, CreatePetResponse201, CreatePetResponseDefault } from './types.gen.js';
import {
  validateCreatePetBody,
  validateCreatePetResponse201,
  validateCreatePetResponseDefault,
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
/** The argument of `createPet`. */
export interface CreatePetRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body: CreatePetBody;
}

/** What `createPet` resolves to: narrow on `ok` or `status`. Never rejects. */
export type CreatePetResult =
  | runtime.Success<201, CreatePetResponse201>
  | runtime.Success<Exclude<runtime.Status2xx, 201>, CreatePetResponseDefault>
  | runtime.Failure<
      runtime.Status3xx | runtime.Status4xx | runtime.Status5xx,
      CreatePetResponseDefault
    >
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `POST /pets` */
  createPet(request: CreatePetRequest): Promise<CreatePetResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  createPet: {
    method: 'POST',
    path: '/pets',
    params: [],
    body: { contentType: 'application/json', validate: validateCreatePetBody },
    responses: {
      '201': { media: 'json', validate: validateCreatePetResponse201 },
      default: { media: 'json', validate: validateCreatePetResponseDefault },
    },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Composition. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    createPet: (request) => call(operationSpecs.createPet, request) as Promise<CreatePetResult>,
  };
}
