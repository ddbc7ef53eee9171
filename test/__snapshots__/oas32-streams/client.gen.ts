// Generated from test/fixtures/oas32-streams.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

import type {
  TailLogsNdjsonResponse200,
  TailLogsResponse200,
  TailLogsSeqResponse200,
  WatchEventsResponse200,
  WatchEventsResponse404,
} from './types.gen.js';
import {
  validateTailLogsNdjsonResponse200,
  validateTailLogsResponse200,
  validateTailLogsSeqResponse200,
  validateWatchEventsResponse200,
  validateWatchEventsResponse404,
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
/** The argument of `watchEvents`. */
export interface WatchEventsRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `watchEvents` resolves to: narrow on `ok` or `status`. Never rejects. */
export type WatchEventsResult =
  | runtime.Success<200, runtime.ItemStream<WatchEventsResponse200>>
  | runtime.Failure<404, WatchEventsResponse404>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200 | 404>, unknown>
  | runtime.TransportError;

/** The argument of `tailLogs`. */
export interface TailLogsRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `tailLogs` resolves to: narrow on `ok` or `status`. Never rejects. */
export type TailLogsResult =
  | runtime.Success<200, runtime.ItemStream<TailLogsResponse200>>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `tailLogsNdjson`. */
export interface TailLogsNdjsonRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `tailLogsNdjson` resolves to: narrow on `ok` or `status`. Never rejects. */
export type TailLogsNdjsonResult =
  | runtime.Success<200, runtime.ItemStream<TailLogsNdjsonResponse200>>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** The argument of `tailLogsSeq`. */
export interface TailLogsSeqRequest extends runtime.RequestOptions {
  /** Extra headers for this call (e.g. `Idempotency-Key`). */
  headers?: Record<string, string | undefined>;
}

/** What `tailLogsSeq` resolves to: narrow on `ok` or `status`. Never rejects. */
export type TailLogsSeqResult =
  | runtime.Success<200, runtime.ItemStream<TailLogsSeqResponse200>>
  | runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>
  | runtime.TransportError;

/** One method per operation. Methods never throw: every outcome is a result (see `TransportError`). */
export interface Client {
  /**
   * Server-Sent Events, one per change
   *
   * `GET /events`
   */
  watchEvents(request?: WatchEventsRequest): Promise<WatchEventsResult>;
  /** `GET /logs` */
  tailLogs(request?: TailLogsRequest): Promise<TailLogsResult>;
  /** `GET /logs/ndjson` */
  tailLogsNdjson(request?: TailLogsNdjsonRequest): Promise<TailLogsNdjsonResult>;
  /** `GET /logs/seq` */
  tailLogsSeq(request?: TailLogsSeqRequest): Promise<TailLogsSeqResult>;
}

/** What the runtime needs to call each operation: method, path, parameter styles, media, validators, security. */
const operationSpecs = {
  watchEvents: {
    method: 'GET',
    path: '/events',
    params: [],
    responses: {
      '200': { media: 'none' },
      '404': { media: 'json', validate: validateWatchEventsResponse404 },
    },
    security: [],
  },
  tailLogs: {
    method: 'GET',
    path: '/logs',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [],
  },
  tailLogsNdjson: {
    method: 'GET',
    path: '/logs/ndjson',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [],
  },
  tailLogsSeq: {
    method: 'GET',
    path: '/logs/seq',
    params: [],
    responses: { '200': { media: 'none' } },
    security: [],
  },
} satisfies Record<string, runtime.OperationSpec>;
/** The streamed responses of each operation that has them: how the body splits into items, and their validator. */
const streamSpecs = {
  watchEvents: { '200': { format: 'sse', validate: validateWatchEventsResponse200 } },
  tailLogs: { '200': { format: 'jsonl', validate: validateTailLogsResponse200 } },
  tailLogsNdjson: { '200': { format: 'jsonl', validate: validateTailLogsNdjsonResponse200 } },
  tailLogsSeq: { '200': { format: 'json-seq', validate: validateTailLogsSeqResponse200 } },
} satisfies Record<string, Record<string, runtime.StreamSpec>>;
/** How each security scheme attaches its credential. */
const securitySchemeSpecs: runtime.SecuritySchemeSpec[] = [];
/** The spec's first server and its variables' defaults (`undefined`: the spec has none). */
const defaultServer = { url: 'https://api.example.com', variables: {} };

/** Creates a client for Streams 3.2. Configuration errors (no base URL) throw here; calls never throw. */
export function createClient(options: ClientOptions = {}): Client {
  const call = runtime.createCaller({
    options,
    baseUrl: runtime.resolveBaseUrl(options, defaultServer),
    schemes: securitySchemeSpecs,
    credentials: {},
  });
  return {
    watchEvents: (request) =>
      runtime.callStream({
        call,
        op: operationSpecs.watchEvents,
        streams: streamSpecs.watchEvents,
        accept: 'text/event-stream, application/json',
        options,
        input: request,
      }) as Promise<WatchEventsResult>,
    tailLogs: (request) =>
      runtime.callStream({
        call,
        op: operationSpecs.tailLogs,
        streams: streamSpecs.tailLogs,
        accept: 'application/jsonl',
        options,
        input: request,
      }) as Promise<TailLogsResult>,
    tailLogsNdjson: (request) =>
      runtime.callStream({
        call,
        op: operationSpecs.tailLogsNdjson,
        streams: streamSpecs.tailLogsNdjson,
        accept: 'application/x-ndjson',
        options,
        input: request,
      }) as Promise<TailLogsNdjsonResult>,
    tailLogsSeq: (request) =>
      runtime.callStream({
        call,
        op: operationSpecs.tailLogsSeq,
        streams: streamSpecs.tailLogsSeq,
        accept: 'application/json-seq',
        options,
        input: request,
      }) as Promise<TailLogsSeqResult>,
  };
}
