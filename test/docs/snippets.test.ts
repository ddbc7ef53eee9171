import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../generator/index.js';
import { typecheck } from '../support/typecheck.js';
import { allFixtures, docsFiles, docsInputs, fencedBlocks, generateApis, tmpDir } from './support.js';

/**
 * The TypeScript examples in the docs are extracted and type-checked against the generated client,
 * so the docs never show a call that does not compile. Each API's generated .ts files are written to
 * test/.tmp, and the snippets' import specifier (`./generated/<api>/index.js`) is pointed at them.
 */
const outDir = path.join(tmpDir, 'snippets');
let apis: ApiOutput[] = [];

beforeAll(async () => {
  apis = await generateApis([...new Set([...docsInputs(), ...allFixtures()])]);
  rmSync(outDir, { recursive: true, force: true });
}, 120_000);

function writeApi(api: ApiOutput): string[] {
  const dir = path.join(outDir, api.slug);
  for (const file of api.files.filter((f) => f.path.endsWith('.ts'))) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
  const snippets: string[] = [];
  for (const [page, markdown] of docsFiles(api)) {
    fencedBlocks(markdown, 'ts').forEach((code, i) => {
      const file = path.join(dir, '__docs__', `${page.replace(/[/.]/g, '_')}_${i}.ts`);
      const clientImport = api.plan!.docs.clientImport;
      const rewritten = code.split(`'${clientImport}'`).join(`'../index.js'`);
      expect(rewritten, `${api.slug}/${page} imports ${clientImport}`).not.toBe(code);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, rewritten);
      snippets.push(file);
    });
  }
  return snippets;
}

function typeErrors(files: string[]): string[] {
  // Only the snippets are this test's business; the generated code itself is compiled by consumers.test.ts.
  const snippetFiles = new Set(files.map((f) => path.resolve(f)));
  return typecheck(files, { reportFor: (file) => snippetFiles.has(file), relativeTo: outDir });
}

describe('TypeScript examples in the docs', () => {
  it('every operation page and index page has an example', () => {
    for (const api of apis) {
      const docs = docsFiles(api);
      const pages = [...docs.keys()].filter((p) => p === 'index.md' || p.startsWith('operations/'));
      for (const page of pages) expect(fencedBlocks(docs.get(page)!, 'ts'), `${api.slug}/${page}`).toHaveLength(1);
    }
  });

  it('compile against the generated client', () => {
    const snippets = apis.flatMap(writeApi);
    expect(snippets.length).toBeGreaterThan(0);
    expect(typeErrors(snippets)).toEqual([]);
  }, 120_000);
});
