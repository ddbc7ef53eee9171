import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the real CLI (through tsx) in `cwd`; used only by tests of the CLI itself. */
export function runCli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  const result = spawnSync(tsx, [path.join(repoRoot, 'generator/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh scratch folder under test/.tmp (git-ignored). */
export function scratchDir(prefix: string): string {
  const base = path.join(repoRoot, 'test/.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${prefix}-`));
}
