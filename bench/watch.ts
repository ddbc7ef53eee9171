import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './measure.js';

/**
 * Watch mode's latency, from a save to the output on disk: the five seeds are copied to a scratch
 * project, `generator/cli/bin.mjs --watch` runs there, and each round edits one spec's title (saved in
 * place and by rename, in turn) and polls the API's docs/index.md every 2 ms until the new title is
 * in it. The anchor, measured in the same run, is what the same edit costs without watch mode: a fresh
 * `generator/cli/bin.mjs` run over the same project (spawn to exit; the run record cannot skip it, the spec
 * changed). `ratio` = watch latency ÷ that run, medians of the rounds.
 */
export interface WatchBenchRow {
  measurement: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  rounds: number;
  ratio: number | string;
}

const SPEC = 'specs/exante.yaml';
const PAGE = 'generated/exante/docs/index.md';

export async function benchWatch(options: { rounds?: number } = {}): Promise<WatchBenchRow[]> {
  const rounds = options.rounds ?? 8;
  const dir = path.join(repoRoot, 'test/.tmp/bench/watch');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(repoRoot, 'specs'), path.join(dir, 'specs'), { recursive: true });
  const spec = path.join(dir, SPEC);
  const original = readFileSync(spec, 'utf8');
  const titled = (title: string) => original.replace(/^  title: .*$/m, `  title: ${title}`);

  const child = spawn(process.execPath, [path.join(repoRoot, 'generator/cli/bin.mjs'), '--watch', '--quiet'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const watchMs: number[] = [];
  try {
    // --quiet keeps only errors on stderr; the first run is done when its output exists.
    await poll(() => safeRead(path.join(dir, 'generated/sidebar.json')) !== undefined, 300_000, () => stderr);
    for (let round = 0; round < rounds; round++) {
      const title = `Watch bench ${round}`;
      const started = performance.now();
      if (round % 2 === 0) writeFileSync(spec, titled(title));
      else {
        writeFileSync(`${spec}.tmp`, titled(title));
        renameSync(`${spec}.tmp`, spec);
      }
      await poll(() => safeRead(path.join(dir, PAGE))?.includes(title) === true, 120_000, () => stderr);
      watchMs.push(performance.now() - started);
    }
  } finally {
    child.kill('SIGINT');
  }

  // The anchor: the same edit, then a one-shot run as users run it.
  const cliMs: number[] = [];
  for (let round = 0; round < Math.min(rounds, 4); round++) {
    writeFileSync(spec, titled(`One-shot ${round}`));
    const started = performance.now();
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'generator/cli/bin.mjs'), '--quiet'], { cwd: dir, encoding: 'utf8' });
    cliMs.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`one-shot run failed: ${run.stderr}`);
  }
  const watch = stats(watchMs);
  const cli = stats(cliMs);
  return [
    { measurement: 'watch: save → output written (one seed edited, five watched)', ...watch, rounds: watchMs.length, ratio: watch.medianMs / cli.medianMs },
    { measurement: 'anchor: same edit, then `node generator/cli/bin.mjs` (spawn to exit)', ...cli, rounds: cliMs.length, ratio: '1 (anchor)' },
  ];
}

function stats(ms: number[]): { medianMs: number; minMs: number; maxMs: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs, minMs: sorted[0]!, maxMs: sorted[sorted.length - 1]! };
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function poll(condition: () => boolean, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`watch bench: timed out\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

// `npx tsx bench/watch.ts` runs this bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchWatch().then((rows) => console.table(rows));
}
