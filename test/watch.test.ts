import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JsonReport } from '../generator/report/json.js';
import { repoRoot, scratchDir } from './support/cli.js';
import { snapshotTree } from './support/tree.js';
import { WatchProcess } from './support/watch-process.js';

const RAN = /^watch: \d+ spec\(s\) regenerated/gm;
const READY = /^watch: watching 2 spec\(s\)/m;

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** Saves the way editors that write a new file and rename it over the old one do (vim's backupcopy=no, JetBrains, many others). */
function saveByRename(file: string, content: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/** Saves the way editors that rewrite the file in place do: truncate first, then write. */
async function saveInPlace(file: string, content: string): Promise<void> {
  writeFileSync(file, '');
  await new Promise((resolve) => setTimeout(resolve, 20)); // the gap between the two writes, not a wait for a result
  writeFileSync(file, content);
}

describe('--watch (CLI)', { timeout: 600_000 }, () => {
  let dir: string;
  let watcher: WatchProcess | undefined;
  beforeEach(() => {
    dir = scratchDir('watch');
    mkdirSync(path.join(dir, 'specs'));
    copyFileSync(path.join(repoRoot, 'test/fixtures/composition.yaml'), path.join(dir, 'specs/exante.yaml'));
    copyFileSync(path.join(repoRoot, 'test/fixtures/server-variables.yaml'), path.join(dir, 'specs/upsun.yaml'));
    return () => rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => watcher?.kill());

  it('regenerates the edited spec on each save (in place or by rename), keeps the last good output while it is broken, and stops cleanly', async () => {
    const spec = path.join(dir, 'specs/exante.yaml');
    const original = readFileSync(spec, 'utf8');
    const index = path.join(dir, 'generated/exante/docs/index.md');
    const w = (watcher = new WatchProcess([], dir));

    await w.waitFor('the first run', () => READY.test(w.stderr));
    expect(w.stdout).toMatch(/^exante: \d+ files, \d+ written/m);
    expect(w.stdout).toMatch(/^upsun: \d+ files, \d+ written/m);
    const upsunBefore = snapshotTree(path.join(dir, 'generated/upsun'));

    // 1. Save in place (truncate, then write).
    let mark = w.mark();
    await saveInPlace(spec, original.replace('title: Composition', 'title: Saved in place'));
    await w.waitFor('the in-place save to reach the output', () => count(w.since(mark).stderr, RAN) === 1 && readFileSync(index, 'utf8').includes('Saved in place'));
    let step = w.since(mark);
    expect(step.stderr).toContain('watch: specs/exante.yaml changed; regenerating specs/exante.yaml');
    expect(step.stdout).toMatch(/^exante: \d+ files, [1-9]\d* written/m);
    expect(step.stdout).not.toContain('upsun:'); // only the spec the change affects
    expect(step.stderr).not.toMatch(/ error /);

    // 2. Save by rename.
    mark = w.mark();
    saveByRename(spec, original.replace('title: Composition', 'title: Saved by rename'));
    await w.waitFor('the rename save to reach the output', () => count(w.since(mark).stderr, RAN) === 1 && readFileSync(index, 'utf8').includes('Saved by rename'));
    step = w.since(mark);
    expect(step.stdout).toMatch(/^exante: \d+ files, [1-9]\d* written/m);
    expect(step.stderr).not.toMatch(/ error /);

    // 3. Break it (in place): the diagnostic is printed and the last good output stays byte for byte.
    const goodOutput = snapshotTree(path.join(dir, 'generated'));
    mark = w.mark();
    await saveInPlace(spec, original.replace("{ $ref: '#/components/schemas/Base' }", "{ $ref: '#/components/schemas/Missing' }"));
    await w.waitFor('the broken spec to be reported', () => count(w.since(mark).stderr, RAN) === 1);
    step = w.since(mark);
    expect(step.stderr).toMatch(/^specs\/exante\.yaml:\d+:\d+  error  SPEC_REF_NOT_FOUND  #\/components\/schemas\/Missing not found/m);
    expect(step.stdout).toMatch(/^exante: failed, previous output kept/m);
    expect(snapshotTree(path.join(dir, 'generated'))).toEqual(goodOutput);

    // 4. Fix it (by rename): written again, no diagnostic left.
    mark = w.mark();
    saveByRename(spec, original.replace('title: Composition', 'title: Fixed'));
    await w.waitFor('the fixed spec to reach the output', () => count(w.since(mark).stderr, RAN) === 1 && readFileSync(index, 'utf8').includes('Fixed'));
    step = w.since(mark);
    expect(step.stdout).toMatch(/^exante: \d+ files, [1-9]\d* written/m);
    expect(step.stderr).not.toContain('SPEC_REF_NOT_FOUND');
    expect(readFileSync(path.join(dir, 'generated/sidebar.json'), 'utf8')).toContain('Fixed');

    // 5. A config file appearing affects every spec; the output stays as it is.
    mark = w.mark();
    writeFileSync(path.join(dir, 'generator.config.json'), '{}\n');
    await w.waitFor('the config change to regenerate every spec', () => count(w.since(mark).stderr, RAN) === 1);
    step = w.since(mark);
    expect(step.stdout).toMatch(/^exante: \d+ files, 0 written/m);
    expect(step.stdout).toMatch(/^upsun: \d+ files, 0 written/m);
    expect(snapshotTree(path.join(dir, 'generated/upsun'))).toEqual(upsunBefore);

    // 6. Ctrl-C: exit 0, nothing half-written left behind.
    const exit = await w.stop('SIGINT');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(w.stderr).toMatch(/^watch: stopped$/m);
    expect(readdirSync(path.join(dir, 'generated')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('prints one JSON report per run with --format json, and stops on SIGTERM', async () => {
    const spec = path.join(dir, 'specs/exante.yaml');
    const w = (watcher = new WatchProcess(['--format', 'json'], dir));
    await w.waitFor('the first run', () => READY.test(w.stderr));
    const first = w.stdout.split('\n').filter(Boolean);
    expect(first).toHaveLength(1);
    expect(JSON.parse(first[0]!)).toMatchObject({ schemaVersion: 1, ok: true, findings: [] });
    expect(w.stderr).toMatch(/^exante: \d+ files/m); // summaries go to stderr with a machine format

    saveByRename(spec, readFileSync(spec, 'utf8').replace("{ $ref: '#/components/schemas/Base' }", "{ $ref: '#/components/schemas/Missing' }"));
    await w.waitFor('the second report', () => w.stdout.split('\n').filter(Boolean).length === 2);
    const second = JSON.parse(w.stdout.split('\n').filter(Boolean)[1]!) as JsonReport;
    expect(second.ok).toBe(false);
    expect(second.findings.map((f) => [f.code, f.file])).toEqual([['SPEC_REF_NOT_FOUND', 'specs/exante.yaml']]);

    expect(await w.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(dir, 'generated/exante/MANIFEST'))).toBe(true);
  });
});
