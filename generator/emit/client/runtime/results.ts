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
