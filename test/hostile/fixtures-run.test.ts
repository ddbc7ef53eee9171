import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { testTmp } from '../support/tmp.js';
import { runExports, type WrittenApi } from './run-exports.js';

/**
 * The fixtures whose behaviour is hostile spec text, imported and called like the property test's
 * specs: a path key closing a comment must not run `process.exit(7)` when the module loads.
 */
const FIXTURES = [
  'client-builtin-names',
  'client-path-glob',
  'docs-hostile',
  'prototype-names',
  'validators-path-comment',
  'validators-pattern-pointer',
];

const root = path.resolve(import.meta.dirname, '../..');
const tmp = testTmp('hostile-fixtures');

describe('hostile fixtures', () => {
  it('importing their output and calling every export runs no spec text', async () => {
    rmSync(tmp, { recursive: true, force: true });
    const written: WrittenApi[] = [];
    for (const name of FIXTURES) {
      const result = await generate({ specs: [`test/fixtures/${name}.yaml`], cwd: root });
      const output = result.apis[0]!;
      const outDir = path.join(tmp, 'out', name);
      for (const file of output.files) {
        mkdirSync(path.dirname(path.join(outDir, file.path)), { recursive: true });
        writeFileSync(path.join(outDir, file.path), file.content);
      }
      written.push({ name, outDir, output });
    }
    const results = await runExports(written, tmp);
    expect(results.map((r) => r.name)).toEqual(FIXTURES);
    expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
  }, 120_000);
});
