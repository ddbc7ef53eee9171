import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`: POSIX relative path → { content, mtimeMs, ino }, for byte and write comparisons. */
export function snapshotTree(dir: string): Map<string, { content: string; mtimeMs: number; ino: number }> {
  const out = new Map<string, { content: string; mtimeMs: number; ino: number }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    const stat = statSync(abs);
    out.set(path.relative(dir, abs).split(path.sep).join('/'), { content: readFileSync(abs, 'utf8'), mtimeMs: stat.mtimeMs, ino: stat.ino });
  }
  return out;
}
