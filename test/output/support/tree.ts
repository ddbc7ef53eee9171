import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file and folder below `dir`, dot entries included: relative POSIX path → content (folders: null). */
export function tree(dir: string): Record<string, string | null> {
  const out: [string, string | null][] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = path.join(entry.parentPath, entry.name);
    out.push([path.relative(dir, abs).split(path.sep).join('/'), statSync(abs).isDirectory() ? null : readFileSync(abs, 'utf8')]);
  }
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
