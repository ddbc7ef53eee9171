import path from 'node:path';
import { compareStrings } from '../common/order.js';
import type { EmittedFile } from '../emit/emitted-file.js';
import { FormatCache } from './cache.js';
import { formatFile } from './format.js';
import { oneTableStyle } from './tables.js';

/**
 * Formats one API's files as the emitters hand them over, so on a large spec the format workers run
 * while the next emitter does (GitHub: ~16 s of emitting, several times that of prettier). With a
 * cache folder, prettier's answers are kept per API (cache.ts) in `format-<slug>.json`.
 */
export class ApiFormatter {
  private readonly pending: Promise<EmittedFile>[] = [];
  private readonly cache: FormatCache | undefined;

  /** `format` false: files pass through as their emitters wrote them (generate's `format` option). */
  constructor(
    slug: string,
    cacheDir: string | undefined,
    private readonly format = true,
  ) {
    this.cache = cacheDir === undefined ? undefined : FormatCache.open(path.join(cacheDir, `format-${slug}.json`));
  }

  /** Starts formatting `files`, then lets the formatter dispatch them (it flushes on setImmediate). */
  async add(files: readonly EmittedFile[]): Promise<void> {
    this.pending.push(...files.map((file) => finishFile(file, this.cache, this.format)));
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * As add, and returns once those files are finished: a job shared with the second thread counts
   * its formatting (a docs page prettier formats, with prettier to load, ~0.3 s) before this thread
   * claims the next one, so the threads' shares stay even.
   */
  async addFinished(files: readonly EmittedFile[]): Promise<void> {
    const finished = files.map((file) => finishFile(file, this.cache, this.format));
    this.pending.push(...finished);
    await Promise.all(finished);
  }

  /**
   * Files the second thread has finished already (emit/second-thread.ts, with finishFile): the format
   * step is pure, so they are the bytes this thread would make. That thread keeps no cache; its rare
   * prettier questions (docs blocks the emitter left to prettier) are asked again on the next run.
   */
  addFormatted(files: readonly EmittedFile[]): void {
    this.pending.push(...files.map((file) => Promise.resolve(file)));
  }

  /** Every formatted file, sorted by path; saves the cache. */
  async done(): Promise<EmittedFile[]> {
    const files = (await Promise.all(this.pending)).sort((a, b) => compareStrings(a.path, b.path));
    this.cache?.save();
    return files;
  }
}

/**
 * A file as it is written: formatted (unless `format` is false), and a docs page with one table style,
 * since prettier pads narrow Markdown tables and not wide ones (tables.ts). Per file, so each thread
 * finishes the files it emits while it has work, not this thread alone at the end.
 */
export async function finishFile(file: EmittedFile, cache: FormatCache | undefined, format: boolean): Promise<EmittedFile> {
  const formatted = format ? await formatFile(file, cache) : file;
  return formatted.parser === 'markdown' ? { ...formatted, content: oneTableStyle(formatted.content) } : formatted;
}
