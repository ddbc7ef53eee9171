// Generated from test/fixtures/docs-fields.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  AddNoteBody,
  AddNotePathParams,
  AddNoteResponse201,
  ReplaceOrderLinesBody,
  ReplaceOrderLinesCookies,
  ReplaceOrderLinesHeaders,
  ReplaceOrderLinesPathParams,
  ReplaceOrderLinesQueryParams,
  ReplaceOrderLinesResponse200,
  ReplaceOrderLinesResponse204,
  ReplaceOrderLinesResponse4XX,
  UploadAttachmentPathParams,
  UploadAttachmentResponse204,
} from './types.gen.js';
import {
  validateAddNoteBody,
  validateAddNotePathParams,
  validateReplaceOrderLinesBody,
  validateReplaceOrderLinesHeaders,
  validateReplaceOrderLinesPathParams,
  validateReplaceOrderLinesQueryParams,
  validateReplaceOrderLinesResponse200,
  validateReplaceOrderLinesResponse4XX,
  validateUploadAttachmentPathParams,
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
/** The argument of `uploadAttachment`. */
export interface UploadAttachmentRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: UploadAttachmentPathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `application/octet-stream`. */
  body: runtime.FetchBody;
}

/** What `uploadAttachment` resolves to: narrow on `ok` or `status`. Never rejects. */
export type UploadAttachmentResult =
  | runtime.Success<204, UploadAttachmentResponse204>
  | runtime.Failure<Exclude<runtime.HttpStatus, 204>, unknown>
  | runtime.TransportError;

/** The argument of `replaceOrderLines`. */
export interface ReplaceOrderLinesRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: ReplaceOrderLinesPathParams;
  /** Query parameters, serialised with their documented style/explode. */
  query: ReplaceOrderLinesQueryParams;
  /** Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`). */
  headers: ReplaceOrderLinesHeaders & Record<string, unknown>;
  /** Cookie parameters, sent in the `Cookie` header. */
  cookies?: ReplaceOrderLinesCookies;
  /** Request body, sent as `application/json`. */
  body: ReplaceOrderLinesBody;
}

/** What `replaceOrderLines` resolves to: narrow on `ok` or `status`. Never rejects. */
export type ReplaceOrderLinesResult =
  | runtime.Success<200, ReplaceOrderLinesResponse200>
  | runtime.Success<204, ReplaceOrderLinesResponse204>
  | runtime.Failure<runtime.Status4xx, ReplaceOrderLinesResponse4XX>
  | runtime.Failure<
      Exclude<runtime.Status2xx | runtime.Status3xx | runtime.Status5xx, 200 | 204>,
      unknown
    >
  | runtime.TransportError;

/** The argument of `addNote`. */
export interface AddNoteRequest extends runtime.RequestOptions {
  /** Path parameters, percent-encoded into the URL. */
  path: AddNotePathParams;
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
  /** Request body, sent as `multipart/form-data`. */
  body: AddNoteBody;
}

/** What `addNote` resolves to: narrow on `ok` or `status`. Never rejects. */
export type AddNoteResult =
  | runtime.Success<201, AddNoteResponse201>
  | runtime.Failure<Exclude<runtime.HttpStatus, 201>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Upload an attachment
   *
   * `PUT /orders/{order_id}/attachment`
   */
  uploadAttachment(request: UploadAttachmentRequest): Promise<UploadAttachmentResult>;
  /**
   * Replace the lines of an order
   *
   * Replaces every line; unknown products are rejected.
   *
   * `PUT /orders/{order_id}/lines`
   */
  replaceOrderLines(request: ReplaceOrderLinesRequest): Promise<ReplaceOrderLinesResult>;
  /**
   * Add a note with a file
   *
   * `POST /orders/{order_id}/notes`
   */
  addNote(request: AddNoteRequest): Promise<AddNoteResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  uploadAttachment: {
    method: 'PUT',
    path: '/orders/{order_id}/attachment',
    params: [{ name: 'order_id', in: 'path', style: 'simple', explode: false }],
    body: { contentType: 'application/octet-stream' },
    validateParams: { path: validateUploadAttachmentPathParams },
    responses: { '204': { media: 'none' } },
    security: [],
  },
  replaceOrderLines: {
    method: 'PUT',
    path: '/orders/{order_id}/lines',
    params: [
      { name: 'order_id', in: 'path', style: 'simple', explode: false },
      { name: 'dry_run', in: 'query', style: 'form', explode: true },
      { name: 'fields', in: 'query', style: 'form', explode: true },
      { name: 'legacy', in: 'query', style: 'form', explode: true },
      { name: 'Idempotency-Key', in: 'header', style: 'simple', explode: false },
      { name: 'session', in: 'cookie', style: 'form', explode: true },
    ],
    body: { contentType: 'application/json', validate: validateReplaceOrderLinesBody },
    validateParams: {
      path: validateReplaceOrderLinesPathParams,
      query: validateReplaceOrderLinesQueryParams,
      header: validateReplaceOrderLinesHeaders,
    },
    responses: {
      '200': { media: 'json', validate: validateReplaceOrderLinesResponse200 },
      '204': { media: 'none' },
      '4XX': { media: 'json', validate: validateReplaceOrderLinesResponse4XX },
    },
    security: [],
  },
  addNote: {
    method: 'POST',
    path: '/orders/{order_id}/notes',
    params: [{ name: 'order_id', in: 'path', style: 'simple', explode: false }],
    body: { contentType: 'multipart/form-data', validate: validateAddNoteBody },
    validateParams: { path: validateAddNotePathParams },
    responses: { '201': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = undefined;

/** Creates a client for Fields. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    uploadAttachment: (request) =>
      call(operationSpecs.uploadAttachment, request) as Promise<UploadAttachmentResult>,
    replaceOrderLines: (request) =>
      call(operationSpecs.replaceOrderLines, request) as Promise<ReplaceOrderLinesResult>,
    addNote: (request) => call(operationSpecs.addNote, request) as Promise<AddNoteResult>,
  };
}
