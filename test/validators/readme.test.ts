import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_ONLY, FORMAT_RULES } from '../../generator/emit/validators/formats.js';
import { KNOWN_DEVIATIONS } from './suite-skips.js';
import { repoRoot } from './support/load.js';

/** README.md states the format table and skip list the code has. */
const doc = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('README.md (validators section)', () => {
  it('has one row per format, with the rule and the ajv-formats mapping from the format table', () => {
    for (const f of FORMAT_RULES) expect(doc).toContain(`| \`${f.name}\` | ${f.type} | ${f.rule} | ${f.ajv} |`);
    for (const f of ANNOTATION_ONLY) expect(doc).toContain(`| \`${f}\` | string | not checked (annotation) | same |`);
  });

  it('lists every known suite deviation with its reason', () => {
    for (const [key, reason] of Object.entries(KNOWN_DEVIATIONS)) expect(doc).toContain(`- ${key.replace('optional/format/', 'format/')} — ${reason}`);
  });
});
