import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixture } from './support/fixture-client.js';
import { credentialsIn, type AnyClient, type AnyResult, type Module } from './support/redirects.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * How the client follows redirects, the fetch standard's rules (method and body per status, a limit
 * of 20, http(s) only), against a real server, and how a redirect that cannot be followed is reported.
 */
let server: TestServer;
let mod: Module;
let client: AnyClient;
beforeAll(async () => {
  server = await startServer();
  mod = await (await generateFixture('client-redirects')).load<Module>();
  client = mod.createClient({ baseUrl: server.url, retry: false, headerKey: 'header-SECRET-5e6f' });
});
afterAll(() => server.close());

async function observe(run: () => Promise<AnyResult>) {
  const before = server.requests.length;
  const result = await run();
  return { result, seen: server.requests.slice(before) };
}

function clientError(res: AnyResult): { kind: string; message: string; method: string; url: string; attempts: number } {
  if (res.status !== 0) throw new Error(`expected a transport error, got HTTP ${res.status}`);
  return res.error as { kind: string; message: string; method: string; url: string; attempts: number };
}

/** The first request redirects with `status` to /landing; the landing answers 200. */
function redirectOnce(status: number): void {
  server.reply((req) =>
    req.url.startsWith('/landing') ? { status: 200, body: { landed: true } } : { status, headers: { location: '/landing' } },
  );
}

describe('method and body per status', () => {
  const body = { n: 1 };
  const cases: [number, 'createThing' | 'replaceThing', string, boolean][] = [
    [301, 'createThing', 'GET', false],
    [302, 'createThing', 'GET', false],
    [303, 'createThing', 'GET', false],
    [307, 'createThing', 'POST', true],
    [308, 'createThing', 'POST', true],
    // Only a POST becomes a GET on 301/302; 303 makes any method but HEAD a GET.
    [301, 'replaceThing', 'PUT', true],
    [302, 'replaceThing', 'PUT', true],
    [303, 'replaceThing', 'GET', false],
    [307, 'replaceThing', 'PUT', true],
  ];
  for (const [status, operation, method, keepsBody] of cases) {
    it(`${status} after ${operation === 'createThing' ? 'POST' : 'PUT'}: ${method}${keepsBody ? ' with the body' : ', no body'}`, async () => {
      redirectOnce(status);
      const { result, seen } = await observe(() => client[operation]!({ body }));
      expect(result).toMatchObject({ ok: true, status: 200, data: { landed: true } });
      expect(seen).toHaveLength(2);
      const landing = seen[1]!;
      expect([landing.method, landing.url]).toEqual([method, '/landing']);
      expect(landing.body).toBe(keepsBody ? '{"n":1}' : '');
      expect(landing.headers['content-type']).toBe(keepsBody ? 'application/json' : undefined);
      expect(credentialsIn(landing)).toEqual(['headerKey']);
    });
  }

  it('a stream body cannot be sent twice: 307 is a redirect error after one request; 303 drops it and follows', async () => {
    const stream = () => new Blob(['stream bytes']).stream();
    redirectOnce(307);
    const kept = await observe(() => client.upload!({ body: stream() }));
    expect(kept.seen.map((r) => [r.method, r.body])).toEqual([['POST', 'stream bytes']]);
    const error = clientError(kept.result);
    expect(error).toMatchObject({ kind: 'redirect', attempts: 1 });
    expect(error.message).toMatch(/307 redirect to .*\/landing needs the request body again, and a stream body cannot be re-sent/);
    expect(kept.result.response?.status).toBe(307);

    redirectOnce(303);
    const dropped = await observe(() => client.upload!({ body: stream() }));
    expect(dropped.result).toMatchObject({ ok: true, status: 200 });
    expect(dropped.seen.map((r) => [r.method, r.body])).toEqual([['POST', 'stream bytes'], ['GET', '']]);
  });
});

describe('limits and odd locations', () => {
  it('follows up to 20 redirects; the 21st is a redirect error', async () => {
    const hops = (n: number) => (req: { url: string }) => {
      const at = Number(new URL(req.url, 'http://x').searchParams.get('hop') ?? 0);
      return at < n ? { status: 302, headers: { location: `/thing?hop=${at + 1}` } } : { status: 200, body: { at } };
    };
    server.reply(hops(20));
    const twenty = await observe(() => client.getThing!());
    expect(twenty.result).toMatchObject({ ok: true, status: 200, data: { at: 20 } });
    expect(twenty.seen).toHaveLength(21);

    server.reply(hops(21));
    const tooMany = await observe(() => client.getThing!());
    expect(tooMany.seen).toHaveLength(21);
    expect(clientError(tooMany.result)).toMatchObject({ kind: 'redirect', attempts: 1 });
    expect(clientError(tooMany.result).message).toMatch(/more than 20 redirects/);
  });

  it('a redirect loop ends at the limit too, and a retry policy does not start it again', async () => {
    server.reply({ status: 307, headers: { location: '/thing' } });
    const loop = await observe(() => mod.createClient({ baseUrl: server.url }).getThing!());
    expect(loop.seen).toHaveLength(21);
    expect(clientError(loop.result).kind).toBe('redirect');
  });

  it('a Location that is not http(s) is a redirect error, not followed', async () => {
    server.reply({ status: 302, headers: { location: 'file:///etc/passwd' } });
    const { result, seen } = await observe(() => client.getThing!());
    expect(seen).toHaveLength(1);
    expect(clientError(result)).toMatchObject({ kind: 'redirect' });
    expect(clientError(result).message).toMatch(/302 redirect to file:\/\/\/etc\/passwd: only http and https are followed/);
  });

  it('a 3xx without a Location, and a 300 or 304, come back as HTTP results', async () => {
    for (const status of [302, 300, 304]) {
      server.reply({ status, headers: status === 302 ? {} : { location: '/landing' } });
      const { result, seen } = await observe(() => client.getThing!());
      expect(result).toMatchObject({ ok: false, status });
      expect(seen).toHaveLength(1);
    }
  });

  it('the timeout covers the whole chain, and the error names the request that timed out', async () => {
    server.reply((req) => (req.url.startsWith('/landing') ? { hang: true } : { status: 303, headers: { location: '/landing' } }));
    const { result, seen } = await observe(() => client.createThing!({ body: {}, timeoutMs: 300 }));
    expect(seen.map((r) => r.method)).toEqual(['POST', 'GET']);
    const error = clientError(result);
    expect(error).toMatchObject({ kind: 'timeout', method: 'GET', url: `${server.url}/landing`, attempts: 1 });
    expect(error.message).toBe(`GET ${server.url}/landing: timed out after 300 ms (attempt 1 of 1)`);
  });

  it('a redirect error never shows a query credential, even when the Location quotes it', async () => {
    server.reply((req) => ({ status: 302, headers: { location: `gopher://elsewhere${req.url}` } }));
    const res = await mod.createClient({ baseUrl: server.url, queryKey: 'query-SECRET/7+8' }).getThing!();
    const error = clientError(res);
    expect(error.message).toContain('api_key=***');
    expect(JSON.stringify(error) + error.message + String(error)).not.toMatch(/query-SECRET/);
  });
});

describe('a platform that hides redirects (opaqueredirect, as browsers answer redirect: manual)', () => {
  /** Browser-like fetch: the real request, but a redirect response comes back opaque, as a browser returns it. */
  const browserFetch = async (url: string, init: RequestInit): Promise<Response> => {
    const response = await fetch(url, init);
    if (init.redirect !== 'manual' || response.status < 300 || response.status > 399) return response;
    await response.body?.cancel();
    const opaque = Response.error();
    return new Proxy(opaque, {
      get: (target, key) => (key === 'type' ? 'opaqueredirect' : Reflect.get(target, key, target)),
    });
  };

  it('is a redirect error naming the reason; nothing is followed, no credential sent anywhere else', async () => {
    redirectOnce(302);
    const { result, seen } = await observe(() =>
      mod.createClient({ baseUrl: server.url, retry: false, headerKey: 'header-SECRET-5e6f', fetch: browserFetch })
        .getThing!(),
    );
    expect(seen).toHaveLength(1);
    const error = clientError(result);
    expect(error).toMatchObject({ kind: 'redirect', attempts: 1 });
    expect(error.message).toMatch(/the server redirected, and this platform hides the target \(an opaque redirect\)/);
  });
});
