// Generated from test/fixtures/oas32-streams.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

// The client runtime that every method in client.gen.ts calls: fetch, retries, timeouts, auth,
// serialisation, redaction. No dependencies and no `node:` imports. After a call starts nothing
// throws: every outcome is a result, and transport failures are `{ ok: false, status: 0, error }`.

// Result shapes every generated method returns, and the error class behind transport failures.

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<S extends string> = S extends `${infer N extends number}` ? N : never;

/** Every status a fetch `Response` can carry (200–599), as literals so `Exclude` keeps narrowing exact. */
export type HttpStatus = ToNumber<`${2 | 3 | 4 | 5}${Digit}${Digit}`>;
export type Status2xx = ToNumber<`2${Digit}${Digit}`>;
export type Status3xx = ToNumber<`3${Digit}${Digit}`>;
export type Status4xx = ToNumber<`4${Digit}${Digit}`>;
export type Status5xx = ToNumber<`5${Digit}${Digit}`>;

/** A documented success: `data` is typed from that status's schema. */
export interface Success<S extends number, T> {
  readonly ok: true;
  readonly status: S;
  readonly data: T;
  /** The raw response; its body is already read unless the spec documents none. Non-enumerable, so logging a result never prints its URL. */
  readonly response: Response;
}

/** An HTTP error status, documented (`error` typed from its schema) or not (`error: unknown`). */
export interface Failure<S extends number, E> {
  readonly ok: false;
  readonly status: S;
  readonly error: E;
  /** The raw response; its body is already read unless the spec documents none. Non-enumerable, so logging a result never prints its URL. */
  readonly response: Response;
}

/** Why a call produced no usable HTTP response. */
export type ClientErrorKind =
  'timeout' | 'aborted' | 'network' | 'parse' | 'validation' | 'credential' | 'redirect';

/** The call failed before or while talking HTTP: `status` is 0 and `error` says why. */
export interface TransportError {
  readonly ok: false;
  readonly status: 0;
  readonly error: ClientError;
  /** Present for `parse` and response `validation` failures. Non-enumerable. */
  readonly response?: Response;
}

/** One validation problem, shaped like the generated validators' `ValidationError`. */
export interface ValidationIssue {
  pointer: string;
  keyword: string;
  expected: string;
  message: string;
}

/** What a `ClientError` is built from (message and URL already redacted by the caller). */
export interface ErrorInit {
  kind: ClientErrorKind;
  message: string;
  method: string;
  url: string;
  attempts: number;
  status?: number;
  issues?: readonly ValidationIssue[];
  cause?: unknown;
}

/**
 * Why a call failed without a usable HTTP response. Never holds a credential: `url` and `message` are
 * redacted, `cause` is a redacted copy, and `toJSON` lists only the fields below.
 */
export class ClientError extends Error {
  override readonly name = 'ClientError';
  readonly kind: ClientErrorKind;
  readonly method: string;
  /** The request URL with credentials in the query replaced by `***`. */
  readonly url: string;
  /** HTTP status when a response arrived but could not be used (`parse`, response `validation`). */
  readonly status: number | undefined;
  /** HTTP requests sent, retries included (0 when the call stopped before sending). */
  readonly attempts: number;
  readonly issues: readonly ValidationIssue[];

  constructor(init: ErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.attempts = init.attempts;
    this.issues = init.issues ?? [];
  }

  /** The fields above and nothing else: no cause, no stack, no headers. */
  toJSON(): Record<string, unknown> {
    const { name, kind, message, method, url, status, attempts, issues } = this;
    return { name, kind, message, method, url, status, attempts, issues };
  }
}

/** An HTTP result; `response` is attached non-enumerable so JSON.stringify and console.log skip it. */
export function httpResult(
  ok: boolean,
  status: number,
  value: unknown,
  response: Response,
): unknown {
  const result = ok ? { ok, status, data: value } : { ok, status, error: value };
  return Object.defineProperty(result, 'response', { value: response, enumerable: false });
}

/** A transport failure result (`status: 0`), with the response when one arrived. */
export function transportError(error: ClientError, response?: Response): TransportError {
  const result = { ok: false as const, status: 0 as const, error };
  if (response) Object.defineProperty(result, 'response', { value: response, enumerable: false });
  return result;
}

// What the generated client hands the runtime: options, per-operation descriptors, call input.

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

// Parameter and body serialisation (OpenAPI 3.1 §4.8.12.4 style/explode, RFC 6570 expansions).

/** Fills `{name}` in the path template with serialised, percent-encoded values (style simple/label/matrix). */
export function expandPath(
  op: Pick<OperationSpec, 'path' | 'params'>,
  values: Record<string, unknown>,
): string {
  return op.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    const value = own(values, name);
    if (!param || value === undefined || value === null) return whole;
    const enc = encodeURIComponent;
    if (param.style === 'label')
      return '.' + simpleValue(value, param.explode, enc, param.explode ? '.' : ',');
    if (param.style === 'matrix') return matrixValue(name, value, param.explode);
    return simpleValue(value, param.explode, enc);
  });
}

function matrixValue(name: string, value: unknown, explode: boolean): string {
  const enc = encodeURIComponent;
  if (Array.isArray(value)) {
    return explode
      ? value.map((v) => `;${enc(name)}=${enc(scalar(v))}`).join('')
      : `;${enc(name)}=${value.map((v) => enc(scalar(v))).join(',')}`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return explode
      ? entries.map(([k, v]) => `;${enc(k)}=${enc(scalar(v))}`).join('')
      : `;${enc(name)}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`;
  }
  return `;${enc(name)}=${enc(scalar(value))}`;
}

/** RFC 6570 simple expansion: arrays `a,b`; objects `k,v,k2,v2` or exploded `k=v,k2=v2`. */
export function simpleValue(
  value: unknown,
  explode: boolean,
  enc: (s: string) => string,
  separator = ',',
): string {
  if (Array.isArray(value)) return value.map((v) => enc(scalar(v))).join(separator);
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return explode
      ? entries.map(([k, v]) => `${enc(k)}=${enc(scalar(v))}`).join(separator)
      : entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',');
  }
  return enc(scalar(value));
}

/** `?a=1&b=2` for the query parameters (form by default; spaceDelimited, pipeDelimited, deepObject), '' if none. */
export function queryString(params: readonly ParamSpec[], values: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const p of params) {
    if (p.in !== 'query') continue;
    const value = own(values, p.name);
    if (value === undefined) continue;
    // allowReserved keeps RFC 3986 reserved characters, except those that would end the value (&, =, #).
    const enc = p.allowReserved
      ? (s: string) =>
          encodeURIComponent(s).replace(/%(2F|3A|3F|40|21|24|27|28|29|2A|2B|2C|3B|5B|5D)/gi, (m) =>
            decodeURIComponent(m),
          )
      : encodeURIComponent;
    const name = enc(p.name);
    if (p.style === 'deepObject' && isPlainObject(value)) {
      for (const [k, v] of Object.entries(value))
        if (v !== undefined) parts.push(`${name}[${enc(k)}]=${enc(scalar(v))}`);
    } else if (Array.isArray(value)) {
      const separator =
        p.style === 'spaceDelimited' ? '%20' : p.style === 'pipeDelimited' ? '|' : ',';
      if (p.explode && p.style === 'form')
        for (const v of value) parts.push(`${name}=${enc(scalar(v))}`);
      else parts.push(`${name}=${value.map((v) => enc(scalar(v))).join(separator)}`);
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (p.explode) for (const [k, v] of entries) parts.push(`${enc(k)}=${enc(scalar(v))}`);
      else
        parts.push(`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`);
    } else {
      parts.push(`${name}=${enc(scalar(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The `Cookie` header value for the cookie parameters (`a=1; b=2`), '' if none. */
export function cookieString(
  params: readonly ParamSpec[],
  values: Record<string, unknown>,
): string {
  const parts: string[] = [];
  for (const p of params) {
    const value = own(values, p.name);
    if (p.in === 'cookie' && value !== undefined)
      parts.push(`${p.name}=${simpleValue(value, p.explode, encodeURIComponent)}`);
  }
  return parts.join('; ');
}

/** One value as text: null → '', Date → ISO string, objects → JSON. */
export function scalar(value: unknown): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A record to spread into fields (not an array, Date or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * A body fetch accepts, read off whichever lib declares fetch: DOM's global `BodyInit` is missing
 * from a Node-only project (`types: ["node"]`, no DOM lib), while `RequestInit` is in both.
 */
export type FetchBody = NonNullable<RequestInit['body']>;

/** The request body in the documented media type: JSON text, form fields, multipart, text, or as given. */
export function encodeBody(contentType: string, body: unknown): FetchBody {
  if (isJson(contentType)) return JSON.stringify(body);
  if (/^application\/x-www-form-urlencoded/i.test(contentType) && isPlainObject(body)) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) form.append(k, scalar(item));
    }
    return form;
  }
  if (/^multipart\/form-data/i.test(contentType) && isPlainObject(body)) {
    const form = new FormData();
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v])
        form.append(k, item instanceof Blob ? item : scalar(item));
    }
    return form;
  }
  if (/^text\//i.test(contentType) && typeof body !== 'string') return scalar(body);
  // Other media: bytes and streams go as given; a structured value in a media type we cannot encode
  // (e.g. a non-standard `application/form-data`) goes as JSON text, the one lossless reading.
  return isBodyInit(body) ? body : JSON.stringify(body);
}

function isBodyInit(body: unknown): body is FetchBody {
  return (
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof URLSearchParams ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  );
}

/** True for `text/*` and XML (`application/xml`, `+xml`): bodies read as strings. */
export function isText(contentType: string): boolean {
  return (
    /^text\//i.test(contentType.trim()) ||
    /^application\/(?:[^;\s]*\+)?xml\s*(?:;|$)/i.test(contentType.trim())
  );
}

/** True for `application/json`, `application/problem+json` and other `+json` types. */
export function isJson(contentType: string): boolean {
  return /^[^/;\s]+\/(?:[^;\s]*\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

/**
 * `record[key]` if it is the record's own: a parameter or credential named `valueOf` or
 * `constructor` that the caller left out must not read Object.prototype's function instead.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

// When to try again and how long to wait.

/** The retry policy when neither the client nor the call says otherwise. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  retryAfterCapMs: 60_000,
  retryNonIdempotent: false,
};
/** Methods retried without an opt-in: repeating them has the same effect as sending once (RFC 9110 §9.2.2). */
export const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/** Statuses worth another attempt: request timeout, rate limited, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Delay before the next attempt: `Retry-After` when present (undefined = over the cap, stop), else backoff. */
export function retryDelay(
  headers: Headers,
  retry: Required<RetryOptions>,
  attempt: number,
): number | undefined {
  const after = parseRetryAfter(headers, Date.now());
  if (after === undefined) return backoff(retry, attempt);
  return after <= retry.retryAfterCapMs ? after : undefined;
}

/** `Retry-After` (delta-seconds or HTTP date, RFC 9110 §10.2.3) or `retry-after-ms`, in ms; undefined if absent or invalid. */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names a weekday or month; without letters, Date.parse would accept '-1' as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients spread out. */
export function backoff(retry: Required<RetryOptions> | undefined, attempt: number): number {
  if (!retry) return 0;
  const delay = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return delay / 2 + Math.random() * (delay / 2);
}

/** setTimeout's largest delay; longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Waits `ms`; resolves false at once if the caller's signal aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  // setTimeout fires at once for delays past 2^31 - 1 ms; clamp instead.
  ms = Math.min(ms, MAX_TIMER_MS);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// Per-attempt timeouts, combined with the caller's signal, at the lowest cost per call.

/** One attempt's signal, and after the attempt, whether it timed out or the caller aborted. */
export interface AttemptSignal {
  /** Undefined when there is neither a timeout nor a caller signal: fetch then gets none. */
  signal: AbortSignal | undefined;
  kind(): 'timeout' | 'aborted' | undefined;
  /** The attempt is over (response read or failed): stop its timer. */
  done(): void;
}

const NO_SIGNAL: AttemptSignal = {
  signal: undefined,
  kind: () => undefined,
  done: () => undefined,
};

/**
 * The signal for one attempt. With a caller signal: a controller of its own that aborts on either,
 * remembering which (`AbortSignal.any` would not say). Without one, attempts share a timeout bucket:
 * creating an AbortSignal costs Node tens of microseconds, a real part of a loopback call.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const timed = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS;
  if (!caller) return timed ? sharedTimeout(timeoutMs) : NO_SIGNAL;
  const controller = new AbortController();
  let kind: 'timeout' | 'aborted' | undefined;
  const onAbort = () => {
    kind ??= 'aborted';
    controller.abort(caller.reason);
  };
  const timer = timed
    ? setTimeout(() => {
        kind ??= 'timeout';
        controller.abort(timeoutError(timeoutMs));
      }, timeoutMs)
    : undefined;
  if (caller.aborted) onAbort();
  else caller.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    kind: () => kind,
    done: () => {
      clearTimeout(timer);
      caller.removeEventListener('abort', onAbort);
    },
  };
}

interface Bucket {
  controller: AbortController;
  /** Attempts in flight. */
  pending: number;
  /** Attempts ever assigned; capped (see BUCKET_CAPACITY). */
  assigned: number;
  /** When the window closes (ms since epoch); no attempt joins after. */
  closes: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** Per timeout value, the bucket attempts join now. */
const OPEN = new Map<number, Bucket>();
// Node's fetch adds an abort listener per request that stays until the request is garbage-collected,
// and lists the signal's listeners on every new request: a few per signal keep that cheap.
const BUCKET_CAPACITY = 16;

/**
 * Attempts that start within the same short window (1/64 of the timeout, at most 1 s) and have the
 * same timeout share one controller and one timer, which fires when the last of them is due: every
 * attempt still in flight then is past its own deadline, so a timeout lands between `timeoutMs` and
 * `timeoutMs` + 1/64. A bucket whose attempts all finished is dropped without aborting anything.
 */
function sharedTimeout(timeoutMs: number): AttemptSignal {
  const now = Date.now();
  let bucket = OPEN.get(timeoutMs);
  if (!bucket || now >= bucket.closes || bucket.assigned >= BUCKET_CAPACITY)
    bucket = openBucket(timeoutMs, now);
  const mine = bucket;
  mine.pending++;
  mine.assigned++;
  let finished = false;
  return {
    signal: mine.controller.signal,
    kind: () => (mine.controller.signal.aborted ? 'timeout' : undefined),
    done: () => {
      if (finished) return;
      finished = true;
      // Nobody joins a bucket whose window has closed: once it is idle, drop it and its timer.
      if (--mine.pending === 0 && Date.now() >= mine.closes) closeBucket(timeoutMs, mine);
    },
  };
}

function openBucket(timeoutMs: number, now: number): Bucket {
  const width = Math.min(1000, Math.max(1, Math.floor(timeoutMs / 64)));
  const closes = (Math.floor(now / width) + 1) * width;
  const bucket: Bucket = {
    controller: new AbortController(),
    pending: 0,
    assigned: 0,
    closes,
    timer: undefined,
  };
  bucket.timer = setTimeout(
    () => {
      if (bucket.pending > 0) bucket.controller.abort(timeoutError(timeoutMs));
      closeBucket(timeoutMs, bucket);
    },
    closes - now + timeoutMs,
  );
  // In Node, the timer alone must not keep the process alive: an attempt in flight has a socket that does.
  (bucket.timer as { unref?: () => void }).unref?.();
  OPEN.set(timeoutMs, bucket);
  return bucket;
}

function closeBucket(timeoutMs: number, bucket: Bucket): void {
  clearTimeout(bucket.timer);
  if (OPEN.get(timeoutMs) === bucket) OPEN.delete(timeoutMs);
}

function timeoutError(timeoutMs: number): DOMException {
  return new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError');
}

// Keeps credentials out of everything a caller can print: messages, URLs, error causes.

const MIN_SECRET_LENGTH = 6;

/** What to hide: credential values, and the query parameters that carry credentials. */
export interface Hidden {
  secrets: readonly string[];
  queryKeys: readonly string[];
}

/**
 * The text with query credentials, URL passwords and any known secret replaced by `***`, and nothing
 * else. A query value ends at `&`, `#`, or a character that percent-encoding never leaves in a value
 * (whitespace, `"`, `<`, `>`, a backtick), so the words after a URL in a message stay.
 */
export function redact(text: string, { secrets, queryKeys }: Hidden): string {
  let out = text.replace(/(\/\/[^/?#@:\s]*:)[^/?#@\s]*@/g, '$1***@');
  for (const key of queryKeys) {
    const name = encodeURIComponent(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`([?&]${name}=)[^&#\\s"<>\`]*`, 'g'), '$1***');
  }
  for (const secret of secrets) {
    // Free-text replacement needs a secret long enough not to match ordinary words ('t' would blank
    // every letter t); query keys above are redacted by name whatever their length.
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      out = out.split(form).join('***');
  }
  return out;
}

/** A copy of an error chain with every secret redacted (a fetch error can quote the URL it failed on). */
export function scrub(error: unknown, hidden: Hidden, depth = 0): unknown {
  if (error === undefined || depth > 4) return undefined;
  if (!(error instanceof Error))
    return typeof error === 'string' ? redact(error, hidden) : undefined;
  const cause = (error as { cause?: unknown }).cause;
  const copy = new Error(
    redact(error.message, hidden),
    cause === undefined ? undefined : { cause: scrub(cause, hidden, depth + 1) },
  );
  copy.name = error.name;
  copy.stack = redact(error.stack ?? '', hidden);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** An error's message plus its cause's code or message (`fetch failed: ECONNRESET`). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const detail =
    cause instanceof Error ? `: ${(cause as { code?: unknown }).code ?? cause.message}` : '';
  return `${error.message}${detail}`;
}

// Credentials from securitySchemes: HTTP bearer/basic, API keys in header, query or cookie.

/** One attempt's request as the credentials change it, plus what must be redacted afterwards. */
export interface AuthTarget {
  headers: Record<string, string>;
  url: string;
  /** Every credential value sent, for redaction. */
  secrets: string[];
  /** Query parameter names that carry credentials, for redaction. */
  redactKeys: string[];
}

/**
 * Adds the credentials of the first security alternative whose credentials are all configured (none
 * configured: the request goes without, and the server's 401 comes back as a typed result), updating
 * `target`. Synchronous unless a credential is a function, which is called per attempt (token refresh).
 */
export function applyCredentials(state: CallState, target: AuthTarget): void | Promise<void> {
  const { op, schemes, credentials } = state;
  const alternative = op.security.find((keys) =>
    keys.every((key) => own(credentials, key) != null),
  );
  if (!alternative) return;
  const values = alternative.map((key) => own(credentials, key)!);
  const attach = (resolved: unknown[]): void => {
    alternative.forEach((key, i) => {
      const scheme = schemes.find((s) => s.key === key);
      const secret = resolved[i];
      if (!scheme) return;
      if (typeof secret !== 'string' || secret === '') {
        throw new TypeError(`credential option ${scheme.option} resolved to no string`);
      }
      target.secrets.push(secret);
      attachOne(scheme, secret, target);
    });
  };
  if (values.every((v) => typeof v === 'string')) return attach(values);
  return Promise.all(values.map((v) => (typeof v === 'function' ? v() : v))).then(attach);
}

function attachOne(scheme: SecuritySchemeSpec, secret: string, target: AuthTarget): void {
  const { headers } = target;
  if (scheme.scheme === 'apiKey') {
    const name = scheme.name ?? scheme.key;
    if (scheme.in === 'query') {
      target.redactKeys.push(name);
      target.url += `${target.url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(secret)}`;
    } else if (scheme.in === 'cookie') {
      const pair = `${name}=${encodeURIComponent(secret)}`;
      headers.cookie = headers.cookie ? `${headers.cookie}; ${pair}` : pair;
    } else {
      headers[name.toLowerCase()] ??= secret;
    }
    return;
  }
  // An Authorization header the caller set explicitly wins over the configured credential.
  if (headers.authorization !== undefined) return;
  const encoded = scheme.scheme === 'basic' ? base64(secret) : secret;
  if (encoded !== secret) target.secrets.push(encoded);
  headers.authorization = `${authPrefix(scheme.scheme)} ${encoded}`;
}

function authPrefix(scheme: string): string {
  if (scheme === 'apiKey' || scheme === 'bearer') return 'Bearer';
  return scheme.charAt(0).toUpperCase() + scheme.slice(1);
}

/** Base64 of the UTF-8 bytes (btoa alone rejects non-Latin-1 text such as `pässword`). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Runs the generated request validators before anything is sent.

/** Problems with the call's input: missing path parameters, then whatever the generated validators report. */
export function validateRequest(op: OperationSpec, input: CallInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const p of op.params) {
    if (p.in === 'path' && own(input.path, p.name) == null) {
      issues.push({
        pointer: `/path/${escapePointer(p.name)}`,
        keyword: 'required',
        expected: 'a value',
        message: `missing path parameter ${p.name}`,
      });
    }
  }
  const groups: [
    keyof NonNullable<OperationSpec['validateParams']>,
    Record<string, unknown> | undefined,
  ][] = [
    ['path', input.path],
    ['query', input.query],
    ['header', declaredOnly(op, input.headers)],
  ];
  for (const [where, value] of groups) {
    const validate = op.validateParams?.[where];
    if (validate) collect(issues, `/${where}`, safely(validate, value ?? {}));
  }
  if (op.body?.validate && input.body !== undefined)
    collect(issues, '/body', safely(op.body.validate, input.body));
  return issues;
}

/**
 * The validator's verdict; when the validator itself throws (a value nested deeper than its stack
 * allows, a getter that throws), one issue at the root that says so. The call then reports a
 * validation problem with the value: never a transport failure, never a thrown error.
 */
export function safely(
  validate: Validator,
  value: unknown,
  options?: { strict?: boolean },
): ReturnType<Validator> {
  try {
    return validate(value, options);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `could not be checked (${reason})`;
    return {
      ok: false,
      errors: [{ pointer: '', keyword: 'validator', expected: 'a checkable value', message }],
    };
  }
}

/** The documented header parameters only: extra headers (Idempotency-Key, tracing) are not the schema's business. */
function declaredOnly(
  op: OperationSpec,
  headers: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!headers) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of op.params)
    if (p.in === 'header' && own(headers, p.name) !== undefined) out[p.name] = headers[p.name];
  return out;
}

/** Appends a validator's errors to `into`, their pointers prefixed with the part checked (`/body`). */
export function collect(
  into: ValidationIssue[],
  prefix: string,
  result: ReturnType<Validator>,
): void {
  if (result.ok) return;
  for (const issue of result.errors ?? []) into.push({ ...issue, pointer: prefix + issue.pointer });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

// Turns a fetch Response into the typed result: match the documented status, read the body.

/** Reads the body the way the matched response documents it and builds the typed result. */
export async function readResult(args: {
  op: OperationSpec;
  response: Response;
  options: RuntimeOptions;
  method: string;
  fail: (init: Omit<ErrorInit, 'method' | 'url' | 'attempts'>) => TransportError;
}): Promise<unknown> {
  const { op, response, options, method, fail } = args;
  const status = response.status;
  const matched =
    op.responses[String(status)] ??
    op.responses[`${Math.floor(status / 100)}XX`] ??
    op.responses.default;
  const ok = matched !== undefined && status >= 200 && status < 300;
  if (!matched) return httpResult(false, status, await readLoosely(response, method), response);
  if (matched.media === 'none' || method === 'HEAD')
    return httpResult(ok, status, undefined, response);
  const read = await readBody(matched.media, response);
  if ('problem' in read)
    return fail({
      kind: 'parse',
      status,
      message: `${status} response: ${read.problem}`,
      cause: read.cause,
    });
  const value = read.value;
  // A Blob (binary media behind a wildcard) is not what the schema describes; it is not validated.
  if (
    options.validateResponses &&
    matched.validate &&
    !(typeof Blob !== 'undefined' && value instanceof Blob)
  ) {
    const result = safely(matched.validate, value, {
      strict: options.validateResponses === 'strict',
    });
    if (!result.ok) {
      const issues: ValidationIssue[] = [];
      collect(issues, '/body', result);
      return fail({
        kind: 'validation',
        status,
        issues,
        message: `${status} response: body does not match the schema (${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')})`,
      });
    }
  }
  return httpResult(ok, status, value, response);
}

/**
 * A documented body in its media: JSON must be JSON (content type and text), text is text, binary a Blob.
 * `any` (a wildcard media type such as `*\/*`) follows the response's own content type.
 */
async function readBody(
  media: MediaKind,
  response: Response,
): Promise<{ value: unknown } | { problem: string; cause?: unknown }> {
  const type = response.headers.get('content-type');
  if (media === 'any') {
    if (type && !isJson(type))
      return { value: isText(type) ? await response.text() : await response.blob() };
    if (!type) return { value: await readLoosely(response, 'GET') };
  } else if (media !== 'json') {
    return { value: media === 'text' ? await response.text() : await response.blob() };
  }
  if (type && !isJson(type)) return { problem: `expected a JSON body, got content-type ${type}` };
  const text = await response.text();
  if (text.trim() === '') return { problem: 'expected a JSON body, got an empty body' };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `body is not valid JSON (${errorText(error)})`, cause: error };
  }
}

/** An undocumented response body: JSON when it parses, else text, `undefined` when empty. Never fails. */
async function readLoosely(response: Response, method: string): Promise<unknown> {
  if (method === 'HEAD') return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (isJson(response.headers.get('content-type') ?? '')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

// Redirects, followed by the client itself (`redirect: 'manual'`) so that credentials stay with their origin.

/** The most redirects one attempt follows, as in fetch. */
export const MAX_REDIRECTS = 20;

/** The request one step of a redirect chain sends; `send` updates it in place as it follows redirects. */
export interface Hop {
  method: string;
  url: string;
  headers: Record<string, string>;
  // Read off `RequestInit`, which both DOM and Node-only type set-ups declare (DOM's global `BodyInit` is not).
  body: NonNullable<RequestInit['body']> | undefined;
}

/** A redirect the client will not follow, with the response that asked for it. */
export interface Refusal {
  refused: string;
  response: Response;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Request headers that describe the body: they go with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-encoding', 'content-language', 'content-location'];
/** Headers that carry credentials whatever the spec declares. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * Sends `hop` and follows redirects by fetch's rules: 303 (and 301/302 after a POST) becomes a GET
 * without body; 307/308 repeat method and body. Credentials go only to the origin the call was made
 * for. The first hop to another origin drops every credential (Authorization, Cookie, the spec's API-key
 * headers and query parameters), and none comes back for the rest of the chain, even if it returns to
 * the origin: the other host chose that request, so it must not carry the caller's credentials.
 */
export async function send(
  fetchImpl: Fetch,
  hop: Hop,
  signal: AbortSignal | undefined,
  replayable: boolean,
  schemes: readonly SecuritySchemeSpec[],
): Promise<Response | Refusal> {
  const origin = hop.url;
  let crossed = false;
  for (let count = 0; ; count++) {
    const init: RequestInit & { duplex?: 'half' } = {
      method: hop.method,
      headers: hop.headers,
      redirect: 'manual',
    };
    // Absent rather than undefined, for consumers compiling with exactOptionalPropertyTypes.
    if (hop.body !== undefined) init.body = hop.body;
    if (signal) init.signal = signal;
    // A stream body needs `duplex: 'half'` in Node's fetch (and Chrome's); it is ignored elsewhere.
    if (!replayable) init.duplex = 'half';
    const response = await fetchImpl.call(globalThis, hop.url, init);
    const status = response.status;
    // Browsers answer `redirect: 'manual'` with an opaque response: status 0, no Location to check.
    if (status === 0 && response.type === 'opaqueredirect') {
      return {
        refused: 'the server redirected, and this platform hides the target (an opaque redirect)',
        response,
      };
    }
    if (!REDIRECT_STATUSES.has(status)) return response;
    const location = response.headers.get('location');
    // fetch returns such a response as it is; so does the client.
    if (location === null) return response;
    let next: URL;
    try {
      next = new URL(location, hop.url);
    } catch {
      return { refused: `${status} redirect to ${location}: not a URL`, response };
    }
    const where = `${status} redirect to ${next.href}`;
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return { refused: `${where}: only http and https are followed`, response };
    }
    if (count === MAX_REDIRECTS)
      return { refused: `${where}: more than ${MAX_REDIRECTS} redirects`, response };
    const method = hop.method;
    const toGet =
      (status === 303 && method !== 'GET' && method !== 'HEAD') ||
      (status <= 302 && method === 'POST');
    if (!toGet && hop.body !== undefined && !replayable) {
      return {
        refused: `${where} needs the request body again, and a stream body cannot be re-sent`,
        response,
      };
    }
    await response.body?.cancel().catch(() => undefined);
    if (toGet) {
      hop.method = 'GET';
      hop.body = undefined;
      hop.headers = without(hop.headers, BODY_HEADERS);
    }
    const queryKeys = credentialNames(schemes, 'query');
    if (!crossed && next.origin === new URL(origin).origin) {
      next.search = withQueryKeys(next.search, hop.url, queryKeys);
    } else {
      crossed = true;
      hop.headers = without(hop.headers, [
        ...CREDENTIAL_HEADERS,
        ...credentialNames(schemes, 'header'),
      ]);
      next.search = withoutQueryKeys(next.search, queryKeys);
    }
    hop.url = next.href;
  }
}

/** The parameter names of the spec's API keys in `where` (header names lower-cased, as the runtime sends them). */
function credentialNames(
  schemes: readonly SecuritySchemeSpec[],
  where: 'header' | 'query',
): string[] {
  const names: string[] = [];
  for (const s of schemes) {
    if (s.scheme !== 'apiKey' || (s.in ?? 'header') !== where) continue;
    const name = s.name ?? s.key;
    names.push(where === 'header' ? name.toLowerCase() : name);
  }
  return names;
}

function without(
  headers: Record<string, string>,
  names: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) if (!names.includes(name)) out[name] = headers[name]!;
  return out;
}

/** The query's `name=value` parts as written, each with its decoded name. */
function queryParts(search: string): { name: string; part: string }[] {
  if (search.length <= 1) return [];
  return search
    .slice(1)
    .split('&')
    .map((part) => {
      const raw = part.split('=', 1)[0]!;
      try {
        return { name: decodeURIComponent(raw.replace(/\+/g, ' ')), part };
      } catch {
        return { name: raw, part }; // a malformed escape: compare the name as written
      }
    });
}

/** The query without the credential parameters; every other part kept byte for byte. */
function withoutQueryKeys(search: string, keys: readonly string[]): string {
  if (keys.length === 0) return search;
  const kept = queryParts(search).filter((p) => !keys.includes(p.name));
  return kept.length === 0 ? '' : `?${kept.map((p) => p.part).join('&')}`;
}

/** Same origin: the query API keys the previous request carried, added again where the Location left them out. */
function withQueryKeys(search: string, previousUrl: string, keys: readonly string[]): string {
  if (keys.length === 0) return search;
  const present = new Set(queryParts(search).map((p) => p.name));
  const previous = previousUrl.includes('?') ? previousUrl.slice(previousUrl.indexOf('?')) : '';
  const missing = queryParts(previous).filter((p) => keys.includes(p.name) && !present.has(p.name));
  if (missing.length === 0) return search;
  const parts = missing.map((p) => p.part).join('&');
  return search.length > 1 ? `${search}&${parts}` : `?${parts}`;
}

// One call end to end: validate, build the request, send with retries, read the result.

/** Per-attempt timeout when neither the client nor the call sets one. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The base URL: `baseUrl` if given, else the first server with its `{variables}` substituted. */
export function resolveBaseUrl(
  options: RuntimeOptions,
  server: { url: string; variables: Record<string, string> } | undefined,
): string {
  if (options.baseUrl !== undefined) return options.baseUrl.replace(/\/+$/, '');
  if (!server)
    throw new TypeError('This API declares no servers: pass `baseUrl` to createClient().');
  const vars = options.serverVariables ?? {};
  const url = server.url.replace(
    /\{([^}]+)\}/g,
    (_, name: string) => own(vars, name) ?? own(server.variables, name) ?? '',
  );
  return url.replace(/\/+$/, '');
}

/** Binds options, base URL and security schemes once; the returned function performs one call. */
export function createCaller(
  config: CallerConfig,
): (op: OperationSpec, input: CallInput | undefined) => Promise<unknown> {
  const { options, baseUrl, schemes, credentials } = config;
  // Fields listed one by one: a spread here showed up in profiles of the per-call overhead.
  return (op, input) => call({ options, baseUrl, schemes, credentials, op, input: input ?? {} });
}

async function call(state: CallState): Promise<unknown> {
  const { op, input, options } = state;
  const secrets: string[] = [];
  const redactKeys: string[] = [];
  // The request being sent; after redirects, the last one (the one that failed or answered).
  let method = op.method;
  let url = state.baseUrl + op.path;
  const hidden = { secrets, queryKeys: redactKeys };
  const fail = (init: Omit<ErrorInit, 'method' | 'url'>, response?: Response): TransportError => {
    const shown = redact(url, hidden);
    return transportError(
      // URL and reason are redacted apart, so hiding a credential never reaches past the URL into the
      // reason; the reason is redacted too, as error texts from fetch can quote the URL.
      new ClientError({
        ...init,
        message: `${method} ${shown}: ${redact(init.message, hidden)}`,
        method,
        url: shown,
        cause: scrub(init.cause, hidden),
      }),
      response,
    );
  };

  const problems = options.validateRequests === false ? [] : validateRequest(op, input);
  let body: FetchBody | undefined;
  try {
    url =
      state.baseUrl + expandPath(op, input.path ?? {}) + queryString(op.params, input.query ?? {});
    if (input.body !== undefined && op.body) body = encodeBody(op.body.contentType, input.body);
  } catch (error) {
    problems.push({
      pointer: '/body',
      keyword: 'encode',
      expected: 'a serialisable value',
      message: errorText(error),
    });
  }
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.pointer} ${p.message}`).join('; ');
    return fail({
      kind: 'validation',
      message: `invalid request (${list})`,
      attempts: 0,
      issues: problems,
    });
  }

  const retry =
    input.retry === false || options.retry === false
      ? undefined
      : { ...DEFAULT_RETRY, ...options.retry, ...input.retry };
  const headers = baseHeaders(state, body);
  const replayable = !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream);
  const safe =
    IDEMPOTENT.has(method) || !!retry?.retryNonIdempotent || 'idempotency-key' in headers;
  const maxAttempts = retry && replayable && safe ? 1 + Math.max(0, retry.retries) : 1;
  const timeoutMs = input.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl: Fetch = options.fetch ?? ((u, init) => globalThis.fetch(u, init));
  const signal = input.signal;
  const requestUrl = url;

  for (let attempt = 1; ; attempt++) {
    const aborted = (sent: number): TransportError =>
      fail({
        kind: 'aborted',
        message: 'aborted by the caller',
        attempts: sent,
        cause: signal?.reason,
      });
    if (signal?.aborted) return aborted(attempt - 1);
    method = op.method;
    const attemptHeaders = { ...headers };
    try {
      // Credentials are resolved per attempt, so a function credential can refresh a token between retries.
      const target = { headers: attemptHeaders, url: requestUrl, secrets, redactKeys };
      const pending = applyCredentials(state, target);
      if (pending) await pending;
      url = target.url;
    } catch (error) {
      return fail({
        kind: 'credential',
        message: `the credential function failed (${errorText(error)})`,
        attempts: attempt - 1,
        cause: error,
      });
    }
    const timer = attemptSignal(signal, timeoutMs);
    const failed = (kind: ClientErrorKind, error: unknown, response?: Response): TransportError => {
      if (kind === 'aborted') return aborted(attempt);
      const what =
        kind === 'timeout'
          ? `timed out after ${timeoutMs} ms`
          : `network error (${errorText(error)})`;
      const message = `${what} (attempt ${attempt} of ${maxAttempts})`;
      return fail(
        {
          kind,
          message,
          attempts: attempt,
          cause: error,
          ...(response ? { status: response.status } : {}),
        },
        response,
      );
    };
    let response: Response;
    const hop: Hop = { method, url, headers: attemptHeaders, body };
    try {
      const sent = await send(fetchImpl, hop, timer.signal, replayable, state.schemes);
      ({ method, url } = hop);
      if ('refused' in sent) {
        timer.done();
        const status = sent.response.status;
        const refusal = { kind: 'redirect', message: sent.refused, attempts: attempt } as const;
        return fail(status ? { ...refusal, status } : refusal, sent.response);
      }
      response = sent;
    } catch (error) {
      ({ method, url } = hop);
      timer.done();
      const kind = timer.kind() ?? 'network';
      if (kind === 'aborted') return aborted(attempt);
      if (attempt < maxAttempts) {
        if (await sleep(backoff(retry, attempt), signal)) continue;
        return aborted(attempt);
      }
      return failed(kind, error);
    }
    if (attempt < maxAttempts && isRetryableStatus(response.status)) {
      const wait = retryDelay(response.headers, retry!, attempt);
      if (wait !== undefined) {
        timer.done();
        await response.body?.cancel().catch(() => undefined);
        if (await sleep(wait, signal)) continue;
        return aborted(attempt);
      }
    }
    try {
      return await readResult({
        op,
        response,
        options,
        method,
        fail: (init) => fail({ ...init, attempts: attempt }, response),
      });
    } catch (error) {
      return failed(timer.kind() ?? 'network', error, response);
    } finally {
      timer.done();
    }
  }
}

/**
 * The request headers as a plain object with lower-case names (header names are case-insensitive, and
 * a plain object is cheaper for fetch than a `Headers`): client headers, then the call's own, then the
 * documented header and cookie parameters, serialised.
 */
function baseHeaders(state: CallState, body: FetchBody | undefined): Record<string, string> {
  const { op, input, options } = state;
  const headers: Record<string, string> = {};
  for (const name in options.headers) headers[name.toLowerCase()] = options.headers[name]!;
  const values = input.headers;
  if (values) {
    for (const name in values) {
      const value = values[name];
      if (value === undefined) continue;
      const param = op.params.find((p) => p.in === 'header' && p.name === name);
      headers[name.toLowerCase()] = param
        ? simpleValue(value, param.explode, (s) => s)
        : String(value);
    }
  }
  const cookie = input.cookies ? cookieString(op.params, input.cookies) : '';
  if (cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
  // multipart/form-data: fetch writes the content type itself, with the boundary.
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && op.body && !isForm && headers['content-type'] === undefined)
    headers['content-type'] = op.body.contentType;
  if (headers.accept === undefined && acceptsJson(op)) headers.accept = 'application/json';
  return headers;
}

const ACCEPTS_JSON = new WeakMap<OperationSpec, boolean>();

function acceptsJson(op: OperationSpec): boolean {
  let known = ACCEPTS_JSON.get(op);
  if (known === undefined)
    ACCEPTS_JSON.set(op, (known = Object.values(op.responses).some((r) => r.media === 'json')));
  return known;
}

// Splits a streamed body into items: Server-Sent Events, JSON Lines, JSON text sequences.

/** How a streamed body is split into items (OpenAPI 3.2 sequential media types). */
export type StreamFormat = 'sse' | 'jsonl' | 'json-seq';

/** One Server-Sent Event, with the fields the stream set (`data` lines joined by `\n`). */
export interface ServerSentEvent {
  data: string;
  event?: string;
  id?: string;
  retry?: number;
}

/**
 * A splitter: `push` text as it arrives and get the complete items; `end` at a clean end of the body.
 * A JSON text that does not parse comes back as an `ItemParseError` in its place, so the items before
 * it are still delivered.
 */
export interface ItemSplitter {
  push(text: string): unknown[];
  /** The items left when the body ended normally (a last JSON line without its newline). */
  end(): unknown[];
}

/** A JSON text that does not parse. */
export class ItemParseError extends Error {
  override readonly name = 'ItemParseError';
}

export function itemSplitter(format: StreamFormat): ItemSplitter {
  if (format === 'sse') return eventSplitter();
  const separator = format === 'jsonl' ? '\n' : '\u001e';
  let buffer = '';
  const parse = (record: string): unknown[] => {
    const text = record.trim();
    if (text === '') return [];
    try {
      return [JSON.parse(text)];
    } catch (error) {
      return [
        new ItemParseError(
          `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        ),
      ];
    }
  };
  return {
    push(text) {
      buffer += text;
      const records = buffer.split(separator);
      buffer = records.pop()!;
      return records.flatMap(parse);
    },
    end() {
      const rest = buffer;
      buffer = '';
      return parse(rest);
    },
  };
}

/**
 * The event-stream interpretation of the HTML standard (§9.2.6): lines end in CR, LF or CRLF; a blank
 * line dispatches the event; `:` starts a comment; an event without data is not dispatched; an event
 * the body ends in the middle of is dropped.
 */
function eventSplitter(): ItemSplitter {
  let buffer = '';
  let pendingCR = false;
  let data: string[] = [];
  let event: string | undefined;
  let id: string | undefined;
  let retry: number | undefined;
  const line = (text: string, out: ServerSentEvent[]) => {
    if (text === '') {
      if (data.length > 0) {
        const item: ServerSentEvent = { data: data.join('\n') };
        if (event !== undefined) item.event = event;
        if (id !== undefined) item.id = id;
        if (retry !== undefined) item.retry = retry;
        out.push(item);
      }
      data = [];
      event = undefined;
      retry = undefined;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
  };
  return {
    push(text) {
      const out: ServerSentEvent[] = [];
      let start = 0;
      buffer += text;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c === '\n' && pendingCR && i === start) {
          // The LF of a CRLF whose CR ended the previous line.
          start = i + 1;
          pendingCR = false;
          continue;
        }
        pendingCR = false;
        if (c === '\r' || c === '\n') {
          line(buffer.slice(start, i), out);
          pendingCR = c === '\r';
          start = i + 1;
        }
      }
      buffer = buffer.slice(start);
      return out;
    },
    end: () => [],
  };
}

// Streamed responses (OpenAPI 3.2 `itemSchema`): the body as an async iterable of validated items.

/**
 * A streamed response body. Iterate it once with `for await`; it never throws. When the loop ends,
 * `error` says whether the stream ended cleanly (`undefined`) or why it stopped early: the connection
 * dropped (`network`), the caller's signal aborted it (`aborted`), an item was no JSON (`parse`) or did
 * not match its schema with `validateResponses` (`validation`). Items before the problem are yielded.
 */
export interface ItemStream<T> extends AsyncIterable<T> {
  readonly error: ClientError | undefined;
  /** Stops reading and releases the connection (breaking out of the loop does the same). */
  cancel(): Promise<void>;
}

/** A documented status whose body is a stream of items. */
export interface StreamSpec {
  format: StreamFormat;
  validate?: Validator;
}

/**
 * Calls the operation and, when the answer's status is documented as a stream, puts an `ItemStream`
 * in place of `data` (or `error`). The call gets a signal of its own, so the per-attempt timeout stops
 * at the response headers and never cuts a long stream; the caller's signal still ends the stream.
 */
export async function callStream(args: {
  call: (op: OperationSpec, input: CallInput | undefined) => Promise<unknown>;
  op: OperationSpec;
  streams: Readonly<Record<string, StreamSpec>>;
  accept: string;
  options: RuntimeOptions;
  input: CallInput | undefined;
}): Promise<unknown> {
  const { op, streams, options, input } = args;
  const own = new AbortController();
  const caller = input?.signal;
  const onAbort = () => own.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const headers = { accept: args.accept, ...input?.headers };
  const result = (await args.call(op, { ...input, headers, signal: own.signal })) as Record<
    string,
    unknown
  > & {
    status: number;
    response?: Response;
  };
  const response = result.response;
  const key = response ? matchedKey(op, result.status) : undefined;
  const spec = key === undefined ? undefined : streams[key];
  if (!response || !spec || result.status === 0) {
    caller?.removeEventListener('abort', onAbort);
    return result;
  }
  const stream = itemStream({
    response,
    spec,
    options,
    method: op.method,
    path: op.path,
    caller,
    onAbort,
  });
  result['ok' in result && result.ok ? 'data' : 'error'] = stream;
  return result;
}

/** The documented response key a status matches, as readResult matches it. */
function matchedKey(op: OperationSpec, status: number): string | undefined {
  const exact = String(status);
  if (op.responses[exact]) return exact;
  const range = `${Math.floor(status / 100)}XX`;
  if (op.responses[range]) return range;
  return op.responses.default ? 'default' : undefined;
}

function itemStream(args: {
  response: Response;
  spec: StreamSpec;
  options: RuntimeOptions;
  method: string;
  path: string;
  caller: AbortSignal | undefined;
  onAbort: () => void;
}): ItemStream<unknown> {
  const { response, spec, options } = args;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const splitter = itemSplitter(spec.format);
  let error: ClientError | undefined;
  let started = false;
  const stop = (
    kind: ClientErrorKind,
    message: string,
    extra: { issues?: ValidationIssue[]; cause?: unknown } = {},
  ) => {
    error ??= new ClientError({
      kind,
      message: `${args.method} ${args.path}: ${message}`,
      method: args.method,
      // The path template: the request URL may carry a credential in its query.
      url: args.path,
      attempts: 1,
      status: response.status,
      ...extra,
    });
  };
  const cancel = async () => {
    args.caller?.removeEventListener('abort', args.onAbort);
    await reader?.cancel().catch(() => undefined);
  };
  // Aborting cancels the read in flight, which then ends the loop below.
  const abort = () => {
    stop('aborted', 'the stream was aborted by the caller', { cause: args.caller?.reason });
    void cancel();
  };
  if (args.caller?.aborted) abort();
  else args.caller?.addEventListener('abort', abort, { once: true });

  async function* items(): AsyncGenerator<unknown, void, undefined> {
    if (!reader) return;
    let index = 0;
    try {
      for (;;) {
        const chunk = await reader.read().catch((cause: unknown) => {
          stop('network', `the stream ended early (${errorText(cause)})`, { cause });
          return undefined;
        });
        if (!chunk) return;
        if (error) return;
        const found = chunk.done
          ? splitter.push(decoder.decode()).concat(splitter.end())
          : splitter.push(decoder.decode(chunk.value, { stream: true }));
        for (const item of found) {
          if (item instanceof ItemParseError) {
            stop('parse', `item ${index}: ${item.message}`, { cause: item });
            return;
          }
          if (options.validateResponses && spec.validate) {
            const result = safely(spec.validate, item, {
              strict: options.validateResponses === 'strict',
            });
            if (!result.ok) {
              const issues: ValidationIssue[] = [];
              collect(issues, `/items/${index}`, result);
              stop(
                'validation',
                `item ${index} does not match the schema (${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')})`,
                { issues },
              );
              return;
            }
          }
          index++;
          yield item;
        }
        if (chunk.done) return;
      }
    } finally {
      args.caller?.removeEventListener('abort', abort);
      await cancel();
    }
  }

  const iterator = items();
  return {
    get error() {
      return error;
    },
    cancel,
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError('a streamed body can be iterated once');
      started = true;
      return iterator;
    },
  };
}
