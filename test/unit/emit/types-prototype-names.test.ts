import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../generator/diagnostics.js';
import { typesModule } from '../../../generator/emit/types.js';
import { generate } from '../../../generator/index.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { planApi } from '../../../generator/plan/plan.js';
import { writeOutputs } from '../../../generator/write/write.js';
import { testEmitContext } from '../../support/emit-context.js';
import { tsFilesIn, typecheck } from '../../support/typecheck.js';

/**
 * openapi-typescript crashes on object keys that name Object.prototype members; types.gen.ts is
 * generated through placeholder keys and carries the real names. Every member, in every kind of
 * key a spec has, for types.gen.ts; and the prototype-names fixture through the whole pipeline
 * and tsc --strict.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function specWith(name: string): Record<string, unknown> {
  const schema = { type: 'string' };
  return {
    openapi: '3.0.3',
    info: { title: name, version: '1' },
    paths: {
      [`/items/{${name}}`]: {
        get: {
          operationId: 'getItem',
          parameters: [
            { name, in: 'path', required: true, schema },
            { $ref: `#/components/parameters/${name}` },
          ],
          requestBody: { $ref: `#/components/requestBodies/${name}` },
          security: [{ [name]: [] }],
          callbacks: { [name]: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } } },
          responses: {
            '200': {
              description: 'ok',
              headers: { [name]: { $ref: `#/components/headers/${name}` } },
              links: { [name]: { operationId: 'getItem' } },
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` }, examples: { [name]: { value: { [name]: 1 } } } } },
            },
            default: { $ref: `#/components/responses/${name}` },
          },
        },
      },
    },
    components: {
      schemas: {
        [name]: {
          type: 'object',
          required: [name],
          properties: { [name]: { type: 'string', enum: [name, 'other'] }, kind: { type: 'string' } },
          example: { [name]: { [name]: true } },
          discriminator: { propertyName: 'kind', mapping: { [name]: `#/components/schemas/${name}` } },
        },
      },
      parameters: { [name]: { name: `${name}Query`, in: 'query', schema } },
      requestBodies: { [name]: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } },
      headers: { [name]: { schema } },
      responses: { [name]: { description: 'error' } },
      securitySchemes: { [name]: { type: 'http', scheme: 'bearer' } },
      examples: { [name]: { value: name } },
    },
  };
}

describe('Object.prototype names as spec keys', () => {
  it.each(NAMES)('%s: types.gen.ts has the real name, no placeholder, and prints without fallback', async (name) => {
    const document = specWith(name);
    const reports: string[] = [];
    const printed = await typesModule(...planned(document), document, testEmitContext((d) => reports.push(d.message)));
    expect(reports).toEqual([]);
    expect(printed!.fallbacks).toEqual([]);
    expect(printed!.text).not.toMatch(/opgProtoKey/);
    expect(printed!.text).toContain(`      ${name}: `); // the property, under components.schemas
    expect(printed!.text).toContain(`components['schemas']['${name}']`);
  });

  it('types.gen.ts of every name compiles with tsc --strict', async () => {
    const dir = path.join(repoRoot, 'test/.tmp/prototype-names/types');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [i, name] of NAMES.entries()) {
      const document = specWith(name);
      const printed = await typesModule(...planned(document), document, testEmitContext());
      writeFileSync(path.join(dir, `types${i}.ts`), printed!.text);
    }
    expect(typecheck(tsFilesIn([dir]))).toEqual([]);
  });

  it('the prototype-names fixture generates every output and compiles', async () => {
    const result = await generate({ specs: ['test/fixtures/prototype-names.yaml'], cwd: repoRoot });
    const api = result.apis[0]!;
    expect(api.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const outDir = path.join(repoRoot, 'test/.tmp/prototype-names/out');
    rmSync(outDir, { recursive: true, force: true });
    await writeOutputs({ apis: [api], rootFiles: [], diagnostics: api.diagnostics }, { outDir, fullRun: false });
    expect(typecheck(tsFilesIn([path.join(outDir, api.slug)]))).toEqual([]);
  });
});

/** The IR and plan of a test document, as typesModule takes them. */
function planned(document: Record<string, unknown>) {
  const api = normalize(document, 'proto.json');
  return [api, planApi(api)] as const;
}
