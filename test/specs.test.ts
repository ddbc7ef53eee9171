import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const specsDir = fileURLToPath(new URL('../specs/', import.meta.url));
const specFiles = readdirSync(specsDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('specs/*.yaml', () => {
  it('has spec files to check', () => {
    expect(specFiles.length).toBeGreaterThan(0);
  });

  for (const file of specFiles) {
    describe(file, () => {
      const path = join(specsDir, file);
      const source = readFileSync(path, 'utf8');

      it('lints with no Redocly errors (minimal ruleset)', async () => {
        const config = await createConfig({ extends: ['minimal'] });
        const problems = await lintFromString({ source, absoluteRef: path, config });
        const errors = problems
          .filter((p) => p.severity === 'error')
          .map((p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer ?? '?'}`);
        expect(errors).toEqual([]);
      });

      it('is OpenAPI 3.1.0 and names its source seed', () => {
        const doc = parse(source) as { openapi?: unknown; info?: Record<string, unknown> };
        expect(doc.openapi).toBe('3.1.0');
        expect(doc.info?.['x-source-seed']).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      });
    });
  }
});
