import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as prettier from 'prettier';

/**
 * Prettier's output for inputs seen in the last run of one API, so regenerating after a small spec
 * change only formats what changed (GitHub: ~60 s of prettier CPU for 31 MB of output, nearly all of
 * it for pages a one-operation edit leaves as they were). Keyed by a hash of prettier's version, the
 * options and the input, so an entry can only ever be prettier's answer to exactly that question.
 * The CLI keeps one file per API under node_modules/.cache; `generate()` uses none unless asked.
 */
export class FormatCache {
  private readonly stored: Map<string, string>;
  private readonly used = new Map<string, string>();

  private constructor(private readonly file: string, stored: Map<string, string>) {
    this.stored = stored;
  }

  /** The cache kept in `file`; empty when it does not exist or cannot be read. */
  static open(file: string): FormatCache {
    let stored = new Map<string, string>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, string> };
      if (data.version === CACHE_VERSION && data.entries) stored = new Map(Object.entries(data.entries));
    } catch {
      // none yet, or unreadable: start empty
    }
    return new FormatCache(file, stored);
  }

  static key(prettierVersion: string, options: prettier.Options, content: string): string {
    return createHash('sha256').update(JSON.stringify([prettierVersion, options])).update('\0').update(content).digest('hex');
  }

  get(key: string): string | undefined {
    const hit = this.used.get(key) ?? this.stored.get(key);
    if (hit !== undefined) this.used.set(key, hit);
    return hit;
  }

  set(key: string, formatted: string): void {
    this.used.set(key, formatted);
  }

  /** Keeps only the entries this run used (so the file tracks the current output), via temp file + rename. */
  save(): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(this.used) }));
      renameSync(temp, this.file);
    } catch {
      // A cache that cannot be written (read-only node_modules, say) only makes the next run slower.
    }
  }
}

const CACHE_VERSION = 1;
