import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifErrors } from '../report/sarif-schema.js';
import { repoRoot, scratchDir } from '../support/cli.js';

/** `npm run diff` as users run it: the real entry, generator/cli/diff-bin.mjs, in a fresh process. */
function diff(args: string[], cwd = repoRoot): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'generator/cli/diff-bin.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

function git(args: string[], cwd: string): void {
  const run = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

let dir: string;
beforeAll(() => {
  dir = scratchDir('diff-cli');
  const spec = parse(readFileSync(path.join(repoRoot, 'specs/exante.yaml'), 'utf8'));
  writeFileSync(path.join(dir, 'old.yaml'), stringify(spec));
  const breaking = structuredClone(spec);
  delete breaking.components.schemas.UpdateProfileRequest.properties.timezone;
  writeFileSync(path.join(dir, 'breaking.yaml'), stringify(breaking));
  const compatible = structuredClone(spec);
  compatible.components.schemas.UpdateProfileRequest.properties.locale = { type: 'string' };
  compatible.info.version = '0.1.0';
  writeFileSync(path.join(dir, 'compatible.yaml'), stringify(compatible));
  writeFileSync(path.join(dir, 'broken.yaml'), stringify({ ...spec, paths: { '/x': { get: { responses: { '200': { description: 'x', content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } } } } } }));
});

describe('npm run diff', () => {
  it('text: one located line per finding, then a summary; exit 1 on a breaking change', () => {
    const run = diff(['old.yaml', 'breaking.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^old\.yaml:\d+:\d+ {2}breaking {2}REQUEST_PROPERTY_REMOVED {2}UpdateProfileRequest\.timezone removed \(position in the old spec\) {2}\[PATCH \/api\/user\]$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 breaking change, 0 warnings, 0 compatible changes');
    expect(run.stderr).toBe('');
  });

  it('--allow-breaking exits 0; a compatible change exits 0', () => {
    expect(diff(['old.yaml', 'breaking.yaml', '--allow-breaking'], dir).code).toBe(0);
    const run = diff(['old.yaml', 'compatible.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('info  PROPERTY_ADDED  UpdateProfileRequest.locale added');
  });

  it('--format json: every finding with every field', () => {
    const run = diff(['old.yaml', 'breaking.yaml', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as { summary: object; findings: object[] };
    expect(report.summary).toEqual({ breaking: 1, warning: 0, info: 0 });
    expect(report.findings).toEqual([
      {
        code: 'REQUEST_PROPERTY_REMOVED',
        severity: 'breaking',
        message: 'UpdateProfileRequest.timezone removed (position in the old spec)',
        file: 'old.yaml',
        line: expect.any(Number),
        col: expect.any(Number),
        pointer: '/components/schemas/UpdateProfileRequest/properties/timezone',
        operation: 'PATCH /api/user',
        symbol: 'UpdateProfileRequest.timezone',
      },
    ]);
  });

  it('--format markdown: a changelog section naming both versions; --changelog adds it once', () => {
    const run = diff(['old.yaml', 'compatible.yaml', '--format', 'markdown', '--changelog', 'api.changelog.md'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Exante API 0.0.0 → 0.1.0');
    expect(run.stdout).toContain('| UpdateProfileRequest.locale added | `PATCH /api/user` | `UpdateProfileRequest.locale` | PROPERTY_ADDED |');
    const first = readFileSync(path.join(dir, 'api.changelog.md'), 'utf8');
    expect(first).toContain(run.stdout);
    diff(['old.yaml', 'compatible.yaml', '--changelog', 'api.changelog.md'], dir);
    expect(readFileSync(path.join(dir, 'api.changelog.md'), 'utf8')).toBe(first);
  });

  it('--format sarif: a valid SARIF 2.1.0 log, breaking changes as errors, operation and symbol as properties', () => {
    const run = diff(['old.yaml', 'breaking.yaml', '--format', 'sarif'], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; level: string; properties?: object }[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([
      expect.objectContaining({ ruleId: 'REQUEST_PROPERTY_REMOVED', level: 'error', properties: { pointer: '/components/schemas/UpdateProfileRequest/properties/timezone', operation: 'PATCH /api/user', symbol: 'UpdateProfileRequest.timezone' } }),
    ]);
  });

  it('--format github: one workflow annotation per finding, paths from the repository root', () => {
    const run = diff(['old.yaml', 'compatible.yaml', '--format', 'github'], dir);
    const prefix = path.relative(repoRoot, dir).split(path.sep).join('/');
    expect(run.stdout).toMatch(new RegExp(`^::notice file=${prefix}/compatible\\.yaml,line=\\d+,col=\\d+,title=PROPERTY_ADDED::UpdateProfileRequest\\.locale added$`, 'm'));
  });

  it('prints the same bytes on every run', () => {
    const a = diff(['old.yaml', 'breaking.yaml', '--format', 'json'], dir);
    const b = diff(['old.yaml', 'breaking.yaml', '--format', 'json'], dir);
    expect(a.stdout).toBe(b.stdout);
  });

  it('a malformed side gets the generator\'s located diagnostics and exit 1', () => {
    const run = diff(['old.yaml', 'broken.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+ {2}error {2}SPEC_REF_NOT_FOUND {2}#\/components\/schemas\/Missing not found/m);
    expect(run.stdout).toBe('');
  });

  it('usage errors exit 2', () => {
    for (const args of [[], ['old.yaml'], ['old.yaml', 'breaking.yaml', '--format', 'xml'], ['--nope', 'a', 'b'], ['--base-ref', 'HEAD', 'a.yaml', 'b.yaml']]) {
      const run = diff(args, dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: /);
    }
  });

  describe('--base-ref: the old version from git', () => {
    let repo: string;
    beforeAll(() => {
      repo = scratchDir('diff-git');
      git(['init', '-q'], repo);
      copyFileSync(path.join(dir, 'old.yaml'), path.join(repo, 'api.yaml'));
      git(['add', 'api.yaml'], repo);
      git(['commit', '-q', '-m', 'v1'], repo);
      copyFileSync(path.join(dir, 'breaking.yaml'), path.join(repo, 'api.yaml'));
    });

    it('compares the working file with its version at the ref, labelled ref:path', () => {
      const run = diff(['--base-ref', 'HEAD', 'api.yaml'], repo);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^HEAD:api\.yaml:\d+:\d+ {2}breaking {2}REQUEST_PROPERTY_REMOVED/m);
    });

    it('annotations of things gone from the revision point at the top of the working file', () => {
      const run = diff(['--base-ref', 'HEAD', 'api.yaml', '--format', 'github'], repo);
      expect(run.stdout).toMatch(/^::error file=api\.yaml,line=1,col=1,title=REQUEST_PROPERTY_REMOVED::UpdateProfileRequest\.timezone removed \(was at HEAD:api\.yaml:\d+:\d+\)$/m);
    });

    it('a ref git does not know, or one that looks like an option, is a usage error', () => {
      const unknown = diff(['--base-ref', 'no-such-branch', 'api.yaml'], repo);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/^error: cannot read api\.yaml at no-such-branch/);
      const option = diff(['--base-ref=--output=pwned.txt', 'api.yaml'], repo);
      expect(option.code).toBe(2);
      expect(option.stderr).toContain('invalid git ref');
      expect(spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout).not.toContain('pwned');
    });
  });
});
