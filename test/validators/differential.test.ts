import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addDocument, ourFormatChecks, referenceAjv } from './support/ajv.js';
import { valueArbitrary } from './support/arbitraries.js';
import { compareOne, type Disagreement, type OurValidator } from './support/compare.js';
import { generateSpecs, importValidators, repoRoot } from './support/load.js';
import { mutate } from './support/mutate.js';
import { targetsOf } from './support/targets.js';

/**
 * Differential test: the generated validators of the five specs against ajv 8 + ajv-formats on
 * ≥100,000 inputs per run — values fast-check generates from each schema, plus mutations of each
 * (wrong types, missing and extra properties, strings and numbers just out of range, broken formats).
 * Seeded, so every run sees the same inputs. Zero disagreements on the verdict, and the same
 * `keyword pointer` pairs for invalid input. A disagreement found once goes to regressions/.
 */
// Overridable to hunt for disagreements with other seeds or more inputs (CI uses the defaults).
const TOTAL_INPUTS = Number(process.env.VALIDATORS_DIFF_INPUTS ?? 110_000);
const MUTANTS_PER_VALUE = 3;
const SEED = Number(process.env.VALIDATORS_DIFF_SEED ?? 42);

const specs = readdirSync(path.join(repoRoot, 'specs'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `specs/${f}`);

describe('validators vs ajv (differential)', () => {
  it(`agree on ≥100,000 generated and mutated inputs from ${specs.length} specs`, async () => {
    const ajv = referenceAjv(await ourFormatChecks());
    const work: { spec: string; api: Parameters<typeof targetsOf>[0]; target: ReturnType<typeof targetsOf>[number]; ours: OurValidator; ajv: ReturnType<typeof ajv.compile> }[] = [];
    for (const [i, g] of (await generateSpecs(specs)).entries()) {
      const docId = `https://spec.invalid/${g.plan.slug}`;
      addDocument(ajv, docId, parse(readFileSync(path.join(repoRoot, specs[i]!), 'utf8')));
      const validators = await importValidators(g.files.get('validators.gen.ts')!);
      for (const target of targetsOf(g.api, g.plan, docId)) {
        work.push({ spec: specs[i]!, api: g.api, target, ours: validators[target.name] as OurValidator, ajv: ajv.compile(target.ajvSchema) });
      }
    }
    const perTarget = Math.ceil(TOTAL_INPUTS / work.length / (1 + MUTANTS_PER_VALUE));
    let inputs = 0;
    let valid = 0;
    const disagreements: (Disagreement & { spec: string })[] = [];
    work.forEach((w, index) => {
      const arbitrary = fc.tuple(valueArbitrary(w.api, w.target.schema), fc.array(fc.integer(), { minLength: MUTANTS_PER_VALUE, maxLength: MUTANTS_PER_VALUE }));
      for (const [value, seeds] of fc.sample(arbitrary, { seed: SEED + index, numRuns: perTarget })) {
        for (const input of [value, ...seeds.map((s) => mutate(value, s))]) {
          inputs++;
          const d = compareOne(w.target.name, w.ours, w.target.options, w.ajv, input);
          if (d) disagreements.push({ spec: w.spec, ...d });
          else if (w.ours(input, w.target.options).ok) valid++;
        }
      }
    });
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(inputs).toBeGreaterThanOrEqual(Math.min(TOTAL_INPUTS, 100_000));
    // Both kinds must be well represented, or the test proves little.
    expect(valid / inputs).toBeGreaterThan(0.2);
    expect(valid / inputs).toBeLessThan(0.8);
    // Generous: about 30 s on an idle 2-core machine, but CI runs other test files beside it.
  }, Math.max(120_000, TOTAL_INPUTS));
});
