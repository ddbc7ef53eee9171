import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStale, prepared, smallResult } from './support/results.js';
import { tree } from './support/tree.js';

/**
 * Several runs rewriting one stale output folder at once (before the folder lock, 1 in 3 such pairs
 * crashed with ENOENT and left `.gen-staging-*` behind). Each writer is a separate process using the
 * real write path; the processes start once and are told to write together, round after round, so the
 * 20 rounds cost little more than the writes themselves.
 */
const ROUNDS = 20;

function startWriter(): Promise<ChildProcess> {
  const child = fork(path.join(import.meta.dirname, 'support/writer.ts'), ['serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('error', reject);
  });
}

function writeOnce(child: ChildProcess, resultFile: string, outDir: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as { code: number; stderr: string }));
    child.send({ resultFile, outDir });
  });
}

describe('concurrent runs on one stale output folder', { timeout: 240_000 }, () => {
  let setup: Awaited<ReturnType<typeof prepared>>;
  const writers: ChildProcess[] = [];
  beforeAll(async () => {
    setup = await prepared(await smallResult());
    writers.push(...(await Promise.all([1, 2, 3, 4].map(startWriter))));
  });
  afterAll(() => {
    for (const w of writers) w.kill();
    rmSync(setup.dir, { recursive: true, force: true });
  });

  it.each([2, 4])('%i writers, 20 rounds: every run succeeds, the tree is a lone run\'s, nothing is left behind', async (count) => {
    const outDir = path.join(setup.dir, `out-${count}`);
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      makeStale(path.join(setup.dir, 'lone'), outDir);
      const replies = await Promise.all(writers.slice(0, count).map((w) => writeOnce(w, setup.resultFile, outDir)));
      for (const r of replies) if (r.code !== 0) failures.push(`round ${round}: exit ${r.code} ${r.stderr}`);
      // `.gen-lock`, `.gen-staging-*` and `.gen-old-*` are all gone: the tree is exactly the lone run's.
      expect(tree(outDir), `round ${round}`).toEqual(setup.lone);
    }
    expect(failures).toEqual([]);
  });
});
