import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../generator/diagnostics.js';
import { generate } from '../generator/index.js';

/**
 * One small spec per behaviour in test/fixtures/; every output file is pinned under
 * test/__snapshots__/<fixture>/ so reviewers read real .ts/.md files in the diff.
 * Adding a case means adding a fixture, with no new test code.
 */
const root = path.resolve(import.meta.dirname, '..');
const fixtures = readdirSync(path.join(root, 'test/fixtures'))
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe.each(fixtures)('fixture %s', (fixture) => {
  it('generates without errors and matches the pinned output', async () => {
    const result = await generate({ specs: [`test/fixtures/${fixture}`], cwd: root });
    const api = result.apis[0]!;
    const errors = api.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(api.files.map((f) => f.path)).toContain('types.gen.ts');
    const name = fixture.replace(/\.(ya?ml|json)$/, '');
    for (const file of api.files) {
      await expect(file.content).toMatchFileSnapshot(`__snapshots__/${name}/${file.path}`);
    }
    const warnings = api.diagnostics.map(formatDiagnostic).join('\n');
    await expect(warnings + '\n').toMatchFileSnapshot(`__snapshots__/${name}/DIAGNOSTICS.txt`);
  });
});
