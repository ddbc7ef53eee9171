// Generated from test/fixtures/oas32-details.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  AddPetBody,
  AddPetResponse201,
  AddPetResponse204,
  SearchPetsResponse200,
} from './types.gen.js';
import {
  validateAddPetBody,
  validateAddPetResponse201,
  validateSearchPetsResponse200,
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
  /** Base URL of the API. Default: `https://api.example.com` (the spec's first server). */
  baseUrl?: string;
  /**
   * `legacyKey`: API key, sent in the header header `X-Api-Key`.
   *
   * The old key.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  apiKey?: runtime.Credential;
  /**
   * `oauth`: oauth2 access token, sent as `Authorization: Bearer <token>`.
   *
   * A string, or a function returning one (called before every attempt, so it can refresh a token).
   */
  oauth?: runtime.Credential;
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
/** The argument of `addPet`. */
export interface AddPetRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/json`. */
  body?: AddPetBody;
}

/** What `addPet` resolves to: narrow on `ok` or `status`. Never rejects. */
export type AddPetResult =
  | runtime.Success<201, AddPetResponse201>
  | runtime.Success<204, AddPetResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 201 | 204>, unknown>
  | runtime.TransportError;

/** The argument of `searchPets`. */
export interface SearchPetsRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `searchPets` resolves to: narrow on `ok` or `status`. Never rejects. */
export type SearchPetsResult =
  | runtime.Success<200, SearchPetsResponse200>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /** `POST /pets` */
  addPet(request?: AddPetRequest): Promise<AddPetResult>;
  /** `GET /pets/search` */
  searchPets(request?: SearchPetsRequest): Promise<SearchPetsResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  addPet: {
    method: 'POST',
    path: '/pets',
    params: [],
    body: { contentType: 'application/json', validate: validateAddPetBody },
    responses: {
      '201': { media: 'json', validate: validateAddPetResponse201 },
      '204': { media: 'none' },
    },
    security: [['oauth'], ['legacyKey']],
  },
  searchPets: {
    method: 'GET',
    path: '/pets/search',
    params: [],
    responses: { '200': { media: 'json', validate: validateSearchPetsResponse200 } },
    security: [['oauth'], ['legacyKey']],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [
  { key: 'legacyKey', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-Api-Key' },
  { key: 'oauth', option: 'oauth', scheme: 'bearer' },
];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://api.example.com', variables: {} };

/** Creates a client for Details 3.2. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: { legacyKey: options.apiKey, oauth: options.oauth },
  });
  return {
    addPet: (request) => call(operationSpecs.addPet, request) as Promise<AddPetResult>,
    searchPets: (request) => call(operationSpecs.searchPets, request) as Promise<SearchPetsResult>,
  };
}
