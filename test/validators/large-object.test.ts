import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROPERTIES_PER_FUNCTION } from '../../generator/emit/validators/compile-object.js';
import { generate } from '../../generator/index.js';
import { writeOutputs } from '../../generator/write/write.js';
import { tsFilesIn, typecheck } from '../support/typecheck.js';
import { importValidators, repoRoot } from './support/load.js';

/**
 * A component schema with hundreds of properties (DocuSign's accountSettingsInformation has 674) was
 * one check function too large for tsc's control flow analysis (TS2563). Its properties are now
 * checked in slices of at most PROPERTIES_PER_FUNCTION; the file compiles and validates as before.
 */
const COUNT = 800;
const tmp = path.join(repoRoot, 'test/.tmp/large-object');

describe('an object with 800 properties', () => {
  const properties = Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`field${i}`, i % 2 ? { type: 'integer' } : { type: 'string', maxLength: 3 }]));
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Wide', version: '1' },
    paths: {},
    components: { schemas: { Wide: { type: 'object', properties, required: ['field0', 'field799', 'extra'] } } },
  };

  it('compiles with tsc --strict and reports errors from every slice, in property order', async () => {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(path.join(tmp, 'wide.json'), JSON.stringify(spec));
    const result = await generate({ specs: ['test/.tmp/large-object/wide.json'], cwd: repoRoot });
    const api = result.apis[0]!;
    await writeOutputs({ apis: [api], rootFiles: [], diagnostics: [] }, { outDir: path.join(tmp, 'out'), fullRun: false });
    const validators = api.files.find((f) => f.path === 'validators.gen.ts')!.content;
    const slices = validators.match(/^function checkWide\$props\d+\(/gm) ?? [];
    expect(slices).toHaveLength(Math.ceil(COUNT / PROPERTIES_PER_FUNCTION));
    expect(typecheck(tsFilesIn([path.join(tmp, 'out', api.slug)]))).toEqual([]);

    const v = await importValidators(validators);
    const value: Record<string, unknown> = Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`field${i}`, i % 2 ? i : 'ok']));
    expect(v.validateWide!(value).ok).toBe(false); // `extra` is required and declared nowhere
    value.extra = true;
    expect(v.validateWide!(value).ok).toBe(true);
    Object.assign(value, { field1: 'x', field400: 'toolong', field799: 1.5 });
    delete value.field0;
    const r = v.validateWide!(value);
    expect(r.errors.map((e: { keyword: string; pointer: string }) => `${e.keyword} ${e.pointer}`)).toEqual([
      'required ', 'type /field1', 'maxLength /field400', 'type /field799',
    ]);
    expect(v.validateWide!(value, { failFast: true }).errors).toHaveLength(1);
  }, 120_000);
});
