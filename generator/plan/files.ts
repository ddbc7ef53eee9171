import { createHash } from 'node:crypto';

/**
 * Output file names and paths: the one place they are spelled. Paths are POSIX, relative to
 * `generated/<api>/` unless said otherwise.
 */
export const OUTPUT_FILES = {
  types: 'types.gen.ts',
  client: 'client.gen.ts',
  runtime: 'client-runtime.gen.ts',
  validators: 'validators.gen.ts',
  index: 'index.ts',
  /** Every file with its sha256; its presence also marks a folder of the output directory as ours. */
  manifest: 'MANIFEST',
  /** The docs pages and their sidebar live under this folder. */
  docsDir: 'docs',
} as const;

/** Files at the root of the output directory, spanning every API. */
export const ROOT_FILES = {
  /** Every API's docs sidebar in one VitePress `themeConfig.sidebar`. */
  sidebar: 'sidebar.json',
} as const;

/** Docs page paths, relative to `docs/`. */
export const DOCS_PAGES = {
  index: 'index.md',
  /** The spec's changelog, when it keeps one (load/changelog.ts). */
  changelog: 'changelog.md',
  sidebar: 'sidebar.json',
  operationsDir: 'operations',
  schemasDir: 'schemas',
} as const;

/**
 * Longest file name, in UTF-8 bytes, that a spec name may give a file: far under the 255 bytes of
 * common file systems, so names stay readable in listings and paths stay short on Windows.
 */
export const MAX_FILE_NAME_BYTES = 100;

/**
 * `<name><extension>`, or, when that is longer than MAX_FILE_NAME_BYTES, the name cut at a code point
 * and a short hash of the whole name (`<start>-<8 hex digits><extension>`). The file name depends on
 * the name alone, never on other names or their order, and distinct names keep distinct files.
 */
export function boundedFileName(name: string, extension: string): string {
  const whole = `${name}${extension}`;
  if (Buffer.byteLength(whole) <= MAX_FILE_NAME_BYTES) return whole;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  const budget = MAX_FILE_NAME_BYTES - Buffer.byteLength(`-${hash}${extension}`);
  let cut = '';
  for (const char of name) {
    if (Buffer.byteLength(cut + char) > budget) break;
    cut += char;
  }
  return `${cut}-${hash}${extension}`;
}

/** The modules `index.ts` re-exports, when they were emitted. Types first: the others import them. */
export const ENTRY_MODULES = [OUTPUT_FILES.types, OUTPUT_FILES.client, OUTPUT_FILES.validators] as const;

/** The specifier one generated module imports another by: `types.gen.ts` → `./types.gen.js`. */
export function moduleSpecifier(file: string): string {
  return `./${file.replace(/\.ts$/, '.js')}`;
}

/** The output path of a docs page: `operations/x.md` → `docs/operations/x.md`. */
export function docsFile(docPath: string): string {
  return `${OUTPUT_FILES.docsDir}/${docPath}`;
}

/** Relative link from one docs page to another, both given relative to `docs/` (POSIX). */
export function relativeLink(fromDocPath: string, toDocPath: string): string {
  const from = fromDocPath.split('/').slice(0, -1);
  const to = toDocPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  const rest = to.slice(common).join('/');
  return ups === 0 ? `./${rest}` : `${'../'.repeat(ups)}${rest}`;
}

/**
 * Site-root link for a sidebar: `operations/x.md` of `exante` → `/exante/operations/x`; `index.md` →
 * `/exante/`. The convention: a site mounts `generated/<slug>/docs/` at `/<slug>/`.
 */
export function siteLink(slug: string, docPath: string): string {
  const withoutExt = docPath.replace(/\.md$/, '');
  if (withoutExt === 'index') return `/${slug}/`;
  return `/${slug}/${withoutExt.replace(/\/index$/, '/')}`;
}

/** Import specifier the docs' TypeScript examples use; readers adjust it to where `generated/` lives. */
export function exampleImportPath(slug: string): string {
  return `./generated/${slug}/${moduleSpecifier(OUTPUT_FILES.index).slice(2)}`;
}
