import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createClient } from '../generated/tetherai/index.js';

/**
 * Calls per second through the generated client vs bare `fetch` against the same loopback server, in
 * one run. Every round runs each side in rotating order, and the ratio reported is the median of the
 * per-round ratios, with its interquartile range: a burst of load from elsewhere on the machine spoils a
 * round, not the result. The bare side does what a careful hand-written call does (same method, URL,
 * headers, JSON body, JSON parse); the client adds request validation, result building, retry
 * bookkeeping and a per-attempt timeout. Goal: ratio ≥ 0.90 (overhead ≤ 10%).
 */
export interface ClientBenchRow {
  name: string;
  /** client calls/s ÷ bare fetch calls/s: the median over rounds. */
  ratio: number;
  /** 25th and 75th percentile of the per-round ratios. */
  ratioIqr: [number, number];
  clientPerSec: number;
  fetchPerSec: number;
  calls: number;
}

const RESPONSE = JSON.stringify({
  user: { _id: '5f7b1c2e8a1d4e0012c3b4a5', email: 'admin@acme.example', fullName: 'Acme Admin', accessRole: 'ADMIN' },
  persona: { position: 'Leasing Manager', region: 'Toronto', timezone: 'America/Toronto' },
});
const BODY = {
  fullName: 'Alex Rep',
  email: 'alex@acme.example',
  phoneNumber: '+14155550199',
  callForwardingEnabled: true,
};
const TOKEN = 'bench-token';

/** Runs the benchmark: a warm-up, then `rounds` rounds of `perRound` sequential calls per side. */
export async function benchClient(options: { rounds?: number; perRound?: number } = {}): Promise<ClientBenchRow[]> {
  const rounds = options.rounds ?? 31;
  const perRound = options.perRound ?? 100;
  const server = await listen();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const bare = async () => {
      const res = await fetch(`${base}/api/user/profile`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(BODY),
      });
      if (res.status !== 200) throw new Error(`bare fetch: HTTP ${res.status}`);
      await res.json();
    };
    const viaClient = (client: ReturnType<typeof createClient>) => async () => {
      const res = await client.updateCurrentUserProfile({ body: BODY });
      if (!res.ok) throw new Error(`client: ${res.status === 0 ? res.error.message : `HTTP ${res.status}`}`);
    };
    const sides = [
      { name: 'bare fetch', run: bare },
      {
        name: 'client (defaults: request validation on)',
        run: viaClient(createClient({ baseUrl: base, token: TOKEN })),
      },
      {
        name: 'client (validateRequests: false)',
        run: viaClient(createClient({ baseUrl: base, token: TOKEN, validateRequests: false })),
      },
    ];
    for (const side of sides) await repeat(side.run, perRound * 3);
    const ms = sides.map(() => 0);
    const ratios: number[][] = sides.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const taken = sides.map(() => 0);
      // Rotate the order so warm caches and GC pauses favour no side.
      for (let k = 0; k < sides.length; k++) {
        const i = (round + k) % sides.length;
        taken[i] = await repeat(sides[i]!.run, perRound);
        ms[i]! += taken[i]!;
      }
      for (let i = 1; i < sides.length; i++) ratios[i]!.push(taken[0]! / taken[i]!);
    }
    const calls = rounds * perRound;
    const perSec = ms.map((t) => (calls / t) * 1000);
    return sides.slice(1).map((side, j) => {
      const sorted = [...ratios[j + 1]!].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return {
        name: side.name,
        ratio: at(0.5),
        ratioIqr: [at(0.25), at(0.75)],
        clientPerSec: perSec[j + 1]!,
        fetchPerSec: perSec[0]!,
        calls,
      };
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function repeat(call: () => Promise<void>, times: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < times; i++) await call();
  return performance.now() - started;
}

function listen(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(RESPONSE) });
      res.end(RESPONSE);
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await benchClient()) {
    const [low, high] = row.ratioIqr.map((r) => r.toFixed(2));
    console.log(
      `${row.name}: ${row.clientPerSec.toFixed(0)} calls/s vs bare fetch ${row.fetchPerSec.toFixed(0)} calls/s; ` +
        `ratio ${row.ratio.toFixed(3)} (median of rounds, IQR ${low}–${high}; ${row.calls} calls per side)`,
    );
  }
}
