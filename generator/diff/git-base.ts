import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** A problem with the arguments (a bad ref, a file git does not know): a usage error, exit 2. */
export class GitUsageError extends Error {}

/**
 * The text of `file` as it was at `ref`, read with `git show <ref>:./<path>` (spawned with an argument
 * list, never a shell). The label is how findings name it: `<ref>:<path from the repository root>`.
 */
export function readAtRef(ref: string, file: string, cwd: string): { text: string; label: string } {
  // A ref starting with '-' would be read as an option (`--output=...`); git refs never start with one.
  if (ref === '' || ref.startsWith('-') || /[\s\0:]/.test(ref)) throw new GitUsageError(`invalid git ref: ${JSON.stringify(ref)}`);
  const dir = path.dirname(path.resolve(cwd, file));
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (top.status !== 0) throw new GitUsageError(`${file} is not in a git repository`);
  const rel = path.relative(top.stdout.trim(), path.resolve(cwd, file)).split(path.sep).join('/');
  const show = git(['show', `${ref}:${rel}`], top.stdout.trim());
  if (show.status !== 0) {
    const reason = show.stderr.split('\n').find((l) => l.trim() !== '')?.replace(/^fatal: /, '') ?? `git exited with ${show.status}`;
    throw new GitUsageError(`cannot read ${rel} at ${ref}: ${reason}`);
  }
  return { text: show.stdout, label: `${ref}:${rel}` };
}

function git(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, shell: false });
  if (run.error) throw new GitUsageError(`cannot run git: ${(run.error as NodeJS.ErrnoException).code ?? run.error.message}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
