import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir } from './support/cli.js';
import { snapshotTree } from './support/tree.js';

const UP_TO_DATE = /up to date, nothing regenerated/;

/**
 * bin.mjs skips the pipeline when the last clean run with the same arguments left the output it would
 * make again. These cases change one fact each and check the skip is no longer taken (the pipeline
 * runs and repairs what it must), and that an unchanged run really writes nothing.
 */
describe('up-to-date runs', { timeout: 180_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = scratchDir('uptodate');
    mkdirSync(path.join(dir, 'specs'));
    copyFileSync(path.join(repoRoot, 'test/fixtures/composition.yaml'), path.join(dir, 'specs/exante.yaml'));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('skips an unchanged run, writes nothing, and answers --check from the same record', () => {
    const first = runCli([], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(UP_TO_DATE);
    const before = snapshotTree(path.join(dir, 'generated'));

    const second = runCli([], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/exante: \d+ files unchanged \(up to date, nothing regenerated\)/);
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);

    const check = runCli(['--check'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(UP_TO_DATE);
    expect(check.stdout).toContain('check: output is current');
  });

  it('runs again when a spec changes', () => {
    expect(runCli([], dir).code).toBe(0);
    const spec = path.join(dir, 'specs/exante.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('title: Composition', 'title: Renamed API'));
    const r = runCli([], dir);
    expect(r.stdout).not.toMatch(UP_TO_DATE);
    expect(readFileSync(path.join(dir, 'generated/exante/docs/index.md'), 'utf8')).toContain('Renamed API');
  });

  it('runs again when the changelog next to a spec appears or changes', () => {
    expect(runCli([], dir).code).toBe(0);
    const changelog = path.join(dir, 'specs/exante.changelog.md');
    writeFileSync(changelog, '# Changelog\n\n## Composition 1.0 → 1.1\n');
    expect(runCli([], dir).stdout).not.toMatch(UP_TO_DATE);
    expect(readFileSync(path.join(dir, 'generated/exante/docs/changelog.md'), 'utf8')).toContain('1.0 → 1.1');
    appendFileSync(changelog, '\n## Composition 1.1 → 1.2\n');
    expect(runCli([], dir).stdout).not.toMatch(UP_TO_DATE);
    expect(readFileSync(path.join(dir, 'generated/exante/docs/changelog.md'), 'utf8')).toContain('1.1 → 1.2');
  });

  it('runs again when an output file was edited, and restores it', () => {
    expect(runCli([], dir).code).toBe(0);
    const file = path.join(dir, 'generated/exante/types.gen.ts');
    const original = readFileSync(file, 'utf8');
    appendFileSync(file, '// edited\n');
    const check = runCli(['--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^generated\/exante\/types\.gen\.ts:\d+:1  error  OUTPUT_STALE/m);
    expect(runCli([], dir).stdout).not.toMatch(UP_TO_DATE);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('runs again when a killed run left temp folders: --check lists them, the next run clears them', () => {
    expect(runCli([], dir).code).toBe(0);
    mkdirSync(path.join(dir, 'generated/.gen-staging-exante-4242-0/docs'), { recursive: true });
    const check = runCli(['--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('generated/.gen-staging-exante-4242-0/:1:1  error  OUTPUT_LEFTOVER  leftover: ');
    const run = runCli([], dir);
    expect(run.stdout).not.toMatch(UP_TO_DATE);
    expect(runCli(['--check'], dir).code).toBe(0);
  });

  it('runs again when a spec is added to the specs folder', () => {
    expect(runCli([], dir).code).toBe(0);
    copyFileSync(path.join(repoRoot, 'test/fixtures/server-variables.yaml'), path.join(dir, 'specs/upsun.yaml'));
    const r = runCli([], dir);
    expect(r.stdout).not.toMatch(UP_TO_DATE);
    expect(r.stdout).toContain('upsun:');
  });

  it('runs again when a config file appears, and a failed run leaves no record to skip on', () => {
    expect(runCli([], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'generator.config.json'), JSON.stringify({ out: 'elsewhere' }));
    expect(runCli([], dir).stdout).not.toMatch(UP_TO_DATE);
    expect(readFileSync(path.join(dir, 'elsewhere/exante/MANIFEST'), 'utf8')).not.toBe('');

    // Broken spec: exit 1, and the next run with the same broken spec fails again rather than skipping.
    writeFileSync(path.join(dir, 'specs/exante.yaml'), 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\ncomponents: {schemas: {A: {$ref: "#/components/schemas/Missing"}}}\n');
    expect(runCli([], dir).code).toBe(1);
    const again = runCli([], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('SPEC_REF_NOT_FOUND');
  });

  it('reprints the warnings of the recorded run when it skips', () => {
    copyFileSync(path.join(repoRoot, 'test/fixtures/invalid/SPEC_UNKNOWN_FORMAT.yaml'), path.join(dir, 'specs/exante.yaml'));
    const first = runCli([], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('SPEC_UNKNOWN_FORMAT');
    const second = runCli([], dir);
    expect(second.stdout).toMatch(UP_TO_DATE);
    expect(second.stderr).toBe(first.stderr);
  });
});
