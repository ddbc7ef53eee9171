import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../generator/emit/types.js';
import { PRETTIER_OPTIONS } from '../generator/format/format.js';
import { normalize } from '../generator/ir/normalize.js';
import { readSpec } from '../generator/load/read.js';
import { planApi } from '../generator/plan/plan.js';
import { testEmitContext } from './support/emit-context.js';
import { typesBothWays } from './support/types-reference.js';

/**
 * types.gen.ts is printed by emit/types/ and not formatted again, so prettier stays the judge: for
 * every seed and fixture, the printer's text is byte for byte what prettier made of TypeScript's
 * printout of the same AST (the generator's output before the printer), prettier leaves it as it
 * is, and no statement fell back to prettier. test/large does the same for GitHub, Stripe and a
 * sample of other published specs.
 */
const root = path.resolve(import.meta.dirname, '..');
const specs = [
  ...readdirSync(path.join(root, 'specs')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `specs/${f}`),
  ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
].sort();

describe.each(specs)('types.gen.ts of %s', (spec) => {
  it('is what prettier made of the TypeScript printout, prettier keeps it, and nothing fell back', async () => {
    const { spec: loaded } = await readSpec(path.join(root, spec), spec);
    const data = loaded!.data as Record<string, unknown>;
    const api = normalize(data, spec);
    const { printed, reference } = await typesBothWays(api, data);
    expect(printed.fallbacks).toEqual([]);
    expect(printed.text === reference, 'printer output differs from prettier on the TypeScript printout').toBe(true);
    expect(await prettier.format(printed.text, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(printed.text);
    // What the pipeline writes: the same text, marked so the format step leaves it alone.
    const [file] = await emitTypes(api, planApi(api), data, testEmitContext());
    expect(file).toEqual({ path: 'types.gen.ts', content: printed.text, parser: 'typescript', preformatted: true });
  });
});
