import { readdirSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { openapiTsInput } from '../../../generator/emit/types.js';
import { transformDocument } from '../../../generator/emit/types/openapi-ts-transform.js';
import { readSpec } from '../../../generator/load/read.js';

/**
 * The generator calls openapi-typescript's transform directly, skipping the lint and bundle passes of
 * its default export (emit/types/openapi-ts-transform.ts). That holds only while the two give the
 * same declarations: checked here on every seed and fixture spec, given as the generator gives them
 * (openapiTsInput), and on a document without `components`, which the bundle pass fills in.
 * An openapi-typescript upgrade that changes its context or its passes fails here.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const specs = [
  ...readdirSync(path.join(root, 'specs')).map((f) => `specs/${f}`),
  ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
];

async function bothWays(spec: Record<string, unknown>): Promise<[string, string]> {
  const document = openapiTsInput(spec).input;
  const viaDefault = astToString(await openapiTS(structuredClone(document) as never, { silent: true, alphabetize: false }));
  return [astToString(transformDocument(structuredClone(document))), viaDefault];
}

describe('openapi-typescript transform without its lint and bundle passes', () => {
  it.each(specs)('%s: same declarations as openapiTS()', async (specFile) => {
    const { spec } = await readSpec(path.join(root, specFile), specFile);
    if (!spec) return; // a fixture of a broken spec: nothing to type
    const [direct, viaDefault] = await bothWays(spec.data as Record<string, unknown>);
    expect(direct).toBe(viaDefault);
  });

  it('gives a document without components the empty one the bundle pass adds', async () => {
    const [direct, viaDefault] = await bothWays({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '204': { description: 'none' } } } } } });
    expect(direct).toContain('export interface components');
    expect(direct).toBe(viaDefault);
  });
});
