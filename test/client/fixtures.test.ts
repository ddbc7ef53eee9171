import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixture } from './support/fixture-client.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Behaviours no seed exercises, through clients generated from test/fixtures/client-*.yaml by the real
 * pipeline and called against a real server. Their type-level behaviour is checked in types.test.ts.
 */
type AnyResult = { ok: boolean; status: number; data?: unknown; error?: unknown; response?: Response };
type AnyClient = Record<string, (request?: object) => Promise<AnyResult>>;
type Module = { createClient(options: Record<string, unknown>): AnyClient };

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
const last = () => server.requests.at(-1)!;

describe('client-statuses: result unions at runtime', () => {
  let client: AnyClient;
  beforeAll(async () => {
    const mod = await (await generateFixture('client-statuses')).load<Module>();
    client = mod.createClient({ baseUrl: `${server.url}/v1`, retry: false });
  });

  it('documented statuses: exact beats range; problem+json is JSON; 204 is ok with no data', async () => {
    server.reply({ status: 200, body: { id: 7, name: 'seven' } });
    expect(await client.getItem!({ path: { id: 7 } })).toEqual({
      ok: true,
      status: 200,
      data: { id: 7, name: 'seven' },
    });
    expect(last().url).toBe('/v1/items/7');
    server.reply({ status: 204 });
    expect(await client.getItem!({ path: { id: 7 } })).toEqual({ ok: true, status: 204, data: undefined });
    server.reply({
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
      body: '{"title":"Not Found"}',
    });
    expect(await client.getItem!({ path: { id: 7 } })).toEqual({
      ok: false,
      status: 404,
      error: { title: 'Not Found' },
    });
  });

  it('ranges: 4XX and 5XX bodies are read with their schema; undocumented 2xx/3xx are not ok', async () => {
    server.reply({ status: 422, body: { title: 'Unprocessable' } });
    expect(await client.getItem!({ path: { id: 1 } })).toEqual({
      ok: false,
      status: 422,
      error: { title: 'Unprocessable' },
    });
    server.reply({ status: 500, body: { title: 'Boom' } });
    expect(await client.getItem!({ path: { id: 1 } })).toEqual({ ok: false, status: 500, error: { title: 'Boom' } });
    server.reply({ status: 202, body: { queued: true } });
    expect(await client.getItem!({ path: { id: 1 } })).toEqual({ ok: false, status: 202, error: { queued: true } });
  });

  it('default: a 2xx is ok, anything else a failure, both typed with its schema', async () => {
    server.reply({ status: 201, body: { at: 'now' } });
    expect(await client.ping!()).toEqual({ ok: true, status: 201, data: { at: 'now' } });
    server.reply({ status: 418, body: { at: 'teapot' } });
    expect(await client.ping!()).toEqual({ ok: false, status: 418, error: { at: 'teapot' } });
  });

  it('text and binary bodies; DELETE 204; HEAD reads no body', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'text/plain' }, body: '# Read me' });
    expect(await client.getReadme!()).toEqual({ ok: true, status: 200, data: '# Read me' });
    server.reply({ status: 200, headers: { 'content-type': 'application/octet-stream' }, body: 'BIN' });
    const exported = await client.exportItems!();
    expect(exported.data).toBeInstanceOf(Blob);
    expect(await (exported.data as Blob).text()).toBe('BIN');
    server.reply({ status: 204 });
    expect(await client.deleteItem!({ path: { id: 3 } })).toEqual({ ok: true, status: 204, data: undefined });
    expect(last().method).toBe('DELETE');
    server.reply({ status: 404 });
    expect(await client.itemExists!({ path: { id: 3 } })).toEqual({ ok: false, status: 404, error: undefined });
    expect(last().method).toBe('HEAD');
  });

  it('wildcard media (*/*): the body goes as JSON, the response is read by its own content type', async () => {
    server.reply({ status: 200, body: { id: 1, name: 'one' } });
    expect(await client.postWild!({ body: { id: 1, name: 'one' } })).toEqual({
      ok: true,
      status: 200,
      data: { id: 1, name: 'one' },
    });
    expect(last().headers['content-type']).toBe('application/json');
    expect(last().body).toBe('{"id":1,"name":"one"}');
    server.reply({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'plain' });
    expect(await client.postWild!({ body: { id: 1, name: 'one' } })).toEqual({ ok: true, status: 200, data: 'plain' });
  });
});

describe('client-auth: API key header, basic, bearer, alternatives, public operations', () => {
  let mod: Module;
  beforeAll(async () => {
    mod = await (await generateFixture('client-auth')).load<Module>();
  });

  it('sends the first alternative whose credentials are configured', async () => {
    server.reply({ status: 200 });
    await mod.createClient({ baseUrl: server.url, apiKey: 'key-123', basicAuth: 'ada:pässword' })
      .withDocumentSecurity!();
    expect(last().headers['x-api-key']).toBe('key-123');
    expect(last().headers.authorization).toBeUndefined();
    await mod.createClient({ baseUrl: server.url, basicAuth: 'ada:pässword' }).withDocumentSecurity!();
    expect(last().headers['x-api-key']).toBeUndefined();
    expect(last().headers.authorization).toBe(`Basic ${Buffer.from('ada:pässword').toString('base64')}`);
  });

  it('applies schemes that must go together, and none on a public operation', async () => {
    server.reply({ status: 200 });
    const client = mod.createClient({ baseUrl: server.url, apiKey: 'key-123', token: () => 'jwt-abc' });
    await client.withKeyAndToken!();
    expect(last().headers).toMatchObject({ 'x-api-key': 'key-123', authorization: 'Bearer jwt-abc' });
    await client.publicEndpoint!();
    expect(last().headers['x-api-key']).toBeUndefined();
    expect(last().headers.authorization).toBeUndefined();
  });

  it('calls a credential function before every attempt (token refresh), and a failing one is a credential error', async () => {
    let n = 0;
    server.reply({ status: 503 }, { status: 200 });
    const client = mod.createClient({ baseUrl: server.url, apiKey: () => `key-${++n}`, retry: { baseDelayMs: 1 } });
    expect((await client.withDocumentSecurity!()).status).toBe(200);
    expect(server.requests.slice(-2).map((r) => r.headers['x-api-key'])).toEqual(['key-1', 'key-2']);
    const broken = mod.createClient({
      baseUrl: server.url,
      apiKey: async () => Promise.reject(new Error('refresh failed')),
    });
    const res = await broken.withDocumentSecurity!();
    expect(res.status).toBe(0);
    expect(res.error).toMatchObject({ kind: 'credential', attempts: 0 });
  });
});

describe('client-params: serialisation on the wire', () => {
  let mod: Module;
  beforeAll(async () => {
    mod = await (await generateFixture('client-params')).load<Module>();
  });

  it('path styles simple/label/matrix and query styles form/spaceDelimited/pipeDelimited/deepObject', async () => {
    server.reply({ status: 200, body: [] });
    const client = mod.createClient({ baseUrl: server.url });
    const res = await client.search!({
      path: { id: [1, 2], label: ['a', 'b c'], matrix: { x: '1', y: '2' } },
      query: {
        q: 'a&b=c',
        tags: ['x', 'y'],
        csv: ['x', 'y'],
        spaced: [1, 2],
        piped: [3, 4],
        filter: { color: 'red', size: 'L' },
        point: { x: 1, y: 2 },
        redirect: 'https://e.com/a?b',
      },
      headers: { 'X-Trace': 42, 'X-Extra': 'yes' },
      cookies: { session: 's 1' },
    });
    expect(res.ok).toBe(true);
    expect(last().url).toBe(
      '/search/1,2/.a,b%20c/;x=1;y=2' +
        '?tags=x&tags=y&csv=x,y&spaced=1%202&piped=3|4&filter[color]=red&filter[size]=L&x=1&y=2' +
        '&redirect=https://e.com/a?b&q=a%26b%3Dc',
    );
    expect(last().headers).toMatchObject({ 'x-trace': '42', 'x-extra': 'yes', cookie: 'session=s%201' });
  });

  it('form-urlencoded bodies', async () => {
    server.reply({ status: 204 });
    const client = mod.createClient({ baseUrl: server.url });
    expect(await client.submitForm!({ body: { name: 'Ada L', tags: ['a', 'b'] } })).toEqual({
      ok: true,
      status: 204,
      data: undefined,
    });
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last().body).toBe('name=Ada+L&tags=a&tags=b');
  });

  it('binary bodies go as given: a Blob, and a stream (not retried, it cannot be replayed)', async () => {
    const client = mod.createClient({ baseUrl: server.url, retry: { baseDelayMs: 1 } });
    server.reply({ status: 204 });
    expect((await client.upload!({ body: new Blob(['blob bytes']) })).status).toBe(204);
    expect(last().headers['content-type']).toBe('application/octet-stream');
    expect(last().body).toBe('blob bytes');
    server.reply({ status: 503 });
    const before = server.requests.length;
    const stream = new Blob(['stream bytes']).stream();
    expect((await client.upload!({ body: stream })).status).toBe(503);
    expect(server.requests.length).toBe(before + 1);
    expect(last().body).toBe('stream bytes');
  });

  it('a missing required query parameter is a validation error', async () => {
    const client = mod.createClient({ baseUrl: server.url });
    const res = await client.search!({ path: { id: [1], label: ['a'], matrix: {} }, query: {} });
    expect(res.status).toBe(0);
    expect(res.error).toMatchObject({ kind: 'validation' });
  });
});

describe('client-builtin-names: operations and credentials named like built-in members', () => {
  let mod: Module;
  beforeAll(async () => {
    mod = await (await generateFixture('client-builtin-names')).load<Module>();
  });

  it('the client is no thenable and keeps Object.prototype: the methods carry a trailing underscore', async () => {
    const client = mod.createClient({ baseUrl: server.url, retry: false });
    // An own `then` would make `await` call it (and hang); an own `toString` would break String(client).
    expect(await Promise.resolve(client)).toBe(client);
    expect(String(client)).toBe('[object Object]');
    for (const key of ['then', 'toString', 'valueOf', 'hasOwnProperty', 'constructor']) {
      expect(Object.hasOwn(client, key), key).toBe(false);
      expect(typeof client[`${key}_`], `${key}_`).toBe('function');
    }
    server.reply({ status: 200, body: { toString: 'kept', constructor: 1, then: 'x' } });
    expect(await client.then_!()).toMatchObject({ ok: true, status: 200, data: { toString: 'kept', constructor: 1, then: 'x' } });
    expect(last().url).toBe('/then');
  });

  it('property and parameter names stay as the spec wrote them; credential options get the underscore', async () => {
    const client = mod.createClient({ baseUrl: server.url, retry: false, toString_: 'k1', then_: 'k2' });
    server.reply({ status: 204 });
    expect((await client.toString_!()).status).toBe(204);
    expect(last().headers['x-key']).toBe('k1');
    expect(last().url).toBe('/to-string?key=k2');
    await client.valueOf_!({ path: { constructor: 'c' }, query: { hasOwnProperty: true }, body: { toString: 's' } });
    expect(last().url).toBe('/value-of/c?hasOwnProperty=true');
    expect(JSON.parse(last().body)).toEqual({ toString: 's' });
  });

  // The runtime reads own properties only (serialize.ts): an omitted value named like an
  // Object.prototype member is not its inherited source text.
  it('an omitted query value named like an Object.prototype member is not sent', async () => {
    const client = mod.createClient({ baseUrl: server.url, retry: false, validateRequests: false, toString_: 'k1' });
    server.reply({ status: 204 });
    await client.valueOf_!({ path: { constructor: 'c' }, query: {}, body: {} });
    expect(last().url).toBe('/value-of/c');
  });
});
