import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JsonReport } from '../generator/report/json.js';
import { sarifErrors } from './report/sarif-schema.js';
import { repoRoot, runCli, scratchDir } from './support/cli.js';

const UP_TO_DATE = /up to date, nothing regenerated/;

/** A scratch project inside the repository (so SARIF and GitHub paths gain its path from the repository root). */
function project(): string {
  const dir = scratchDir('formats');
  mkdirSync(path.join(dir, 'specs'));
  copyFileSync(path.join(repoRoot, 'test/fixtures/composition.yaml'), path.join(dir, 'specs/exante.yaml'));
  copyFileSync(path.join(repoRoot, 'test/fixtures/invalid/SPEC_UNKNOWN_FORMAT.yaml'), path.join(dir, 'specs/warn.yaml'));
  return dir;
}

function breakSpec(dir: string): void {
  const spec = path.join(dir, 'specs/exante.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace("{ $ref: '#/components/schemas/Base' }", "{ $ref: '#/components/schemas/Missing' }"));
}

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
}

function sarifResults(stdout: string): SarifResult[] {
  const log = JSON.parse(stdout) as { runs: { results: SarifResult[] }[] };
  expect(sarifErrors(log)).toEqual([]);
  return log.runs[0]!.results;
}

// Each case spawns the real CLI several times: seconds per run on a loaded 2-core machine.
describe('--format (CLI)', { timeout: 300_000 }, () => {
  let dir: string;
  let fromRoot: string;
  beforeEach(() => {
    dir = project();
    fromRoot = path.relative(repoRoot, dir).split(path.sep).join('/');
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('reports a broken spec with the same code and position in every format, the report alone on stdout, exit 1', () => {
    breakSpec(dir);

    const text = runCli([], dir);
    expect(text.code).toBe(1);
    const m = /^specs\/exante\.yaml:(\d+):(\d+)  error  SPEC_REF_NOT_FOUND  (.+)$/m.exec(text.stderr);
    expect(m).not.toBeNull();
    const [line, col, message] = [Number(m![1]), Number(m![2]), m![3]!];

    const json = runCli(['--format', 'json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'SPEC_REF_NOT_FOUND', severity: 'error', file: 'specs/exante.yaml', line, col, message, pointer: expect.stringMatching(/^\/components\/schemas\//) }),
    );
    expect(report.findings.map((f) => f.code)).toEqual(['SPEC_REF_NOT_FOUND', 'SPEC_UNKNOWN_FORMAT']);
    // The summary goes to stderr, the findings only into the report.
    expect(json.stderr).toContain('exante: failed, previous output kept');
    expect(json.stderr).not.toContain('SPEC_REF_NOT_FOUND');

    const sarif = runCli(['--format', 'sarif'], dir);
    expect(sarif.code).toBe(1);
    const [result] = sarifResults(sarif.stdout);
    expect(result).toMatchObject({ ruleId: 'SPEC_REF_NOT_FOUND', level: 'error', message: { text: message } });
    expect(result!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: `${fromRoot}/specs/exante.yaml`, uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: col },
    });

    const github = runCli(['--format=github'], dir);
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n')[0]).toBe(`::error file=${fromRoot}/specs/exante.yaml,line=${line},col=${col},title=SPEC_REF_NOT_FOUND::${message}`);
    expect(github.stdout).toMatch(/^::warning file=.*\/specs\/warn\.yaml,line=\d+,col=\d+,title=SPEC_UNKNOWN_FORMAT::/m);

    // No format writes a broken spec's output (the valid one is written).
    expect(existsSync(path.join(dir, 'generated/exante'))).toBe(false);
    expect(existsSync(path.join(dir, 'generated/warn/MANIFEST'))).toBe(true);
  });

  it('reports valid specs (a warning only) with exit 0, and an up-to-date run prints the same report', () => {
    const json = runCli(['--format', 'json'], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report).toMatchObject({ schemaVersion: 1, ok: true, counts: { error: 0, warning: 1 } });
    expect(json.stderr).toMatch(/^exante: \d+ files, \d+ written/m);

    const again = runCli(['--format', 'json'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(UP_TO_DATE);
    expect(again.stdout).toBe(json.stdout);

    const sarif = runCli(['--format', 'sarif', '--quiet'], dir);
    expect(sarif.code).toBe(0);
    expect(sarif.stderr).toBe('');
    expect(sarifResults(sarif.stdout).map((r) => [r.ruleId, r.level])).toEqual([['SPEC_UNKNOWN_FORMAT', 'warning']]);
    const sarifAgain = runCli(['--format', 'sarif', '--quiet'], dir);
    expect(sarifAgain.stdout).toBe(sarif.stdout);

    const github = runCli(['--format', 'github'], dir);
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=[^\n]*title=SPEC_UNKNOWN_FORMAT::[^\n]*\n$/);
    // A run record is kept per argument list: this first github run runs the pipeline (and writes nothing).
    expect(github.stderr).toMatch(/^exante: \d+ files, 0 written/m);
  });

  it('reports --check drift as coded findings at the first differing line, in every format', () => {
    expect(runCli([], dir).code).toBe(0);
    const typesFile = path.join(dir, 'generated/exante/types.gen.ts');
    const lines = readFileSync(typesFile, 'utf8').split('\n');
    lines[4] = `${lines[4]} // edited`;
    writeFileSync(typesFile, lines.join('\n'));
    rmSync(path.join(dir, 'generated/warn/index.ts'));
    mkdirSync(path.join(dir, 'generated/gone'));
    writeFileSync(path.join(dir, 'generated/gone/MANIFEST'), '');
    const stale = { file: 'generated/exante/types.gen.ts', line: 5, col: lines[4]!.length - ' // edited'.length + 1 };

    // (The text form of drift is covered by cli.test.ts.)
    const jsonRun = runCli(['--check', '--format', 'json'], dir);
    expect(jsonRun.code).toBe(1);
    const json = JSON.parse(jsonRun.stdout) as JsonReport;
    expect(json.findings.map((f) => [f.code, f.file, f.line, f.col])).toEqual([
      ['OUTPUT_STALE', stale.file, stale.line, stale.col],
      ['OUTPUT_ORPHANED', 'generated/gone/', 1, 1],
      ['OUTPUT_MISSING', 'generated/warn/index.ts', 1, 1],
      ['SPEC_UNKNOWN_FORMAT', 'specs/warn.yaml', expect.any(Number), expect.any(Number)],
    ]);
    expect(json.ok).toBe(false);

    const sarif = runCli(['--check', '--format', 'sarif'], dir);
    expect(sarif.code).toBe(1);
    expect(sarifResults(sarif.stdout).map((r) => r.ruleId)).toEqual(['OUTPUT_STALE', 'OUTPUT_ORPHANED', 'OUTPUT_MISSING', 'SPEC_UNKNOWN_FORMAT']);

    const github = runCli(['--check', '--format', 'github'], dir);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(`::error file=${fromRoot}/${stale.file},line=${stale.line},col=${stale.col},title=OUTPUT_STALE::`);
    expect(github.stderr).toContain('check: 3 file(s) differ');
  });

  it('rejects an unknown format, and --watch with --check, as usage errors (exit 2)', () => {
    const xml = runCli(['--format', 'xml'], dir);
    expect(xml.code).toBe(2);
    expect(xml.stderr).toContain('--format must be one of text, json, sarif, github');
    const both = runCli(['--watch', '--check'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be combined with --check');
  });
});
