import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Type-checks generated output folders the way `tsconfig.generated.json` checks generated/ (strict,
 * browser + ES libs, no @types/node), through a temporary tsconfig in `scratchDir` that extends it.
 * Returns tsc's diagnostics, one per line; an empty list means the output compiles.
 */
export function typecheckGenerated(dirs: readonly string[], scratchDir: string): string[] {
  mkdirSync(scratchDir, { recursive: true });
  const config = path.join(scratchDir, 'tsconfig.json');
  const include = dirs.map((d) => path.relative(scratchDir, d).split(path.sep).join('/') + '/**/*.ts');
  writeFileSync(config, JSON.stringify({ extends: path.join(repoRoot, 'tsconfig.generated.json'), include }, null, 2));
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', tsc, '-p', config, '--pretty', 'false'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw run.error;
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
  if (run.status !== 0 && lines.length === 0) throw new Error(`tsc exited with ${run.status} and no output`);
  return lines;
}
