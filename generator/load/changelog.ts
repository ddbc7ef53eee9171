import { readFile } from 'node:fs/promises';

/**
 * A spec may keep a changelog next to it (`specs/exante.yaml` → `specs/exante.changelog.md`), written
 * by `npm run diff -- --changelog`. The docs publish it as `docs/changelog.md`. It is Markdown the
 * repository owns (the diff escapes the spec text it puts there), so it is published as it is.
 */
export function changelogPathFor(specPath: string): string {
  return specPath.replace(/\.(ya?ml|json)$/i, '') + '.changelog.md';
}

/** The changelog next to a spec, or undefined when there is none. */
export async function readChangelog(absSpecPath: string): Promise<string | undefined> {
  try {
    return await readFile(changelogPathFor(absSpecPath), 'utf8');
  } catch {
    return undefined;
  }
}
