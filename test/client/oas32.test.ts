import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixture } from './support/fixture-client.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * OpenAPI 3.2 through clients generated from test/fixtures/oas32-*.yaml by the real pipeline, against
 * real servers on 127.0.0.1: the QUERY method and additional operations send their method and body;
 * streamed responses yield their items and end cleanly (with `error` saying why) when the connection drops.
 */
type AnyResult = { ok: boolean; status: number; data?: unknown; error?: unknown };
type AnyClient = Record<string, (request?: object) => Promise<AnyResult>>;
type Module = { createClient(options: Record<string, unknown>): AnyClient };
type Stream = AsyncIterable<unknown> & { readonly error: { kind: string; message: string } | undefined };

describe('oas32-methods: QUERY and additionalOperations', () => {
  let server: TestServer;
  let client: AnyClient;
  beforeAll(async () => {
    server = await startServer();
    const mod = await (await generateFixture('oas32-methods')).load<Module>();
    client = mod.createClient({ baseUrl: server.url, retry: false, validateResponses: true });
  });
  afterAll(() => server.close());

  it('sends QUERY with its JSON body and path-level query parameters', async () => {
    server.reply({ status: 200, body: [{ id: 'a' }] });
    const result = await client.searchItems!({ query: { limit: 5 }, body: { text: 'red shoes' } });
    expect(result).toEqual({ ok: true, status: 200, data: [{ id: 'a' }] });
    const seen = server.requests.at(-1)!;
    expect(seen.method).toBe('QUERY');
    expect(seen.url).toBe('/search?limit=5');
    expect(seen.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen.body)).toEqual({ text: 'red shoes' });
  });

  it('validates a QUERY body before sending', async () => {
    const before = server.requests.length;
    const result = await client.searchItems!({ body: { text: 7 } });
    expect(result.ok).toBe(false);
    expect((result.error as { kind: string }).kind).toBe('validation');
    expect(server.requests.length).toBe(before);
  });

  it('sends an additional operation with its method exactly as the spec writes it', async () => {
    server.reply({ status: 204 });
    expect(await client.linkItem!({ path: { id: 'x 1' }, body: { to: 'y' } })).toEqual({ ok: true, status: 204, data: undefined });
    expect(server.requests.at(-1)).toMatchObject({ method: 'LINK', url: '/items/x%201', body: '{"to":"y"}' });
    server.reply({ status: 200, body: { id: 'x' } });
    expect(await client.purgeItemsById!({ path: { id: 'x' } })).toEqual({ ok: true, status: 200, data: { id: 'x' } });
    expect(server.requests.at(-1)!.method).toBe('PURGE');
  });
});

/** A server that answers each request with `script`: write chunks, then end or drop the connection. */
async function streamServer(): Promise<{ url: string; next(script: (res: ServerResponse) => void): void; accept: () => string | undefined; close(): Promise<void> }> {
  let script: (res: ServerResponse) => void = (res) => res.end();
  let accept: string | undefined;
  const server: Server = createServer((req, res) => {
    accept = req.headers.accept;
    script(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    next: (s) => (script = s),
    accept: () => accept,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

async function drain(stream: Stream): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

describe('oas32-streams: itemSchema bodies as async iterables', () => {
  let server: Awaited<ReturnType<typeof streamServer>>;
  let client: AnyClient;
  beforeAll(async () => {
    server = await streamServer();
    const mod = await (await generateFixture('oas32-streams')).load<Module>();
    client = mod.createClient({ baseUrl: server.url, retry: false, validateResponses: true });
  });
  afterAll(() => server.close());

  it('an event stream: three events, then the connection drops: three items and a network error, no throw', async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': a comment\nevent: created\ndata: {"n":1}\nid: 1\n\n');
      // An event split across two writes, with CRLF line ends.
      res.write('event: deleted\r\ndata: two\r\n');
      setTimeout(() => {
        res.write('data: lines\r\n\r\nretry: 10\ndata: 3\n\n');
        // Half an event, then the socket is destroyed mid-body.
        res.write('data: never comp', () => setTimeout(() => res.socket?.destroy(), 20));
      }, 20);
    });
    const result = await client.watchEvents!();
    expect(result.ok).toBe(true);
    expect(server.accept()).toBe('text/event-stream, application/json');
    const stream = result.data as Stream;
    expect(await drain(stream)).toEqual([
      { event: 'created', data: '{"n":1}', id: '1' },
      // `id` is the last event ID, kept until a later `id:` line changes it (as EventSource reports it).
      { event: 'deleted', data: 'two\nlines', id: '1' },
      { data: '3', id: '1', retry: 10 },
    ]);
    expect(stream.error?.kind).toBe('network');
  });

  it('an event stream that ends normally ends with no error', async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: only\n\n');
    });
    const stream = (await client.watchEvents!()).data as Stream;
    expect(await drain(stream)).toEqual([{ data: 'only' }]);
    expect(stream.error).toBeUndefined();
  });

  it('validates each event against itemSchema: a bad one stops the stream with a validation error', async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('event: created\ndata: ok\n\nevent: exploded\ndata: bad\n\ndata: after\n\n');
    });
    // 'strict': an enum value the schema does not list is an error (plain `true` tolerates new values).
    const strict = (await (await generateFixture('oas32-streams')).load<Module>()).createClient({ baseUrl: server.url, validateResponses: 'strict' });
    const stream = (await strict.watchEvents!()).data as Stream;
    expect(await drain(stream)).toEqual([{ event: 'created', data: 'ok' }]);
    expect(stream.error?.kind).toBe('validation');
    expect(stream.error?.message).toContain('/items/1/event');
  });

  it('a documented JSON error status is read as JSON, not streamed', async () => {
    server.next((res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"title":"gone"}');
    });
    expect(await client.watchEvents!()).toEqual({ ok: false, status: 404, error: { title: 'gone' } });
  });

  it.each([
    ['tailLogs', 'application/jsonl', (s: string[]) => s.join('\n')],
    ['tailLogsNdjson', 'application/x-ndjson', (s: string[]) => s.join('\r\n')],
    ['tailLogsSeq', 'application/json-seq', (s: string[]) => s.map((x) => `\u001e${x}\n`).join('')],
  ])('%s (%s): items across chunk boundaries, the last line without a newline', async (method, type, join) => {
    const lines = ['{"level":"info","message":"a"}', '{"level":"warn","message":"b"}', '{"level":"error","message":"c"}'];
    const text = join(lines);
    server.next((res) => {
      res.writeHead(200, { 'content-type': type });
      res.write(text.slice(0, 17));
      setTimeout(() => res.end(text.slice(17)), 10);
    });
    const stream = (await client[method]!()).data as Stream;
    expect(await drain(stream)).toEqual(lines.map((l) => JSON.parse(l)));
    expect(stream.error).toBeUndefined();
    expect(server.accept()).toBe(type);
  });

  it('JSON Lines, dropped mid-line: the complete items, then a network error; the partial line is not parsed', async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'application/jsonl' });
      res.write('{"level":"info","message":"a"}\n{"level":"info","mess', () => setTimeout(() => res.socket?.destroy(), 20));
    });
    const stream = (await client.tailLogs!()).data as Stream;
    expect(await drain(stream)).toEqual([{ level: 'info', message: 'a' }]);
    expect(stream.error?.kind).toBe('network');
  });

  it('JSON Lines: a line that is not JSON ends the stream with a parse error', async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'application/jsonl' });
      res.end('{"level":"info","message":"a"}\nnot json\n');
    });
    const stream = (await client.tailLogs!()).data as Stream;
    expect(await drain(stream)).toEqual([{ level: 'info', message: 'a' }]);
    expect(stream.error?.kind).toBe('parse');
  });

  it("the caller's signal ends a stream that is still open", async () => {
    server.next((res) => {
      res.writeHead(200, { 'content-type': 'application/jsonl' });
      res.write('{"level":"info","message":"a"}\n');
    });
    const controller = new AbortController();
    const stream = (await client.tailLogs!({ signal: controller.signal })).data as Stream;
    const items: unknown[] = [];
    for await (const item of stream) {
      items.push(item);
      controller.abort();
    }
    expect(items).toEqual([{ level: 'info', message: 'a' }]);
    expect(stream.error?.kind).toBe('aborted');
  });
});
