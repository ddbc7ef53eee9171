import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../diagnostics.js';
import type { EmittedFile } from '../emit/emitted-file.js';
import type { ApiOutput, GenerateResult } from '../index.js';
import { forEachConcurrently } from '../common/concurrently.js';
import { compareStrings } from '../common/order.js';
import { OUTPUT_FILES } from '../plan/files.js';
import { findLeftovers, withOutputSession, type OutputSession } from './write-guard.js';

/** One difference between the output directory and what the specs generate. */
export interface Drift {
  /** POSIX path relative to the output directory. */
  path: string;
  /** `leftover`: a temp folder of a run that died (`.gen-staging-*`, `.gen-old-*`); the next write removes it. */
  kind: 'stale' | 'missing' | 'orphaned' | 'leftover';
  /** Stale files: where the content on disk first differs from the generated content (1-based). */
  line?: number;
  col?: number;
}

export interface WriteSummary {
  slug: string;
  written: number;
  unchanged: number;
  removed: number;
}

export interface OutputOptions {
  outDir: string;
  /** True when every spec was given (no --spec): API folders without a spec are then orphans. */
  fullRun: boolean;
}

/** Compares what would be written with what is on disk, without writing (`--check`). Specs with errors are skipped. */
export async function checkOutputs(result: GenerateResult, options: OutputOptions): Promise<Drift[]> {
  return withOutputSession(options.outDir, 'check', () => compareOutputs(result, options));
}

async function compareOutputs(result: GenerateResult, options: OutputOptions): Promise<Drift[]> {
  const drift: Drift[] = findLeftovers(options.outDir).map((name) => ({ path: `${name}/`, kind: 'leftover' }));
  for (const api of result.apis) {
    if (hasErrors(api.diagnostics)) continue;
    const dir = path.join(options.outDir, api.slug);
    for (const d of diffDir(await readTree(dir), api.files)) drift.push({ ...d, path: `${api.slug}/${d.path}` });
  }
  for (const file of rootFilesFor(result, options)) {
    const current = await readIfExists(path.join(options.outDir, file.path));
    if (current === undefined) drift.push({ path: file.path, kind: 'missing' });
    else if (current !== file.content) drift.push({ path: file.path, kind: 'stale', ...firstDifference(current, file.content) });
  }
  if (options.fullRun) {
    for (const slug of await orphanApiDirs(result, options.outDir)) drift.push({ path: `${slug}/`, kind: 'orphaned' });
  }
  return drift.sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * Writes every spec without errors: the API folder is staged next to its final place and swapped in
 * with renames, so a reader never sees half an output and a failing spec leaves its folder untouched.
 * Unchanged files are hard-linked into the stage (content and mtime kept); an unchanged API is not touched.
 */
export async function writeOutputs(result: GenerateResult, options: OutputOptions): Promise<WriteSummary[]> {
  // An output that is already current needs no lock either: the run touches nothing, not even the folder.
  if (await isCurrent(result, options)) {
    return result.apis.filter((a) => !hasErrors(a.diagnostics)).map((a) => ({ slug: a.slug, written: 0, unchanged: a.files.length, removed: 0 }));
  }
  return withOutputSession(options.outDir, 'write', (session) => writeAll(result, options, session));
}

async function isCurrent(result: GenerateResult, options: OutputOptions): Promise<boolean> {
  try {
    return (await compareOutputs(result, options)).length === 0;
  } catch {
    return false; // not a folder, unreadable, ...: the write path reports it with its code
  }
}

async function writeAll(result: GenerateResult, options: OutputOptions, session: OutputSession): Promise<WriteSummary[]> {
  const summaries: WriteSummary[] = [];
  for (const api of result.apis) {
    if (hasErrors(api.diagnostics)) continue;
    summaries.push(await writeApi(api, options.outDir, session));
  }
  for (const file of rootFilesFor(result, options)) await writeFileAtomic(path.join(options.outDir, file.path), file.content, session);
  if (options.fullRun) {
    for (const slug of await orphanApiDirs(result, options.outDir)) {
      session.checkpoint();
      // Renamed first, so an interrupted removal leaves a temp folder the next run clears, not half an API.
      const doomed = session.tempPath('staging', slug);
      await rename(path.join(options.outDir, slug), doomed);
      await rm(doomed, { recursive: true, force: true });
      summaries.push({ slug, written: 0, unchanged: 0, removed: 1 });
    }
  }
  return summaries;
}

/** Files written at once: libuv's pool has four threads; a few more keep each of them busy. */
const WRITE_CONCURRENCY = 8;

async function writeApi(api: ApiOutput, outDir: string, session: OutputSession): Promise<WriteSummary> {
  const finalDir = path.join(outDir, api.slug);
  const existing = await readTree(finalDir);
  const drift = diffDir(existing, api.files);
  const summary: WriteSummary = { slug: api.slug, written: 0, unchanged: api.files.length, removed: 0 };
  if (drift.length === 0) return summary;

  const stage = session.tempPath('staging', api.slug);
  const old = session.tempPath('old', api.slug);
  summary.unchanged = 0;
  try {
    // Folders first, then the files several at a time: one at a time, each write waits for a round
    // trip through libuv's thread pool, which on a 1,235-file spec was most of the write stage.
    for (const dir of new Set(api.files.map((f) => path.dirname(path.join(stage, f.path))))) await mkdir(dir, { recursive: true });
    await forEachConcurrently(api.files, WRITE_CONCURRENCY, async (file) => {
      session.checkpoint();
      const target = path.join(stage, file.path);
      try {
        if (existing.get(file.path) === file.content) {
          await link(path.join(finalDir, file.path), target);
          summary.unchanged++;
        } else {
          await writeFile(target, file.content);
          summary.written++;
        }
      } catch (error) {
        throw Object.assign(error as Error, { path: (error as NodeJS.ErrnoException).path ?? target }); // ENOSPC on write() names no file
      }
    });
    session.checkpoint();
    summary.removed = drift.filter((d) => d.kind === 'orphaned').length;
    if (existsSync(finalDir)) await rename(finalDir, old);
    await rename(stage, finalDir);
  } finally {
    // Whatever stopped the swap (an error, a signal at a checkpoint), the folder ends complete: the new
    // one if the second rename happened, else the previous one put back. Nothing of ours stays behind.
    await rm(stage, { recursive: true, force: true });
    if (existsSync(old)) {
      if (existsSync(finalDir)) await rm(old, { recursive: true, force: true });
      else await rename(old, finalDir);
    }
  }
  return summary;
}

/** Root files span every API, so only a full run (no --spec) may write or check them. */
function rootFilesFor(result: GenerateResult, options: OutputOptions): readonly EmittedFile[] {
  return options.fullRun ? result.rootFiles : [];
}

function diffDir(existing: Map<string, string>, files: readonly EmittedFile[]): Drift[] {
  const drift: Drift[] = [];
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = existing.get(file.path);
    if (current === undefined) drift.push({ path: file.path, kind: 'missing' });
    else if (current !== file.content) drift.push({ path: file.path, kind: 'stale', ...firstDifference(current, file.content) });
  }
  for (const p of existing.keys()) if (!wanted.has(p)) drift.push({ path: p, kind: 'orphaned' });
  return drift;
}

/** Line and column (1-based, UTF-16 units) in `a` of the first character where two texts differ. */
function firstDifference(a: string, b: string): { line: number; col: number } {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const before = a.slice(0, i);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: i - lineStart + 1 };
}

/** All files below `dir` as POSIX relative path → content; empty when the folder does not exist. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs, 'utf8'));
  }
  return out;
}

/** Folders of the output directory that hold our MANIFEST but belong to no spec of this run. */
async function orphanApiDirs(result: GenerateResult, outDir: string): Promise<string[]> {
  if (!existsSync(outDir)) return [];
  const slugs = new Set(result.apis.map((a) => a.slug));
  const entries = await readdir(outDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !slugs.has(e.name) && !e.name.startsWith('.'))
    .filter((e) => existsSync(path.join(outDir, e.name, OUTPUT_FILES.manifest)))
    .map((e) => e.name)
    .sort(compareStrings);
}

async function readIfExists(file: string): Promise<string | undefined> {
  return existsSync(file) ? readFile(file, 'utf8') : undefined;
}

/** Writes through a temp file and a rename; skips the write when the content is unchanged. */
async function writeFileAtomic(file: string, content: string, session: OutputSession): Promise<boolean> {
  if ((await readIfExists(file)) === content) return false;
  session.checkpoint();
  const temp = session.tempPath('staging', path.basename(file));
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return true;
}
