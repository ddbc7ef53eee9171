import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generate, type ApiOutput } from '../../generator/index.js';
import { testTmp } from '../support/tmp.js';

/** Repository root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** Scratch space for docs tests (git-ignored). */
export const tmpDir = testTmp('docs');

/** The five real specs plus every `test/fixtures/docs-*.yaml`: the inputs whose docs the tests check. */
export function docsInputs(): string[] {
  const specs = readdirSync(path.join(root, 'specs'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `specs/${f}`);
  const fixtures = readdirSync(path.join(root, 'test/fixtures'))
    // docs-*: the docs behaviours; oas32-*: OpenAPI 3.2 documents (query and custom methods, streams, nested tags).
    .filter((f) => /^(docs|oas32)-.*\.ya?ml$/.test(f))
    .map((f) => `test/fixtures/${f}`);
  return [...specs, ...fixtures].sort();
}

/** Every fixture (not only docs-*), for checks that must hold for any spec. */
export function allFixtures(): string[] {
  return readdirSync(path.join(root, 'test/fixtures'))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `test/fixtures/${f}`)
    .sort();
}

/** Generates the given specs in memory; fails on any spec that produced no files. */
export async function generateApis(specs: string[]): Promise<ApiOutput[]> {
  const result = await generate({ specs, cwd: root });
  for (const api of result.apis) {
    if (api.files.length === 0) {
      throw new Error(`${api.specFile} produced no output: ${api.diagnostics.map((d) => d.message).join('; ')}`);
    }
  }
  return result.apis;
}

/** The docs files of one API, keyed by path relative to `docs/`. */
export function docsFiles(api: ApiOutput): Map<string, string> {
  return new Map(
    api.files.filter((f) => f.path.startsWith('docs/')).map((f) => [f.path.slice('docs/'.length), f.content]),
  );
}

/** The body of a Markdown page without its front matter. */
export function stripFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Fenced code blocks with the given info string, in order. */
export function fencedBlocks(markdown: string, lang: string): string[] {
  const blocks: string[] = [];
  const fence = /^(`{3,})([^\n`]*)\n([\s\S]*?)\n\1[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) if (match[2]!.trim() === lang) blocks.push(match[3]!);
  return blocks;
}
