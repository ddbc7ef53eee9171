import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the loopback server saw of one request. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The answer the loopback server gives to the next request. */
export interface Reply {
  status: number;
  contentType?: string;
  body?: unknown;
}

/** A real HTTP server on 127.0.0.1 with an OS-chosen port; it records requests and sends the queued reply. */
export interface Loopback {
  origin: string;
  received: Received[];
  reply(next: Reply): void;
  close(): Promise<void>;
}

/** Starts a loopback server (port 0) for a client test. */
export async function startLoopback(): Promise<Loopback> {
  const received: Received[] = [];
  let next: Reply = { status: 500, contentType: 'text/plain', body: 'no reply queued' };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      if (next.body === undefined) {
        res.writeHead(next.status).end();
        return;
      }
      const text = typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
      res.writeHead(next.status, { 'content-type': next.contentType ?? 'application/json' }).end(text);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    reply: (r) => {
      next = r;
    },
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
