import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../generator/index.js';
import { OutputError } from '../../generator/write/output-errors.js';
import { checkOutputs, writeOutputs } from '../../generator/write/write.js';
import { repoRoot, runCli, scratchDir } from '../support/cli.js';
import { makeStale, prepared, smallResult } from './support/results.js';
import { tree } from './support/tree.js';

/**
 * What the output folder does when writing goes wrong: every problem is a coded line with exit 2 (or
 * 128 + signal), never a stack; each API folder ends complete, as before or as new; nothing of ours
 * (`.gen-staging-*`, `.gen-old-*`, `.gen-lock`) stays behind; --check reports what a killed run left.
 */
const WRITER = path.join(import.meta.dirname, 'support/writer.ts');
const LINE = /^\S+ {2}error {2}OUTPUT_[A-Z_]+ {2}\S.*$/;

let result: GenerateResult;
let setup: Awaited<ReturnType<typeof prepared>>;
beforeAll(async () => {
  result = await smallResult();
  setup = await prepared(result);
});
afterAll(() => rmSync(setup.dir, { recursive: true, force: true }));

function withFile(base: GenerateResult, file: { path: string; content: string }): GenerateResult {
  return { ...base, apis: base.apis.map((a, i) => (i === 0 ? { ...a, files: [...a.files, { ...file, parser: null }] } : a)) };
}

/** Runs node with these arguments as user `nobody` (uid and gid 65534, no supplementary groups). */
function asNobody(args: string[], cwd: string) {
  return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, HOME: '/tmp' },
  });
}

function ours(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('.gen-'));
}

async function rejection(promise: Promise<unknown>): Promise<OutputError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(OutputError);
  return error as OutputError;
}

describe('output folder faults', { timeout: 180_000 }, () => {
  it('--out naming an existing file: OUTPUT_NOT_A_FOLDER, exit 2, the file untouched (CLI)', () => {
    const dir = scratchDir('out-file');
    mkdirSync(path.join(dir, 'specs'));
    writeFileSync(path.join(dir, 'specs/a.yaml'), "openapi: 3.1.0\ninfo: { title: A, version: '1' }\npaths: {}\n");
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const r = runCli(['--out', 'notes.txt', '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('notes.txt  error  OUTPUT_NOT_A_FOLDER  the output path is a file, not a folder');
    expect(tree(dir)['notes.txt']).toBe('mine\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it('--out with a 300-character folder name: OUTPUT_NAME_TOO_LONG, exit 2, nothing created (CLI)', () => {
    const dir = scratchDir('out-long');
    mkdirSync(path.join(dir, 'specs'));
    writeFileSync(path.join(dir, 'specs/a.yaml'), "openapi: 3.1.0\ninfo: { title: A, version: '1' }\npaths: {}\n");
    const r = runCli(['--out', `out/${'n'.repeat(300)}`, '--quiet'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(LINE);
    expect(r.stderr).toContain('  error  OUTPUT_NAME_TOO_LONG  ');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a generated file name past the file-system limit: OUTPUT_NAME_TOO_LONG, previous output kept, nothing left', async () => {
    const outDir = path.join(setup.dir, 'long-name');
    makeStale(path.join(setup.dir, 'lone'), outDir);
    const before = tree(outDir);
    const error = await rejection(writeOutputs(withFile(result, { path: `docs/operations/${'x'.repeat(300)}.md`, content: '#\n' }), { outDir, fullRun: true }));
    expect(error.code).toBe('OUTPUT_NAME_TOO_LONG');
    expect(error.message).toContain(`composition/docs/operations/${'x'.repeat(300)}.md (303 bytes in its last part)`);
    expect(tree(outDir)).toEqual(before);
    expect(ours(outDir)).toEqual([]);
  });

  it('an unwritable folder, as a user without write permission: OUTPUT_NOT_WRITABLE, exit 2, untouched (CLI)', (ctx) => {
    // Tests run as root here, and root writes anywhere: the CLI runs as `nobody` through setpriv.
    const setpriv = spawnSync('setpriv', ['--version']).status === 0;
    if (process.getuid?.() !== 0 || !setpriv) {
      console.log(`skipped: needs root and setpriv to run the CLI as another user (uid ${process.getuid?.()}, setpriv ${setpriv})`);
      ctx.skip();
    }
    const dir = scratchDir('out-readonly');
    // A checkout below a private folder (mktemp -d makes mode 700) is out of `nobody`'s reach: the CLI
    // could not even start, which is not what this test is about.
    const reach = asNobody(['-e', `require('node:fs').accessSync(${JSON.stringify(path.join(repoRoot, 'node_modules'))}); require('node:fs').accessSync(${JSON.stringify(path.dirname(dir))})`], repoRoot);
    if (reach.status !== 0) {
      console.log(`skipped: user nobody cannot reach ${repoRoot} (a parent folder is private)`);
      ctx.skip();
    }
    chmodSync(dir, 0o755); // readable by `nobody`; the output folder below stays root's, mode 755
    mkdirSync(path.join(dir, 'specs'));
    writeFileSync(path.join(dir, 'specs/a.yaml'), "openapi: 3.1.0\ninfo: { title: A, version: '1' }\npaths: {}\n");
    expect(runCli(['--quiet'], dir).code).toBe(0);
    writeFileSync(path.join(dir, 'specs/a.yaml'), "openapi: 3.1.0\ninfo: { title: A, version: '2' }\npaths: {}\n");
    const before = tree(path.join(dir, 'generated'));
    const r = asNobody([path.join(repoRoot, 'generator/cli/bin.mjs'), '--quiet'], dir);
    expect(r.stderr.trim()).toBe('generated  error  OUTPUT_NOT_WRITABLE  cannot write the output folder: permission denied (EACCES); the previous output was kept');
    expect(r.status).toBe(2);
    expect(tree(path.join(dir, 'generated'))).toEqual(before);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a full disk: OUTPUT_NO_SPACE, exit 2, previous output kept, nothing left', (ctx) => {
    // A 1 MiB tmpfs on a scratch folder, in a private mount namespace: gone when the command ends,
    // whatever happens, and invisible to every other process.
    const disk = path.join(setup.dir, 'disk');
    mkdirSync(disk);
    const probe = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${JSON.stringify(disk)}`]);
    if (probe.status !== 0) {
      console.log(`skipped: cannot mount a small tmpfs in a private mount namespace (${probe.stderr?.toString().trim()})`);
      ctx.skip();
    }
    const big = path.join(setup.dir, 'big.json');
    writeFileSync(big, JSON.stringify(withFile(result, { path: 'docs/huge.md', content: 'x'.repeat(2 * 1024 * 1024) })));
    const node = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(WRITER)}`;
    const script = [
      'set -e',
      `mount -t tmpfs -o size=1m tmpfs ${JSON.stringify(disk)}`,
      `${node} write ${JSON.stringify(setup.resultFile)} ${JSON.stringify(`${disk}/out`)}`,
      `${node} tree ${JSON.stringify(`${disk}/out`)} > ${JSON.stringify(path.join(setup.dir, 'before.json'))}`,
      `set +e; ${node} write ${JSON.stringify(big)} ${JSON.stringify(`${disk}/out`)}; echo "exit=$?"; set -e`,
      `${node} tree ${JSON.stringify(`${disk}/out`)} > ${JSON.stringify(path.join(setup.dir, 'after.json'))}`,
    ].join('\n');
    const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout).toContain('exit=2');
    expect(r.stderr.trim()).toMatch(/^\S*disk\/out {2}error {2}OUTPUT_NO_SPACE {2}cannot write composition\/docs\/huge\.md: no space left on device \(ENOSPC\); the previous output was kept$/);
    const read = (f: string) => JSON.parse(readFileSync(path.join(setup.dir, f), 'utf8')) as Record<string, unknown>;
    expect(read('after.json')).toEqual(read('before.json'));
    expect(read('before.json')).toEqual(setup.lone);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s mid-write: exit 128+n, each folder old or new, nothing left', async (signal) => {
    // Many files, so the signal lands while the stage is being filled or swapped.
    const many = { ...result, apis: result.apis.map((a) => ({ ...a, files: [...a.files, ...Array.from({ length: 1500 }, (_, i) => ({ path: `docs/extra/${i}.md`, content: `# ${i}\n`, parser: null }))] })) };
    const manyFile = path.join(setup.dir, `many-${signal}.json`);
    writeFileSync(manyFile, JSON.stringify(many));
    const newDir = path.join(setup.dir, `many-lone-${signal}`);
    await writeOutputs(many, { outDir: newDir, fullRun: true });
    const fresh = tree(newDir);
    const outDir = path.join(setup.dir, `signal-${signal}`);
    const codes: number[] = [];
    for (let round = 0; round < 3; round++) {
      makeStale(path.join(setup.dir, 'lone'), outDir);
      const stale = tree(outDir);
      const child = spawn(process.execPath, ['--import', 'tsx', WRITER, 'write', manyFile, outDir], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number>((resolve) => child.on('exit', (code, sig) => resolve(code ?? 128 + (sig === 'SIGINT' ? 2 : 15))));
      // Wait for staging to begin, then let it run a little longer each round.
      while (!ours(outDir).some((n) => n.startsWith('.gen-staging-')) && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, round * 40));
      child.kill(signal);
      const code = await exited;
      codes.push(code);
      if (code !== 0) {
        expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(stderr.trim()).toMatch(new RegExp(`^\\S+ {2}error {2}OUTPUT_INTERRUPTED {2}stopped by ${signal}; every API folder is complete, as before or as new$`));
      }
      const after = tree(outDir);
      for (const api of ['composition', 'server-variables']) {
        const part = (t: Record<string, unknown>) => Object.fromEntries(Object.entries(t).filter(([k]) => k === api || k.startsWith(`${api}/`)));
        expect([JSON.stringify(part(stale)), JSON.stringify(part(fresh))]).toContain(JSON.stringify(part(after)));
      }
      expect(ours(outDir)).toEqual([]);
    }
    // At least one round was really interrupted (a finished write would exit 0).
    expect(codes.some((c) => c !== 0)).toBe(true);
  });

  it('--check reports what a killed run left; the next write restores a half-swapped folder and clears the rest', async () => {
    const outDir = path.join(setup.dir, 'leftovers');
    makeStale(path.join(setup.dir, 'lone'), outDir);
    await writeOutputs(result, { outDir, fullRun: true });
    // A run killed between its two renames: the API folder is in `.gen-old-*`, its stage half full.
    const { renameSync } = await import('node:fs');
    renameSync(path.join(outDir, 'composition'), path.join(outDir, '.gen-old-composition-999-0'));
    mkdirSync(path.join(outDir, '.gen-staging-composition-999-1/docs'), { recursive: true });
    writeFileSync(path.join(outDir, '.gen-staging-sidebar.json-999-2'), '[');
    const drift = await checkOutputs(result, { outDir, fullRun: true });
    expect(drift.filter((d) => d.kind === 'leftover').map((d) => d.path)).toEqual([
      '.gen-old-composition-999-0/',
      '.gen-staging-composition-999-1/',
      '.gen-staging-sidebar.json-999-2/',
    ]);
    expect(drift).toContainEqual({ path: 'composition/MANIFEST', kind: 'missing' });
    // The interrupted swap is undone (the old folder put back), then the write finds nothing to change.
    const summaries = await writeOutputs(result, { outDir, fullRun: true });
    expect(summaries.find((s) => s.slug === 'composition')!.written).toBe(0);
    expect(tree(outDir)).toEqual(setup.lone);
  });

  it('a lock left by a killed run is taken over once stale; a current output takes no lock at all', async () => {
    const outDir = path.join(setup.dir, 'stale-lock');
    makeStale(path.join(setup.dir, 'lone'), outDir);
    mkdirSync(path.join(outDir, '.gen-lock'));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(path.join(outDir, '.gen-lock'), longAgo, longAgo);
    await writeOutputs(result, { outDir, fullRun: true });
    expect(tree(outDir)).toEqual(setup.lone);
    const mtime = statSync(outDir).mtimeMs;
    await writeOutputs(result, { outDir, fullRun: true });
    expect(statSync(outDir).mtimeMs).toBe(mtime);
    expect(existsSync(path.join(outDir, '.gen-lock'))).toBe(false);
  });
});
