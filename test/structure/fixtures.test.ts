import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CATALOG } from '../../generator/diagnostics.js';
import { generate } from '../../generator/index.js';

/**
 * One malformed spec per class of structural violation in test/fixtures/invalid/structure/. Each file
 * names its class (`# class:`) and lists every diagnostic it must produce (`# expect: CODE line:col
 * message`), and nothing else may be reported: one diagnostic per problem, not ajv's list of failing
 * branches.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'test/fixtures/invalid/structure');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function expectations(file: string) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const expected = [...text.matchAll(/^# expect: (\w+) (\d+):(\d+) (.+)$/gm)].map((m) => ({ code: m[1]!, line: Number(m[2]), col: Number(m[3]), message: m[4]! }));
  return { expected, className: /^# class: (.+)$/m.exec(text)?.[1] };
}

describe('structural violation classes', () => {
  it('has at least 40 classes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s: exactly the stated diagnostics, located', async (fixture) => {
    const { expected, className } = expectations(fixture);
    expect(className).toBeTruthy();
    expect(expected.length).toBeGreaterThan(0);
    const result = await generate({ specs: [`test/fixtures/invalid/structure/${fixture}`], cwd: root });
    const api = result.apis[0]!;
    expect(api.diagnostics.map((d) => ({ code: d.code, line: d.line, col: d.col, message: d.message }))).toEqual(expected);
    for (const d of api.diagnostics) expect(d.severity).toBe(DIAGNOSTIC_CATALOG[d.code].severity);
    if (api.diagnostics.some((d) => d.severity === 'error')) expect(api.files).toEqual([]);
    else expect(api.files.length).toBeGreaterThan(0); // a warning never stops generation
  });
});
