import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs.js';
import { type ClientSnippet, printedSnippet, rawSnippet } from '../../generator/emit/docs/client-snippet.js';
import { printedJson } from '../../generator/emit/docs/example-values.js';
import type { EmittedFile } from '../../generator/emit/emitted-file.js';
import { formatFile, PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { normalize } from '../../generator/ir/normalize.js';
import type { JsonValue } from '../../generator/ir/types.js';
import { readSpec } from '../../generator/load/read.js';
import { planApi } from '../../generator/plan/plan.js';
import { PAYLOADS } from '../hostile/payloads.js';
import { templateSpec } from '../hostile/template.js';
import { key, number, text, valueTree } from '../support/layout-values.js';
import { testEmitContext } from '../support/emit-context.js';

/**
 * The docs emitter prints its `ts` and `json` examples in prettier's layout and records them
 * (EmittedFile.preformattedCode), so the format step skips prettier for them. Prettier is the judge:
 * every recorded block is what prettier prints for it (babel-ts, as format.ts runs it, or json); a page
 * formats to the same bytes with the records dropped (every block through prettier, as before); and
 * the printers agree with prettier on the source the docs held before (rawSnippet, JSON.stringify
 * with an indent), which the docs still hold where a printer refuses.
 */
const root = path.resolve(import.meta.dirname, '../..');
const specs = [
  ...readdirSync(path.join(root, 'specs')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `specs/${f}`),
  ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
].sort();

const judge = (code: string, parser: 'typescript' | 'json') =>
  prettier.format(code, { ...PRETTIER_OPTIONS, parser: parser === 'typescript' ? 'babel-ts' : 'json' });

async function docsPages(document: Record<string, unknown>, specFile: string): Promise<EmittedFile[]> {
  const api = normalize(document, specFile);
  return (await emitDocs(api, planApi(api), testEmitContext())).filter((f) => f.parser === 'markdown');
}

/** Checks every recorded block of every page; returns [recorded, all] `ts`/`json` blocks. */
async function expectPrinted(pages: EmittedFile[]): Promise<[number, number]> {
  let printed = 0;
  let blocks = 0;
  for (const page of pages) {
    blocks += page.content.match(/^`{3,}(?:ts|json)$/gm)?.length ?? 0;
    for (const [code, parser] of page.preformattedCode ?? []) {
      printed++;
      expect(page.content, page.path).toContain(`\n${code}\n`);
      expect(await judge(code, parser), `${page.path}: ${code}`).toBe(`${code}\n`);
    }
    if (page.preformattedCode?.size) {
      const before = await formatFile({ ...page, preformattedCode: undefined });
      expect((await formatFile(page)).content, page.path).toBe(before.content);
    }
  }
  return [printed, blocks];
}

describe.each(specs)('%s', (spec) => {
  it('prints its docs examples as prettier formats them', async () => {
    const { spec: loaded } = await readSpec(path.resolve(root, spec), spec);
    if (!loaded) return; // fixtures of broken input have no docs
    await expectPrinted(await docsPages(loaded.data as Record<string, unknown>, spec));
  });
});

describe('printed examples', () => {
  it('cover every example of the seeds (else docs would still cost prettier calls)', async () => {
    let printed = 0;
    let blocks = 0;
    for (const spec of specs.filter((s) => s.startsWith('specs/'))) {
      const { spec: loaded } = await readSpec(path.resolve(root, spec), spec);
      const [p, b] = await expectPrinted(await docsPages(loaded!.data as Record<string, unknown>, spec));
      printed += p;
      blocks += b;
    }
    expect(blocks).toBeGreaterThan(10);
    expect(printed).toBe(blocks);
  });

  // Spec text in keys, names, servers and examples: each block is printed exactly or left to prettier.
  it.each([0, 1, 2, 3])('keep prettier layout for hostile spec text (rotation %i)', async (rotation) => {
    let n = rotation * 11;
    const slots = { next: () => PAYLOADS[n++ % PAYLOADS.length]! };
    const pages = await docsPages(templateSpec(slots), 'hostile.json');
    const [printed] = await expectPrinted(pages);
    expect(printed).toBeGreaterThan(0);
  });
});

const json = valueTree([text, number, fc.boolean(), fc.constant(null)], number) as fc.Arbitrary<JsonValue>;

describe('the example printers', () => {
  it('print JSON examples as prettier formats JSON.stringify with an indent', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        const printed = printedJson(value);
        expect(printed).toBeDefined();
        expect(await judge(JSON.stringify(value, null, 2), 'json')).toBe(`${printed}\n`);
      }),
      { seed: 20261202, numRuns: Number(process.env.PRINTED_CODE_RUNS ?? 300) },
    );
  });

  const snippet: fc.Arbitrary<ClientSnippet> = fc.record({
    clientImport: fc.oneof(fc.constant('./generated/api/index.js'), fc.string({ maxLength: 120 })),
    exportClient: fc.boolean(),
    options: fc.array(fc.tuple(fc.constantFrom('baseUrl', 'bearerToken', 'apiKey', 'serverVariables'), fc.oneof(text, fc.array(fc.tuple(key, text), { maxLength: 4 }))), { maxLength: 3 }),
    call: fc.option(
      fc.record({
        // Names around the width where `const res = await client.name({` still fits.
        method: fc.oneof(fc.stringMatching(/^[a-z][A-Za-z]{0,90}$/), fc.constant('get'), fc.integer({ min: 68, max: 80 }).map((n) => 'm'.repeat(n))),
        // A call without arguments (`name({})`) is printed differently: no parameters and no body often enough.
        params: fc.oneof(
          fc.constant([]),
          fc.uniqueArray(fc.tuple(fc.constantFrom('path' as const, 'query' as const, 'headers' as const), fc.array(fc.tuple(key, json), { minLength: 1, maxLength: 4 })), { selector: ([where]) => where, maxLength: 3 }),
        ),
        body: fc.option(fc.oneof(json.map((v) => ({ json: v })), text.map((t) => ({ file: t }))), { nil: undefined, freq: 2 }),
        streams: fc.boolean(),
      }),
      { nil: undefined },
    ),
  });

  it('print TypeScript examples as prettier formats their source, or refuse', async () => {
    let printedCount = 0;
    await fc.assert(
      fc.asyncProperty(snippet, async (s) => {
        const printed = printedSnippet(s);
        if (printed === undefined) return;
        printedCount++;
        expect(await judge(rawSnippet(s), 'typescript')).toBe(`${printed}\n`);
        expect(await judge(printed, 'typescript')).toBe(`${printed}\n`);
      }),
      { seed: 20261202, numRuns: Number(process.env.PRINTED_CODE_RUNS ?? 300) },
    );
    // Refusals are for rare keys and over-long calls, not the common case.
    expect(printedCount).toBeGreaterThan(100);
  });
});
