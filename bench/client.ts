import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createClient } from '../generated/tetherai/index.js';

/**
 * Calls per second through the generated client vs bare `fetch` against the same loopback server, in
 * one run. Every round runs each side in rotating order; the ratio is the median of the per-round
 * ratios, with its interquartile range, so a burst of load from elsewhere spoils a round, not the
 * result. Each round is timed twice: wall clock (calls/s) and this process's CPU time, which other
 * processes on a busy machine do not inflate, so `ratio` is the CPU-time one and `wallRatio` the other.
 * The bare side does what a careful hand-written call does (same method, URL, headers, JSON body,
 * JSON parse); the client adds request validation, result building, retry bookkeeping and a
 * per-attempt timeout. Goal: ratio ≥ 0.90 (overhead ≤ 10%).
 */
export interface ClientBenchRow {
  name: string;
  /** client ÷ bare fetch calls per CPU-second: the median over rounds. */
  ratio: number;
  /** 25th and 75th percentile of the per-round CPU-time ratios. */
  ratioIqr: [number, number];
  /** client ÷ bare fetch calls per wall-clock second: the median over rounds. */
  wallRatio: number;
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
    const wallMs = sides.map(() => 0);
    const cpuRatios: number[][] = sides.map(() => []);
    const wallRatios: number[][] = sides.map(() => []);
    for (let round = 0; round < rounds; round++) {
      const taken = sides.map(() => ({ wall: 0, cpu: 0 }));
      // Rotate the order so warm caches and GC pauses favour no side.
      for (let k = 0; k < sides.length; k++) {
        const i = (round + k) % sides.length;
        taken[i] = await repeat(sides[i]!.run, perRound);
        wallMs[i]! += taken[i]!.wall;
      }
      for (let i = 1; i < sides.length; i++) {
        cpuRatios[i]!.push(taken[0]!.cpu / taken[i]!.cpu);
        wallRatios[i]!.push(taken[0]!.wall / taken[i]!.wall);
      }
    }
    const calls = rounds * perRound;
    const perSec = wallMs.map((t) => (calls / t) * 1000);
    return sides.slice(1).map((side, j) => ({
      name: side.name,
      ratio: quantile(cpuRatios[j + 1]!, 0.5),
      ratioIqr: [quantile(cpuRatios[j + 1]!, 0.25), quantile(cpuRatios[j + 1]!, 0.75)],
      wallRatio: quantile(wallRatios[j + 1]!, 0.5),
      clientPerSec: perSec[j + 1]!,
      fetchPerSec: perSec[0]!,
      calls,
    }));
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Runs `call` `times` times in sequence; wall and CPU time in ms. */
async function repeat(call: () => Promise<void>, times: number): Promise<{ wall: number; cpu: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < times; i++) await call();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
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
        `ratio ${row.ratio.toFixed(3)} by CPU time (IQR ${low}–${high}), ${row.wallRatio.toFixed(3)} by wall clock; ` +
        `${row.calls} calls per side`,
    );
  }
}
