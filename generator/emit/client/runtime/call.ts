// One call end to end: validate, build the request, send with retries, read the result.
import { applyCredentials } from './auth.js';
import type {
  CallerConfig,
  CallInput,
  CallState,
  Fetch,
  OperationSpec,
  RuntimeOptions,
} from './contract.js';
import { errorText, redact, scrub } from './redact.js';
import { send, type Hop } from './redirect.js';
import { readResult } from './response.js';
import {
  ClientError,
  transportError,
  type ClientErrorKind,
  type ErrorInit,
  type TransportError,
} from './results.js';
import {
  backoff,
  DEFAULT_RETRY,
  IDEMPOTENT,
  isRetryableStatus,
  retryDelay,
  sleep,
} from './retry.js';
import { attemptSignal } from './timeout.js';
import {
  cookieString,
  encodeBody,
  expandPath,
  own,
  queryString,
  simpleValue,
  type FetchBody,
} from './serialize.js';
import { validateRequest } from './validate.js';

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
