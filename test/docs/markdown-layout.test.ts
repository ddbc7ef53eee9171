import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs.js';
import type { EmittedFile } from '../../generator/emit/emitted-file.js';
import { formatFile, PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { layoutMarkdown } from '../../generator/format/markdown-layout.js';
import { oneTableStyle } from '../../generator/format/tables.js';
import { normalize } from '../../generator/ir/normalize.js';
import { readSpec } from '../../generator/load/read.js';
import { planApi } from '../../generator/plan/plan.js';
import { PAYLOADS } from '../hostile/payloads.js';
import { templateSpec } from '../hostile/template.js';
import { testEmitContext } from '../support/emit-context.js';

/**
 * Docs pages skip prettier's Markdown parser when markdown-layout.ts can print its layout; prettier
 * stays the judge. For every docs page of the seeds, the fixtures and hostile specs, the format step's
 * output must be what prettier's Markdown formatter prints for the template's text (then one table
 * style per page, tables.ts), and prettier must leave that output as it is.
 */
const root = path.resolve(import.meta.dirname, '../..');
const specs = [
  ...readdirSync(path.join(root, 'specs')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `specs/${f}`),
  ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
].sort();

async function docsPages(document: Record<string, unknown>, specFile: string): Promise<EmittedFile[]> {
  const api = normalize(document, specFile);
  return (await emitDocs(api, planApi(api), testEmitContext())).filter((f) => f.parser === 'markdown');
}

/** Checks every page against prettier; returns how many were laid out without prettier's Markdown parser. */
async function expectPrettierLayout(pages: EmittedFile[]): Promise<number> {
  let laidOut = 0;
  for (const page of pages) {
    if (layoutMarkdown(page.content, prettier.util.getStringWidth)) laidOut++;
    const ours = oneTableStyle((await formatFile(page)).content);
    const reference = oneTableStyle(await prettier.format(page.content, { ...PRETTIER_OPTIONS, parser: 'markdown' }));
    expect(ours, page.path).toBe(reference);
    expect(oneTableStyle(await prettier.format(ours, { ...PRETTIER_OPTIONS, parser: 'markdown' })), page.path).toBe(ours);
  }
  return laidOut;
}

describe.each(specs)('%s', (spec) => {
  it('prints every docs page as prettier does', async () => {
    const { spec: loaded } = await readSpec(path.resolve(root, spec), spec);
    if (!loaded) return; // fixtures of broken input have no docs
    const pages = await docsPages(loaded.data as Record<string, unknown>, spec);
    await expectPrettierLayout(pages);
  });
});

describe('the layout', () => {
  it('covers most pages of the seeds (else docs would still cost prettier Markdown time)', async () => {
    let pages = 0;
    let laidOut = 0;
    for (const spec of specs.filter((s) => s.startsWith('specs/'))) {
      const { spec: loaded } = await readSpec(path.resolve(root, spec), spec);
      const docs = await docsPages(loaded!.data as Record<string, unknown>, spec);
      pages += docs.length;
      laidOut += docs.filter((p) => layoutMarkdown(p.content, prettier.util.getStringWidth)).length;
    }
    expect(laidOut / pages).toBeGreaterThan(0.8);
  });

  // Text whose Markdown prettier rewrites (emphasis, underscores it unescapes, wide characters, list
  // and heading markers, runs of spaces): each page is either laid out exactly or left to prettier.
  const tricky = [
    ...PAYLOADS,
    'a+_b', 'x_', '_x', 'a__b', 'snake_case_name', '**bold**', '*em*', 'a * b', '1. one', '2) two', '+ plus',
    '中文说明', '説明\n続き', 'emoji 😀 here', 'café ©', 'tab\there', 'two  spaces', 'ends with #', 'C #',
    'line one\nline two', 'para\n\npara two', '- item\n- item', '> quote', '    indented', '===', '***', 'a\\_b',
    '&amp; &#123;', '<br />', '[link](x)', 'https://example.com/a_b_', 'ﬁ ligature', '\u00a0nbsp', 'x\u0301',
    'in __cents__ of', 'the __init__ method', '(__x__)', '___ y', 'a___', 'x __a__b', 'a+__b',
  ];
  it.each([0, 1, 2, 3])('keeps prettier layout for tricky spec text (rotation %i)', async (rotation) => {
    let n = rotation * 7;
    const slots = { next: () => tricky[n++ % tricky.length]! };
    const pages = await docsPages(templateSpec(slots), 'tricky.json');
    expect(pages.length).toBeGreaterThan(3);
    await expectPrettierLayout(pages);
  });
});
