import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchDir } from './support/cli.js';
import { snapshotTree } from './support/tree.js';

/** A scratch project with a seed spec and a tiny fixture copied in, so the CLI runs exactly as a user would run it. */
function project(): string {
  const dir = scratchDir('cli');
  mkdirSync(path.join(dir, 'specs'));
  // Small fixtures, not the seeds: every CLI run pays module loading, so the specs should cost nothing.
  copyFileSync(path.join(repoRoot, 'test/fixtures/composition.yaml'), path.join(dir, 'specs/exante.yaml'));
  copyFileSync(path.join(repoRoot, 'test/fixtures/server-variables.yaml'), path.join(dir, 'specs/upsun.yaml'));
  return dir;
}

// Each case spawns the real CLI (node + tsx + the pipeline's modules): seconds per run on a loaded 2-core machine.
describe('CLI', { timeout: 180_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = project();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('prints help and exits 0', () => {
    const r = runCli(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--check');
  });

  it('exits 2 on an unknown flag', () => {
    const r = runCli(['--nope'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: .*--nope/);
  });

  it('generates, then --check passes, then reports stale, missing and orphaned files', () => {
    expect(runCli([], dir).code).toBe(0);
    expect(runCli(['--check'], dir).code).toBe(0);

    writeFileSync(path.join(dir, 'generated/exante/types.gen.ts'), '// edited by hand\n');
    rmSync(path.join(dir, 'generated/upsun/index.ts'));
    writeFileSync(path.join(dir, 'generated/upsun/extra.ts'), 'export {};\n');
    mkdirSync(path.join(dir, 'generated/gone'));
    writeFileSync(path.join(dir, 'generated/gone/MANIFEST'), '');
    const before = snapshotTree(path.join(dir, 'generated'));

    const r = runCli(['--check'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^generated\/exante\/types\.gen\.ts:1:\d+  error  OUTPUT_STALE  stale: /m);
    expect(r.stderr).toContain('generated/upsun/index.ts:1:1  error  OUTPUT_MISSING  missing: ');
    expect(r.stderr).toContain('generated/upsun/extra.ts:1:1  error  OUTPUT_ORPHANED  orphaned: ');
    expect(r.stderr).toContain('generated/gone/:1:1  error  OUTPUT_ORPHANED  orphaned: ');
    // --check writes nothing.
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);

    expect(runCli([], dir).code).toBe(0);
    expect(runCli(['--check'], dir).code).toBe(0);
  });

  it('rewrites nothing when the output does not change (content and mtime kept)', () => {
    expect(runCli([], dir).code).toBe(0);
    const before = snapshotTree(path.join(dir, 'generated'));
    // A comment changes the spec's bytes but not the output: the pipeline runs (no up-to-date skip) and writes nothing.
    appendFileSync(path.join(dir, 'specs/exante.yaml'), '# a comment\n');
    const r = runCli([], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/exante: \d+ files, 0 written/);
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);
  });

  it('a broken spec prints file:line:col, exits 1 and leaves earlier output byte-identical', () => {
    expect(runCli([], dir).code).toBe(0);
    const before = snapshotTree(path.join(dir, 'generated'));
    const spec = path.join(dir, 'specs/exante.yaml');
    const text = readFileSync(spec, 'utf8');
    writeFileSync(spec, text.replace("{ $ref: '#/components/schemas/Base' }", "{ $ref: '#/components/schemas/Missing' }"));

    const r = runCli([], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^specs\/exante\.yaml:\d+:\d+  error  SPEC_REF_NOT_FOUND  #\/components\/schemas\/Missing not found/m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user mistake
    // The catalogue's fix follows the diagnostics, once per code.
    expect(r.stderr.match(/^help SPEC_REF_NOT_FOUND: Point the \$ref at an existing target/gm)).toHaveLength(1);
    expect(r.stdout).toContain('exante: failed, previous output kept');
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(before);
  });

  it('--spec limits the run and --out redirects it', () => {
    const r = runCli(['--spec', 'specs/upsun.yaml', '--out', 'elsewhere'], dir);
    expect(r.code).toBe(0);
    expect(snapshotTree(path.join(dir, 'elsewhere')).has('upsun/types.gen.ts')).toBe(true);
    expect(snapshotTree(path.join(dir, 'elsewhere')).has('exante/types.gen.ts')).toBe(false);
  });

  it('reports an unreadable spec as SPEC_READ_FAILED', () => {
    const r = runCli(['--spec', 'specs/missing.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^specs\/missing\.yaml:1:1  error  SPEC_READ_FAILED/m);
  });

  it('reads options from generator.config.json', () => {
    writeFileSync(path.join(dir, 'generator.config.json'), JSON.stringify({ out: 'from-config', quiet: true }));
    const r = runCli([], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(snapshotTree(path.join(dir, 'from-config')).has('exante/MANIFEST')).toBe(true);
  });
});
