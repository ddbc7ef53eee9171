import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../generator/diagnostics.js';
import { generate } from '../generator/index.js';
import { normalize } from '../generator/ir/normalize.js';
import { parseSpecText } from '../generator/load/read.js';
import { validateSpec } from '../generator/load/validate.js';
import { generateFixture } from './client/support/fixture-client.js';
import { repoRoot } from './support/cli.js';

/**
 * OpenAPI 3.2 as the generator reads it: checked against the official 3.2 schema, its additions
 * honoured where the outputs can express them and warned about where they cannot, and a 3.1 document
 * that uses 3.2 words keeps the 3.1 meaning. Fixture outputs are pinned by fixtures.test.ts; the
 * client's wire behaviour by client/oas32.test.ts.
 */
const codes = (yaml: string) => {
  const { spec } = parseSpecText(yaml, 'spec.yaml');
  return validateSpec(spec!).map((d) => `${d.severity} ${d.code} ${d.pointer}: ${d.message}`);
};
const head = (version: string) => `openapi: ${version}\ninfo: { title: t, version: '1' }\n`;

describe('OpenAPI 3.2 documents', () => {
  it('are accepted and checked against the official 3.2 schema', () => {
    expect(codes(`${head('3.2.0')}paths: {}\n`)).toEqual([]);
    expect(codes(`${head('3.2.1')}paths:\n  /a:\n    query:\n      responses: { '200': { description: ok } }\n`)).toEqual([]);
    // 3.2 refuses a fixed-field method among additionalOperations, and fields no version has.
    const bad = codes(`${head('3.2.0')}paths:\n  /a:\n    additionalOperations:\n      POST:\n        responses: { '200': { description: ok } }\ntags: [{ name: a, colour: red }]\n`);
    expect(bad.some((l) => l.includes('/paths/~1a/additionalOperations'))).toBe(true);
    expect(bad.some((l) => l.startsWith('warning SPEC_UNKNOWN_FIELD /tags/0/colour'))).toBe(true);
  });

  it('still refuses versions the generator does not know', () => {
    expect(codes(`${head('3.3.0')}paths: {}\n`)).toEqual(['error SPEC_NOT_OPENAPI /openapi: not an OpenAPI 3.0/3.1/3.2 document (found openapi "3.3.0")']);
  });

  it('a tag parent must name a tag, without cycles', () => {
    const lines = codes(`${head('3.2.0')}paths: {}\ntags:\n  - { name: a, parent: b }\n  - { name: b, parent: a }\n  - { name: c, parent: nope }\n  - { name: d, parent: c }\n`);
    expect(lines).toEqual([
      'error SPEC_INVALID_VALUE /tags/0/parent: tag "a" is its own ancestor through parent "b"',
      'error SPEC_INVALID_VALUE /tags/1/parent: tag "b" is its own ancestor through parent "a"',
      'error SPEC_INVALID_VALUE /tags/2/parent: tag parent "nope" is not a tag of this document',
    ]);
  });

  it('3.1 words of 3.2 keep their 3.1 meaning: a `query` key is no operation, tag `parent` groups nothing', async () => {
    const result = await generate({ specs: ['test/fixtures/oas32-methods.yaml'], cwd: repoRoot });
    expect(result.apis[0]!.api!.operations.map((o) => o.requestMethod)).toContain('QUERY');
    const { spec } = parseSpecText(`${head('3.1.0')}paths:\n  /a:\n    query:\n      responses: { '200': { description: ok } }\n`, 'spec.yaml');
    expect(validateSpec(spec!).map((d) => `${d.code} ${d.pointer}`)).toEqual(['SPEC_UNKNOWN_FIELD /paths/~1a/query']);
    expect(normalize(spec!.data as Record<string, unknown>, 'spec.yaml').operations).toEqual([]);
    const tagged = parseSpecText(`${head('3.1.0')}paths: {}
tags: [{ name: a }, { name: b, parent: a, summary: B }]
`, 'spec.yaml').spec!;
    expect(normalize(tagged.data as Record<string, unknown>, 'spec.yaml').tags).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('what the outputs cannot express is a located warning (oas32-details)', async () => {
    const result = await generate({ specs: ['test/fixtures/oas32-details.yaml'], cwd: repoRoot });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^test\/fixtures\/oas32-details\.yaml:43:11 {2}warning {2}SPEC_UNSUPPORTED_CONSTRUCT {2}an in: querystring parameter/),
      expect.stringMatching(/^test\/fixtures\/oas32-details\.yaml:54:15 {2}warning {2}SPEC_UNSUPPORTED_CONSTRUCT {2}multipart\/mixed is not a stream format/),
    ]);
  });

  it('discriminator defaultMapping: an unlisted tag, or none, is checked against the default schema', async () => {
    type Result = { ok: boolean };
    const mod = await (await generateFixture('oas32-details')).load<{ validatePet(v: unknown): Result }>();
    expect(mod.validatePet({ kind: 'dog', name: 'Rex', barks: true }).ok).toBe(true);
    expect(mod.validatePet({ kind: 'dog', name: 'Rex' }).ok).toBe(false);
    expect(mod.validatePet({ kind: 'cat', name: 'Tom', indoor: true }).ok).toBe(true);
    expect(mod.validatePet({ kind: 'cat', name: 'Tom', indoor: 'yes' }).ok).toBe(false);
    expect(mod.validatePet({ name: 'Nameless', indoor: false }).ok).toBe(true);
    expect(mod.validatePet({ name: 'Nameless', indoor: 1 }).ok).toBe(false);
  });
});
