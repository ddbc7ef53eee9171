import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it; `at` is the server's own clock (performance.now) on arrival. */
export interface SeenRequest {
  method: string;
  /** Path and query exactly as sent on the wire. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** How the server answers the n-th request (0-based): a real HTTP response, a reset, or silence. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string | object }
  | { reset: true }
  | { hang: true }
  /** Sends the status line, headers and part of a JSON body, then goes silent. */
  | { stall: true };

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: SeenRequest[];
  /** Sets the replies for the next requests; the last one repeats. */
  reply(...replies: (Reply | ((req: SeenRequest) => Reply))[]): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, random port, that records every request and answers as told. */
export async function startServer(): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let replies: (Reply | ((req: SeenRequest) => Reply))[] = [{ status: 200, body: {} }];
  let served = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(seen);
      const next = replies[Math.min(served++, replies.length - 1)]!;
      answer(typeof next === 'function' ? next(seen) : next, res);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => {
      replies = next;
      served = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(reply: Reply, res: ServerResponse): void {
  if ('reset' in reply) {
    res.socket?.resetAndDestroy();
    return;
  }
  if ('hang' in reply) return;
  if ('stall' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"user":');
    return;
  }
  const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers: Record<string, string> = { ...reply.headers };
  if (typeof reply.body === 'object' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  res.writeHead(reply.status, headers);
  res.end(body);
}
