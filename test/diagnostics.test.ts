import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic, DIAGNOSTIC_CATALOG, formatDiagnostic, fromPointer, sortDiagnostics, toPointer } from '../generator/diagnostics.js';
import { generatorReportContext } from '../generator/report/generator-context.js';
import { renderReport } from '../generator/report/render.js';
import { generate } from '../generator/index.js';

/**
 * One invalid spec per diagnostic code in test/fixtures/invalid/<CODE>.yaml. Each file states what it
 * must produce in `# expect: CODE line:col` comment lines, so the expectation sits next to the YAML it
 * points into.
 */
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'test/fixtures/invalid');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

function expectations(file: string): { code: string; line: number; col: number }[] {
  return [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^# expect: (\w+) (\d+):(\d+)$/gm)].map((m) => ({
    code: m[1]!,
    line: Number(m[2]),
    col: Number(m[3]),
  }));
}

describe.each(fixtures)('invalid fixture %s', (fixture) => {
  it('reports its code at the stated line and column', async () => {
    const expected = expectations(fixture);
    expect(expected.length).toBeGreaterThan(0);
    const result = await generate({ specs: [`test/fixtures/invalid/${fixture}`], cwd: root });
    const api = result.apis[0]!;
    const seen = api.diagnostics.map((d) => ({ code: d.code, line: d.line, col: d.col }));
    for (const e of expected) expect(seen).toContainEqual(e);
    // The file is named after the code it demonstrates.
    expect(expected.map((e) => e.code)).toContain(fixture.replace(/\.yaml$/, ''));
    const code = fixture.replace(/\.yaml$/, '') as keyof typeof DIAGNOSTIC_CATALOG;
    if (DIAGNOSTIC_CATALOG[code].severity === 'error') expect(api.files).toEqual([]);
    for (const d of api.diagnostics) {
      expect(formatDiagnostic(d)).toMatch(new RegExp(`^test/fixtures/invalid/${fixture}:\\d+:\\d+  (error|warning)  [A-Z_]+  \\S`));
    }
  });
});

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ before / in every segment, and reads back the same segments', () => {
    const segments = ['paths', '/users/{id}', 'a~b', '~1', 'x/~0', '', 0];
    expect(toPointer(segments)).toBe('/paths/~1users~1{id}/a~0b/~01/x~1~00//0');
    expect(fromPointer(toPointer(segments))).toEqual(segments.map(String));
    expect(toPointer([])).toBe('');
  });
});

describe('diagnostic catalog', () => {
  it('has a fixture for every code a spec can trigger', () => {
    // SPEC_READ_FAILED is an I/O condition (tested in cli.test.ts); SPEC_UNSUPPORTED_CONSTRUCT is reported by
    // emitters for what the IR lets through but they cannot express, which no valid fixture reaches today.
    // Overlay codes need an overlay beside the spec: test/inputs/overlays.test.ts has a case for each;
    // SPEC_REF_EXPANSION is reported in a referenced file (test/inputs/multi-file.test.ts).
    const untestableByFixture = new Set(['SPEC_READ_FAILED', 'SPEC_UNSUPPORTED_CONSTRUCT', 'SPEC_REF_EXPANSION', 'OVERLAY_INVALID', 'OVERLAY_TARGET_INVALID', 'OVERLAY_UPDATE_INCOMPATIBLE', 'OVERLAY_TARGET_NO_MATCH']);
    const codes = Object.keys(DIAGNOSTIC_CATALOG).filter((c) => !untestableByFixture.has(c));
    const covered = fixtures.map((f) => f.replace(/\.yaml$/, ''));
    expect(covered.sort()).toEqual(codes.sort());
  });

  it('sorts by file, line, column and code in code-unit order, the order names use (not the locale\'s)', () => {
    const at = (file: string, line: number, code: keyof typeof DIAGNOSTIC_CATALOG) => diagnostic(file, line, 1, '', code, 'm');
    const sorted = sortDiagnostics([
      at('specs/a.yaml', 2, 'SPEC_UNKNOWN_FORMAT'),
      at('specs/a.yaml', 2, 'SPEC_INVALID_PATTERN'),
      at('specs/B.yaml', 9, 'SPEC_REF_NOT_FOUND'),
      at('specs/a.yaml', 1, 'SPEC_UNKNOWN_FORMAT'),
    ]);
    // localeCompare would put specs/a.yaml before specs/B.yaml.
    expect(sorted.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'specs/B.yaml:9 SPEC_REF_NOT_FOUND',
      'specs/a.yaml:1 SPEC_UNKNOWN_FORMAT',
      'specs/a.yaml:2 SPEC_INVALID_PATTERN',
      'specs/a.yaml:2 SPEC_UNKNOWN_FORMAT',
    ]);
  });

  it('takes every severity from the catalogue; the text report prints each code\'s fix once, after the list', () => {
    const warning = diagnostic('x.yaml', 1, 1, '', 'SPEC_UNKNOWN_FORMAT', 'm');
    expect(warning.severity).toBe(DIAGNOSTIC_CATALOG.SPEC_UNKNOWN_FORMAT.severity);
    const findings = sortDiagnostics([warning, { ...warning, line: 3 }, diagnostic('x.yaml', 2, 1, '', 'SPEC_EXTERNAL_REF', 'm')]);
    expect(renderReport('text', findings, generatorReportContext(root)).split('\n')).toEqual([
      'x.yaml:1:1  warning  SPEC_UNKNOWN_FORMAT  m',
      'x.yaml:2:1  error  SPEC_EXTERNAL_REF  m',
      'x.yaml:3:1  warning  SPEC_UNKNOWN_FORMAT  m',
      `help SPEC_EXTERNAL_REF: ${DIAGNOSTIC_CATALOG.SPEC_EXTERNAL_REF.help}`,
      `help SPEC_UNKNOWN_FORMAT: ${DIAGNOSTIC_CATALOG.SPEC_UNKNOWN_FORMAT.help}`,
      '',
    ]);
  });

  it('collects every problem of a spec in one run, not the first only', async () => {
    const result = await generate({ specs: ['test/fixtures/invalid/SPEC_NAME_COLLISION.yaml'], cwd: root });
    expect(result.apis[0]!.diagnostics.filter((d) => d.code === 'SPEC_NAME_COLLISION')).toHaveLength(2);
  });
});
