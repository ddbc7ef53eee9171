import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixture } from './support/fixture-client.js';
import {
  credentialsIn,
  REDIRECTS,
  STYLES,
  withCredential,
  type AnyClient,
  type CredentialStyle,
  type Module,
} from './support/redirects.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Credentials stay with their origin across redirects. Two real servers on 127.0.0.1 with different
 * ports are two origins: `api` is the one the client is configured for, `other` is where a redirect
 * may send it. Each case asserts what each server actually received.
 */
let api: TestServer;
let other: TestServer;
let mod: Module;
beforeAll(async () => {
  [api, other] = await Promise.all([startServer(), startServer()]);
  mod = await (await generateFixture('client-redirects')).load<Module>();
});
afterAll(() => Promise.all([api.close(), other.close()]));

const client = (style: CredentialStyle, extra: Record<string, unknown> = {}): AnyClient =>
  mod.createClient({ baseUrl: api.url, retry: false, ...withCredential(style), ...extra });

/** The requests each server receives during `run`. */
async function observe<T>(run: () => Promise<T>) {
  const [a, b] = [api.requests.length, other.requests.length];
  const result = await run();
  return { result, atApi: api.requests.slice(a), atOther: other.requests.slice(b) };
}

describe('a redirect to another origin drops every credential', () => {
  for (const status of REDIRECTS) {
    for (const style of STYLES) {
      it(`${status}, ${style}: the other origin receives no credential`, async () => {
        // A host move that keeps path and query, the way such redirects usually do.
        api.reply((req) => ({ status, headers: { location: `${other.url}${req.url}` } }));
        other.reply({ status: 200, body: { at: 'other' } });
        const { result, atApi, atOther } = await observe(() => client(style).getThing!());
        expect(result).toMatchObject({ ok: true, status: 200, data: { at: 'other' } });
        expect(atApi.map(credentialsIn)).toEqual([[style]]);
        expect(atOther).toHaveLength(1);
        expect(credentialsIn(atOther[0]!)).toEqual([]);
        expect(atOther[0]!.url).toBe('/thing');
      });
    }
  }

  it('a credential the caller put in per-call headers is dropped too (Authorization, the key header, Cookie)', async () => {
    api.reply({ status: 307, headers: { location: `${other.url}/thing` } });
    other.reply({ status: 200, body: {} });
    const { atOther } = await observe(() =>
      mod.createClient({ baseUrl: api.url, retry: false }).getThing!({
        headers: { Authorization: 'Bearer bearer-SECRET-1a2b', 'X-API-Key': 'header-SECRET-5e6f', 'X-Trace': 't-1' },
      }),
    );
    expect(credentialsIn(atOther[0]!)).toEqual([]);
    // Headers that carry no credential still go, as fetch would send them.
    expect(atOther[0]!.headers['x-trace']).toBe('t-1');
  });

  it('a chain that leaves the origin and comes back gets no credential back', async () => {
    other.reply({ status: 302, headers: { location: `${api.url}/thing` } });
    for (const style of STYLES) {
      api.reply(
        { status: 302, headers: { location: `${other.url}/bounce` } },
        { status: 200, body: { back: true } },
      );
      const { result, atApi, atOther } = await observe(() => client(style).getThing!());
      expect(result).toMatchObject({ ok: true, status: 200 });
      expect(atApi.map(credentialsIn)).toEqual([[style], []]);
      expect(atOther.map(credentialsIn)).toEqual([[]]);
    }
  });

  it('another host name for the same address is another origin (localhost vs 127.0.0.1)', async () => {
    const port = new URL(api.url).port;
    api.reply(
      (req) =>
        req.headers.host?.startsWith('localhost')
          ? { status: 200, body: {} }
          : { status: 308, headers: { location: `http://localhost:${port}/thing` } },
    );
    const { atApi } = await observe(() => client('headerKey').getThing!());
    expect(atApi.map((r) => [r.headers.host, credentialsIn(r)])).toEqual([
      [`127.0.0.1:${port}`, ['headerKey']],
      [`localhost:${port}`, []],
    ]);
  });
});

describe('a redirect within the origin keeps the credentials', () => {
  for (const status of REDIRECTS) {
    it(`${status}: every credential style reaches the new location`, async () => {
      for (const style of STYLES) {
        // The Location keeps no query: a query API key is attached again, once.
        api.reply({ status, headers: { location: '/thing?page=2' } }, { status: 200, body: { page: 2 } });
        const { result, atApi } = await observe(() => client(style).getThing!());
        expect(result).toMatchObject({ ok: true, status: 200, data: { page: 2 } });
        expect(atApi.map(credentialsIn)).toEqual([[style], [style]]);
        if (style === 'queryKey') expect(atApi[1]!.url).toMatch(/^\/thing\?page=2&api_key=[^&]+$/);
      }
    });
  }

  it('a Location that already carries the query key is sent as given, with the key once', async () => {
    api.reply((req) =>
      req.url.startsWith('/moved') ? { status: 200, body: {} } : { status: 301, headers: { location: `/moved${req.url}` } },
    );
    const { atApi } = await observe(() => client('queryKey').getThing!());
    expect(atApi.map((r) => r.url.split('api_key=').length - 1)).toEqual([1, 1]);
    expect(atApi[1]!.url).toBe(`/moved${atApi[0]!.url}`);
  });
});
