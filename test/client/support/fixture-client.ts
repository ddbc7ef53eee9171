import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../../generator/index.js';
import { repoRoot, scratchDir } from '../../support/cli.js';

/**
 * Generates a fixture spec through the real pipeline into a fresh folder under test/.tmp and imports
 * its index.ts, so a behaviour that no seed exercises can be tested against a real server.
 */
export async function generateFixture(fixture: string): Promise<{ dir: string; load: <T>() => Promise<T> }> {
  const result = await generate({ specs: [`test/fixtures/${fixture}.yaml`], cwd: repoRoot });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('\n'));
  const dir = scratchDir(`client-${fixture}`);
  for (const file of result.apis[0]!.files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
  return { dir, load: <T>() => import(pathToFileURL(path.join(dir, 'index.ts')).href) as Promise<T> };
}
