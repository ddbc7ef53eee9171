import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const HEADER = '# Changelog\n\nChanges between versions of the API, as they affect the generated client.\n';

/**
 * Adds a changelog section to `file` (created with a title when missing), newest first, right under
 * the title. Running the same comparison again adds nothing: a section already in the file is not
 * repeated, so a CI job can run it on every build. Written through a temp file and a rename.
 * Returns whether the file changed.
 */
export function appendChangelog(file: string, section: string): boolean {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  if (current.includes(section)) return false;
  const at = current.search(/\n## /);
  const next = at === -1 ? `${current.replace(/\n*$/, '\n')}\n${section}` : `${current.slice(0, at + 1)}${section}\n${current.slice(at + 1)}`;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, next);
  renameSync(temp, file);
  return true;
}
