import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { testTmp } from './tmp.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the real CLI in `cwd` through its entry, generator/cli/bin.mjs, as `npm run generate` does; used only by tests of the CLI itself. */
export function runCli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  // A timeout, so a run that never exits (a worker left referenced) fails here rather than hanging.
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'generator/cli/bin.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 150_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh scratch folder under the run's test/.tmp folder (git-ignored). */
export function scratchDir(prefix: string): string {
  const base = testTmp();
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${prefix}-`));
}
