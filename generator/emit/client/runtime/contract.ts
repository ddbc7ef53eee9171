// What the generated client hands the runtime: options, per-operation descriptors, call input.
import type { ValidationIssue } from './results.js';

/** A generated validator, seen structurally so the runtime does not import validators.gen.ts. */
export type Validator = (
  value: unknown,
  options?: { strict?: boolean },
) => { ok: boolean; errors?: readonly ValidationIssue[] };

/** A credential: the secret itself, or a function that returns it (called per attempt, e.g. to refresh a token). */
export type Credential = string | (() => string | Promise<string>);

/** A `fetch`-compatible function. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** First backoff delay; doubles per retry, with jitter. Default 500. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay. Default 8000. */
  maxDelayMs?: number;
  /** The longest `Retry-After` honoured; a longer one ends the retries and returns that response. Default 60000. */
  retryAfterCapMs?: number;
  /** Also retry POST and PATCH (or any non-idempotent method). An `Idempotency-Key` header does the same. */
  retryNonIdempotent?: boolean;
}

/** Per-call options every generated method accepts next to `path`, `query`, `headers` and `body`. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal;
  /** Per-attempt timeout (headers and body). Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Overrides the client's retry policy for this call; `false` disables retries. */
  retry?: RetryOptions | false;
}

/** Client options the runtime reads; the generated `ClientOptions` adds base URL and credentials. */
export interface RuntimeOptions {
  baseUrl?: string;
  serverVariables?: Record<string, string | undefined>;
  fetch?: Fetch;
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  validateRequests?: boolean;
  validateResponses?: boolean | 'strict';
}

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

/** How one parameter is serialised (OpenAPI `style`/`explode`, defaults already applied). */
export interface ParamSpec {
  name: string;
  in: ParamLocation;
  style: string;
  explode: boolean;
  allowReserved?: boolean;
}

/**
 * How a response body is read: JSON, text, binary (Blob), by the response's own content type (`any`,
 * for wildcard media such as `*\/*`), or not at all (no documented body).
 */
export type MediaKind = 'json' | 'text' | 'binary' | 'any' | 'none';

export interface ResponseSpec {
  media: MediaKind;
  validate?: Validator;
}

/** Everything the runtime needs to call one operation; generated once per operation. */
export interface OperationSpec {
  method: string;
  path: string;
  params: readonly ParamSpec[];
  body?: { contentType: string; validate?: Validator };
  validateParams?: Partial<Record<'path' | 'query' | 'header', Validator>>;
  /** Keys: '200', '4XX', 'default'. */
  responses: Readonly<Record<string, ResponseSpec>>;
  /** Alternatives, each a list of scheme keys that apply together; [] = no auth. */
  security: readonly (readonly string[])[];
}

export interface SecuritySchemeSpec {
  key: string;
  /** The client option holding the credential. */
  option: string;
  /** 'bearer' | 'basic' | another HTTP scheme | 'apiKey'. oauth2/openIdConnect send a bearer token. */
  scheme: string;
  in?: 'header' | 'query' | 'cookie';
  name?: string;
}

/** The generated method's argument as the runtime sees it. */
export interface CallInput extends RequestOptions {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  cookies?: Record<string, unknown>;
  body?: unknown;
}

/** What `createCaller` binds once per client. */
export interface CallerConfig {
  options: RuntimeOptions;
  baseUrl: string;
  schemes: readonly SecuritySchemeSpec[];
  /** Scheme key → the credential option's value. */
  credentials: Readonly<Record<string, Credential | undefined>>;
}

/** One call in flight. */
export interface CallState extends CallerConfig {
  op: OperationSpec;
  input: CallInput;
}
