import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as insighto from '../../generated/insighto/index.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Redaction replaces the secret and nothing else: a query-key client's errors still say why the call
 * failed. Real timeouts and real connection failures against a loopback server.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await fetch(server.url).then((r) => r.text());
});
afterAll(() => server.close());

const apiKey = 'in-SECRET/key+42';
const client = (options: Partial<insighto.ClientOptions> = {}) =>
  insighto.createClient({ baseUrl: server.url, apiKey, retry: false, ...options });

function transport(res: { status: number; error?: unknown }): insighto.ClientError {
  if (res.status !== 0) throw new Error(`expected a transport error, got HTTP ${res.status}`);
  return res.error as insighto.ClientError;
}

describe('a query-key client keeps the reason in its errors', () => {
  it('a timeout: the message says it timed out, after how long, on which attempt', async () => {
    server.reply({ hang: true });
    const error = transport(await client({ timeoutMs: 300 }).updateTheUserProfile());
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `PATCH ${server.url}/api/v1/user/profile?api_key=***: timed out after 300 ms (attempt 1 of 1)`,
    );
    expect(error.url).toBe(`${server.url}/api/v1/user/profile?api_key=***`);
  });

  it('a connection reset: the message keeps the network error and its code', async () => {
    server.reply({ reset: true });
    const error = transport(await client().updateTheUserProfile());
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(
      /^PATCH http:\/\/127\.0\.0\.1:\d+\/api\/v1\/user\/profile\?api_key=\*\*\*: network error \(fetch failed: (ECONNRESET|UND_ERR_SOCKET)\) \(attempt 1 of 1\)$/,
    );
  });

  it('a refused connection, with a retry: the reason and the attempt count stay', async () => {
    const closed = await startServer();
    const url = closed.url;
    await closed.close();
    const res = await client({ baseUrl: url, retry: { retries: 1, baseDelayMs: 1, retryNonIdempotent: true } }).updateTheUserProfile();
    const error = transport(res);
    expect(error.message).toBe(
      `PATCH ${url}/api/v1/user/profile?api_key=***: network error (fetch failed: ECONNREFUSED) (attempt 2 of 2)`,
    );
  });

  it('a short key (below the free-text minimum) is still hidden by its parameter name, reason intact', async () => {
    server.reply({ reset: true });
    const error = transport(await client({ apiKey: 'k9' }).updateTheUserProfile());
    expect(error.message).toMatch(/\?api_key=\*\*\*: network error \(fetch failed/);
    expect(error.message).not.toContain('api_key=k9');
  });
});
