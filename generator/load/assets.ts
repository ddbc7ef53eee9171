import { readdirSync, readFileSync } from 'node:fs';

/**
 * The generator's own files that emitters turn into output: the docs templates and the client
 * runtime's sources. The one place the emit stage's inputs are read from disk (emitters never are),
 * once per process, relative to this module (never the working directory; the compiled CLI keeps
 * each module's own URL, see cli/compiled-cli.mjs).
 */
export interface Assets {
  /** `templates/docs/<name>.md.hbs` by name (`index`, `operation`, `schema`). */
  pages: Readonly<Record<string, string>>;
  /** `templates/docs/partials/<name>.hbs` by name. */
  partials: Readonly<Record<string, string>>;
  /** `emit/client/runtime/<name>.ts` by name: the modules client-runtime.gen.ts is made of. */
  runtime: Readonly<Record<string, string>>;
}

const TEMPLATE_DIR = new URL('../../templates/docs/', import.meta.url);
const RUNTIME_DIR = new URL('../emit/client/runtime/', import.meta.url);

let cached: Assets | undefined;

/** Makes the next generatorAssets() read the files again (watch mode, after a template changed). */
export function forgetAssets(): void {
  cached = undefined;
}

/** The assets, read on first use. */
export function generatorAssets(): Assets {
  cached ??= {
    pages: readDir(TEMPLATE_DIR, '.md.hbs'),
    partials: readDir(new URL('partials/', TEMPLATE_DIR), '.hbs'),
    runtime: readDir(RUNTIME_DIR, '.ts'),
  };
  return cached;
}

/** Files of one folder with the given extension: name without the extension → text, in name order. */
function readDir(dir: URL, extension: string): Record<string, string> {
  const names = readdirSync(dir).filter((f) => f.endsWith(extension)).sort();
  return Object.fromEntries(names.map((f) => [f.slice(0, -extension.length), readFileSync(new URL(f, dir), 'utf8')]));
}
