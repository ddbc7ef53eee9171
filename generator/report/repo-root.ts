import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * POSIX path from the repository root to `cwd` ('' when `cwd` is the root, or is in no repository):
 * the nearest folder upwards holding `.git` (a folder, or a file in a worktree or submodule). SARIF
 * and GitHub annotations name files from there, so a project in a monorepo's sub-folder still points
 * at the right file.
 */
export function repoPrefix(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, path.resolve(cwd)).split(path.sep).join('/');
    const parent = path.dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
