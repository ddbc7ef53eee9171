import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/index.js';
import { checkOutputs } from '../generator/write/write.js';
import { repoRoot } from './support/cli.js';

/**
 * The committed specs/ and generated/ are the large golden case: generated/ must be their current output.
 * consumers.test.ts compiles it.
 */
describe('generated/', () => {
  it('is the current output of specs/ (what --check verifies in CI)', async () => {
    const specs = readdirSync(path.join(repoRoot, 'specs')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `specs/${f}`);
    const result = await generate({ specs, cwd: repoRoot });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const drift = await checkOutputs(result, { outDir: path.join(repoRoot, 'generated'), fullRun: true });
    expect(drift).toEqual([]);
  });
});
