import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as exante from '../../generated/exante/index.js';
import * as insighto from '../../generated/insighto/index.js';
import * as stuut from '../../generated/stuut/index.js';
import * as tetherai from '../../generated/tetherai/index.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Fault cases, each asserted on what the caller sees, against a real HTTP server. Backoff delays are
 * configured tiny so retries are fast; the Retry-After case really waits, and that wait is asserted
 * from the server's own arrival timestamps, never from the test's clock. Timeouts are a few hundred ms
 * so that, on a loaded CI machine, a request still reaches the server before its attempt times out.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  // Node loads its fetch implementation on first use; do that before any test that sets a tight timeout.
  await fetch(server.url).then((r) => r.text());
});
afterAll(() => server.close());

const fast = { baseDelayMs: 1, maxDelayMs: 2 };
// PUT: idempotent, retried by default. PATCH / POST: not retried unless the caller opts in.
const put = (options: tetherai.ClientOptions = {}) =>
  tetherai.createClient({ baseUrl: server.url, token: 'tok', retry: fast, ...options });
const patch = (options: exante.ClientOptions = {}) =>
  exante.createClient({ baseUrl: server.url, token: 'tok', retry: fast, ...options });
const post = () => stuut.createClient({ baseUrl: server.url, token: 'tok', retry: fast });

/** Requests the server sees during `run`. */
async function seen<T>(run: () => Promise<T>): Promise<{ result: T; count: number; at: number[] }> {
  const before = server.requests.length;
  const result = await run();
  const mine = server.requests.slice(before);
  return { result, count: mine.length, at: mine.map((r) => r.at) };
}

function transport(res: { status: number; error?: unknown }) {
  if (res.status !== 0) throw new Error(`expected a transport error, got HTTP ${res.status}`);
  return res.error as tetherai.ClientError;
}

describe('a hang past the timeout', () => {
  it('returns a timeout error per attempt, retrying an idempotent PUT within its budget', async () => {
    server.reply({ hang: true });
    const { result, count } = await seen(() =>
      put({ timeoutMs: 400, retry: { ...fast, retries: 1 } }).updateCurrentUserProfile({ body: {} }),
    );
    const error = transport(result);
    expect(error).toBeInstanceOf(tetherai.ClientError);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2, method: 'PUT' });
    expect(error.message).toMatch(/timed out after 400 ms \(attempt 2 of 2\)/);
    expect(count).toBe(2);
  });

  it('does not retry a timed-out POST', async () => {
    server.reply({ hang: true });
    const { result, count } = await seen(() => post().updateYourProfile({ body: {}, timeoutMs: 400 }));
    expect(transport(result)).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(count).toBe(1);
  });

  it('covers the body too: a response that stalls mid-body times out', async () => {
    server.reply({ stall: true });
    const res = await put({ timeoutMs: 300, retry: false }).updateCurrentUserProfile({ body: {} });
    expect(transport(res)).toMatchObject({ kind: 'timeout', attempts: 1, status: 200 });
  });
});

describe('a connection reset', () => {
  it('is a network error, and a PATCH is not retried', async () => {
    server.reply({ reset: true });
    const { result, count } = await seen(() => patch().updateCurrentUserProfile({ body: { firstname: 'Ada' } }));
    const error = transport(result);
    expect(error).toMatchObject({ kind: 'network', attempts: 1, status: undefined });
    expect(error.message).toMatch(/^PATCH http:\/\/127\.0\.0\.1:\d+\/api\/user: network error/);
    expect(count).toBe(1);
  });

  it('is retried for a PUT, which then succeeds', async () => {
    server.reply({ reset: true }, { status: 200, body: { user: {}, persona: null } });
    const { result, count } = await seen(() => put().updateCurrentUserProfile({ body: {} }));
    expect(result).toEqual({ ok: true, status: 200, data: { user: {}, persona: null } });
    expect(count).toBe(2);
  });
});

describe('Retry-After', () => {
  it('429 with Retry-After: 1, then 200: retried once, after waiting the second', async () => {
    server.reply(
      { status: 429, headers: { 'retry-after': '1' }, body: {} },
      { status: 200, body: { user: {}, persona: null } },
    );
    const { result, count, at } = await seen(() => put().updateCurrentUserProfile({ body: {} }));
    expect(result.status).toBe(200);
    expect(count).toBe(2);
    // Measured by the server: the retry arrived about a second after the first request.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900);
  });

  it('a Retry-After beyond the cap ends the retries and returns that response', async () => {
    server.reply({ status: 429, headers: { 'retry-after': '120' }, body: { reason: 'slow down' } });
    const { result, count } = await seen(() =>
      put({ retry: { ...fast, retryAfterCapMs: 1_000 } }).updateCurrentUserProfile({ body: {} }),
    );
    expect(result).toEqual({ ok: false, status: 429, error: { reason: 'slow down' } });
    expect(count).toBe(1);
  });
});

describe('503 on every attempt', () => {
  it('gives up after the retry budget (2 retries) and returns the last response', async () => {
    server.reply((req) => ({ status: 503, body: { attempt: server.requests.indexOf(req) } }));
    const { result, count } = await seen(() => put().updateCurrentUserProfile({ body: {} }));
    expect(count).toBe(3);
    expect(result.status).toBe(503);
    expect(result.ok).toBe(false);
    expect(result.status === 503 && result.error).toEqual({ attempt: server.requests.length - 1 });
  });

  it('a POST that gets 503 is not retried', async () => {
    server.reply({ status: 503, body: {} });
    const { result, count } = await seen(() => post().updateYourProfile({ body: {} }));
    expect(result.status).toBe(503);
    expect(count).toBe(1);
  });

  it('a PATCH that gets 503 is not retried', async () => {
    server.reply({ status: 503, body: {} });
    const { result, count } = await seen(() => patch().updateCurrentUserProfile({ body: {} }));
    expect(result.status).toBe(503);
    expect(count).toBe(1);
  });

  it('a PATCH is retried when the call sets an Idempotency-Key, or opts in', async () => {
    server.reply({ status: 503, body: {} });
    const keyed = await seen(() =>
      patch().updateCurrentUserProfile({ body: {}, headers: { 'Idempotency-Key': 'k-1' } }),
    );
    expect(keyed.count).toBe(3);
    expect(server.requests.at(-1)!.headers['idempotency-key']).toBe('k-1');
    const optedIn = await seen(() =>
      patch().updateCurrentUserProfile({ body: {}, retry: { retryNonIdempotent: true } }),
    );
    expect(optedIn.count).toBe(3);
  });
});

describe('bodies', () => {
  it('a body that is not JSON under application/json is a parse error carrying the response', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '<html>oops</html>' });
    const res = await put().updateCurrentUserProfile({ body: {} });
    expect(transport(res)).toMatchObject({ kind: 'parse', status: 200, attempts: 1 });
    expect(transport(res).message).toMatch(/200 response: body is not valid JSON/);
    expect(res.response?.status).toBe(200);
  });

  it('a documented JSON response with another content type or an empty body is a parse error', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html></html>' });
    expect(transport(await put().updateCurrentUserProfile({ body: {} })).message).toMatch(
      /expected a JSON body, got content-type text\/html/,
    );
    server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '' });
    expect(transport(await put().updateCurrentUserProfile({ body: {} })).message).toMatch(
      /expected a JSON body, got an empty body/,
    );
  });

  it('an empty 204 the spec does not document comes back as a failure with no body, not an error', async () => {
    server.reply({ status: 204 });
    const res = await put().updateCurrentUserProfile({ body: {} });
    expect(res).toEqual({ ok: false, status: 204, error: undefined });
  });

  it('an undocumented error status keeps its body: JSON when it parses, text otherwise', async () => {
    server.reply({ status: 418, headers: { 'content-type': 'text/plain' }, body: 'teapot' });
    expect(await put().updateCurrentUserProfile({ body: {} })).toEqual({ ok: false, status: 418, error: 'teapot' });
    server.reply({ status: 502, headers: { 'content-type': 'application/json' }, body: '{broken' });
    expect(await put({ retry: false }).updateCurrentUserProfile({ body: {} })).toEqual({
      ok: false,
      status: 502,
      error: '{broken',
    });
  });
});

describe('caller abort', () => {
  it('mid-retry: stops waiting at once and returns aborted, sending nothing more', { timeout: 10_000 }, async () => {
    server.reply({ status: 503, body: {} });
    const controller = new AbortController();
    const before = server.requests.length;
    // A backoff of minutes: the test only finishes in time because the abort cuts the wait short.
    const pending = put({ retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 } }).updateCurrentUserProfile({
      body: {},
      signal: controller.signal,
    });
    while (server.requests.length === before) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const res = await pending;
    expect(transport(res)).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(server.requests.length).toBe(before + 1);
  });

  it('while a request is in flight, and before anything was sent', async () => {
    server.reply({ hang: true });
    const controller = new AbortController();
    const before = server.requests.length;
    const pending = put().updateCurrentUserProfile({ body: {}, signal: controller.signal });
    while (server.requests.length === before) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(transport(await pending)).toMatchObject({ kind: 'aborted', attempts: 1 });

    const { result, count } = await seen(() =>
      put().updateCurrentUserProfile({ body: {}, signal: AbortSignal.abort() }),
    );
    expect(transport(result)).toMatchObject({ kind: 'aborted', attempts: 0 });
    expect(count).toBe(0);
  });
});

describe('credentials never leak', () => {
  const token = 'tok_SECRET_7f3a9c';
  const apiKey = 'in-SECRET/key+42';

  /** Everything a caller could print or ship to a log. */
  function printed(res: object): string {
    const error = (res as { error?: unknown }).error as Error;
    return [
      JSON.stringify(res),
      inspect(res, { depth: Infinity }),
      String(error),
      error.stack,
      JSON.stringify(error),
      inspect(error, { depth: Infinity }),
    ].join('\n');
  }

  it('bearer token: absent from a network error, a timeout and a parse error', async () => {
    const client = patch({ token, timeoutMs: 300 });
    for (const reply of [
      { reset: true } as const,
      { hang: true } as const,
      { status: 200, headers: { 'content-type': 'application/json' }, body: 'x' },
    ]) {
      server.reply(reply);
      const res = await client.updateCurrentUserProfile({ body: {} });
      expect(res.status).toBe(0);
      expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
      expect(printed(res)).not.toContain(token);
    }
  });

  it('token from an async function: absent from the error too', async () => {
    server.reply({ reset: true });
    const res = await patch({ token: async () => token }).updateCurrentUserProfile({ body: {} });
    expect(printed(res)).not.toContain(token);
  });

  it('API key in the query: the URL in the error shows api_key=***', async () => {
    server.reply({ reset: true });
    const client = insighto.createClient({ baseUrl: server.url, apiKey, retry: false });
    const res = await client.updateTheUserProfile();
    const error = transport(res);
    expect(server.requests.at(-1)!.url).toBe(`/api/v1/user/profile?api_key=${encodeURIComponent(apiKey)}`);
    expect(error.url).toBe(`${server.url}/api/v1/user/profile?api_key=***`);
    expect(printed(res)).not.toContain(apiKey);
    expect(printed(res)).not.toContain(encodeURIComponent(apiKey));
  });

  it('API key in the query: absent even when fetch itself quotes the URL (an unparsable base URL)', async () => {
    const client = insighto.createClient({ baseUrl: 'http://[not a host', apiKey, retry: false });
    const res = await client.updateTheUserProfile();
    expect(transport(res).kind).toBe('network');
    expect(printed(res)).not.toContain(apiKey);
    expect(printed(res)).not.toContain(encodeURIComponent(apiKey));
    // A short key cannot be searched for as free text, but it is still redacted by its parameter name.
    const short = await insighto
      .createClient({ baseUrl: 'http://[not a host', apiKey: 'k9', retry: false })
      .updateTheUserProfile();
    expect(printed(short)).not.toContain('api_key=k9');
    expect(printed(short)).toContain('api_key=***');
  });
});
