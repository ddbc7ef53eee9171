import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addDocument, ourFormatChecks, referenceAjv } from './support/ajv.js';
import { compareOne, type OurValidator } from './support/compare.js';
import { generateSpecs, importValidators, repoRoot } from './support/load.js';
import { targetsOf } from './support/targets.js';

/** Inputs the differential test once disagreed on (regressions/*.json), replayed against ajv on every run. */
interface Regression {
  note: string;
  spec: string;
  validator: string;
  value: unknown;
}

const dir = path.join(repoRoot, 'test/validators/regressions');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Regression) }));

describe('differential regressions', () => {
  it.each(cases)('$file', async ({ spec, validator, value }) => {
    const ajv = referenceAjv(await ourFormatChecks());
    const [out] = await generateSpecs([spec]);
    const docId = `https://spec.invalid/${out!.plan.slug}`;
    addDocument(ajv, docId, parse(readFileSync(path.join(repoRoot, spec), 'utf8')));
    const target = targetsOf(out!.api, out!.plan, docId).find((t) => t.name === validator);
    expect(target, `${validator} is compared with ajv`).toBeDefined();
    const validators = await importValidators(out!.files.get('validators.gen.ts')!);
    expect(compareOne(validator, validators[validator] as OurValidator, target!.options, ajv.compile(target!.ajvSchema), value)).toBeUndefined();
  });
});
