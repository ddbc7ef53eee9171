import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate, type GenerateResult } from '../../../generator/index.js';
import { writeOutputs } from '../../../generator/write/write.js';
import { repoRoot, scratchDir } from '../../support/cli.js';
import { tree } from './tree.js';

/** Two small fixtures generated once: enough files (~40) for writers to overlap, cheap to write. */
export async function smallResult(): Promise<GenerateResult> {
  const result = await generate({ specs: ['test/fixtures/composition.yaml', 'test/fixtures/server-variables.yaml'], cwd: repoRoot });
  return { ...result, apis: result.apis.map((a) => ({ ...a, api: undefined })) };
}

/** A result saved for child writers, and what a lone write of it produces. */
export async function prepared(result: GenerateResult): Promise<{ dir: string; resultFile: string; lone: Record<string, string | null> }> {
  const dir = scratchDir('output');
  const resultFile = path.join(dir, 'result.json');
  writeFileSync(resultFile, JSON.stringify(result));
  const loneDir = path.join(dir, 'lone');
  await writeOutputs(result, { outDir: loneDir, fullRun: true });
  return { dir, resultFile, lone: tree(loneDir) };
}

/**
 * `target` as a stale copy of the lone output: one file edited, one deleted, one extra, and the folder
 * of an API that no longer has a spec, so a write has to stage, swap and remove.
 */
export function makeStale(loneDir: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(loneDir, target, { recursive: true });
  const [first, second] = ['composition', 'server-variables'];
  writeFileSync(path.join(target, first!, 'types.gen.ts'), '// stale\n');
  rmSync(path.join(target, second!, 'index.ts'));
  writeFileSync(path.join(target, second!, 'extra.ts'), 'export {};\n');
  mkdirSync(path.join(target, 'gone'));
  writeFileSync(path.join(target, 'gone/MANIFEST'), '');
}
