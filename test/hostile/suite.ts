import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStrings } from '../../generator/common/order.js';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { generate, type ApiOutput } from '../../generator/index.js';
import { OUTPUT_FILES } from '../../generator/plan/files.js';
import { testTmp } from '../support/tmp.js';
import { typecheck } from '../support/typecheck.js';
import { markdownShape, mdxShape } from './markdown-shape.js';
import { runExports } from './run-exports.js';
import { CANARY_PAYLOADS, PAYLOADS } from './payloads.js';
import { fromList, neutralSlots, slotKinds, templateSpec, type SlotKind } from './template.js';
import { buildSites, type SiteShape } from './vitepress-shape.js';

/**
 * Hostile specs: the template spec (template.ts) with hostile strings (payloads.ts) in every slot.
 * For each generated spec: generate() ends with files or with located errors, never a throw; the
 * output compiles under the strict options; importing every module and calling every export runs no
 * spec text (run-exports.mjs); every docs page has the shape of the neutral spec's pages. A sample is
 * built into one VitePress site next to the neutral spec, and no page may hold an element or
 * attribute the neutral pages lack.
 *
 * The specs are split between hostile-1.test.ts and hostile-2.test.ts (even and odd indexes), which
 * vitest runs in parallel; only the first builds the VitePress site.
 *
 * HOSTILE_RUNS sets the number of specs (default 300, both parts together), HOSTILE_SEED the seed (default fixed, so a
 * failure reproduces), HOSTILE_SITE_SAMPLE the number built with VitePress (default 4) and
 * HOSTILE_MDX_SAMPLE the number whose pages MDX also parses (default 60; GFM parses all).
 * HOSTILE_FORMAT_SAMPLE specs (default 100) run the whole pipeline, prettier included, as the CLI
 * does; the rest skip the format step (generate's `format: false`), which takes ~85% of a small
 * spec's time and changes layout only: every check below still runs on them. The neutral spec and
 * the VitePress sample are always formatted. Of the formatted ones, the first HOSTILE_JUDGE_SAMPLE
 * (default 60) have every TypeScript output compared with what prettier prints for it: the emitters
 * print most of it themselves, in prettier's layout, and hostile text must not move a line break.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 300);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261201);
const SITE_SAMPLE = Number(process.env.HOSTILE_SITE_SAMPLE ?? 4);
const MDX_SAMPLE = Number(process.env.HOSTILE_MDX_SAMPLE ?? 60);
const FORMAT_SAMPLE = Number(process.env.HOSTILE_FORMAT_SAMPLE ?? 100);
const JUDGE_SAMPLE = Number(process.env.HOSTILE_JUDGE_SAMPLE ?? 60);

const root = path.resolve(import.meta.dirname, '../..');

const COMPONENT_KEY = /^[a-zA-Z0-9.\-_]+$/;
const ALL = [...PAYLOADS, ...CANARY_PAYLOADS];
const one = fc.constantFrom(...ALL);
const text = fc.oneof(
  { weight: 6, arbitrary: one },
  { weight: 2, arbitrary: fc.tuple(one, one).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Pet', 'id', 'a b'), one).map(([a, b]) => a + b) },
);
const componentKey = fc.constantFrom(...PAYLOADS.filter((p) => COMPONENT_KEY.test(p)), 'a.b-c_d');
const ARBITRARY: Record<SlotKind, fc.Arbitrary<string>> = { text, key: text, component: componentKey };
const specs = fc.tuple(...slotKinds().map((kind) => ARBITRARY[kind]));

/** What each spec came to; `outDir` holds its files when it generated. */
interface Case {
  name: string;
  specFile: string;
  output: ApiOutput | undefined;
  thrown: string | undefined;
  outDir: string;
}

/** The hostile-spec checks for the specs whose index is `part` modulo `parts`. */
export function hostileSuite(part: number, parts: number): void {
  const tmp = testTmp(`hostile-${part + 1}`);
  const cases: Case[] = [];
  let neutral: Case;
  const timings: string[] = [];

  async function timed<T>(label: string, run: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    const result = await run();
    timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  }

  /** Each spec in its own folder as `api.json`, so all share one slug and the format cache keeps the runtime. */
  /**
   * `runtimeFrom`: the neutral spec, whose runtime file this spec's must equal below the header (its
   * unformatted twin's when this spec skips formatting) and which it links to.
   */
  async function generateCase(name: string, spec: Record<string, unknown>, options: { runtimeFrom?: Case; rawRuntimeFrom?: Case; format: boolean }): Promise<Case> {
    const specFile = path.join(tmp, 'specs', name, 'api.json');
    mkdirSync(path.dirname(specFile), { recursive: true });
    writeFileSync(specFile, JSON.stringify(spec, null, 2));
    const outDir = path.join(tmp, 'out', name);
    try {
      const result = await generate({ specs: [specFile], cwd: root, cacheDir: path.join(tmp, 'cache'), format: options.format });
      const output = result.apis[0]!;
      for (const file of output.files) {
        const target = path.join(outDir, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        if (file.path === OUTPUT_FILES.runtime && options.runtimeFrom) {
          // The runtime is the same for every API below its header (the fixtures test holds that), so
          // all APIs link the neutral one: tsc and esbuild then read 52 kB once, not once per spec.
          const twin = options.format ? options.runtimeFrom : options.rawRuntimeFrom!;
          expect(bodyOf(file.content)).toBe(bodyOf(twin.output!.files.find((f) => f.path === file.path)!.content));
          symlinkSync(path.join(options.runtimeFrom.outDir, file.path), target);
        } else writeFileSync(target, file.content);
      }
      return { name, specFile, output, thrown: undefined, outDir };
    } catch (error) {
      return { name, specFile, output: undefined, thrown: (error as Error).stack ?? String(error), outDir };
    }
  }

  const bodyOf = (content: string) => content.slice(content.indexOf('\n') + 1);

  const generated = () => cases.filter((c) => (c.output?.files.length ?? 0) > 0);

  beforeAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    neutral = await generateCase('neutral', templateSpec(neutralSlots()), { format: true });
    const neutralRaw = await generateCase('neutral-raw', templateSpec(neutralSlots()), { format: false });
    const samples = fc.sample(specs, { seed: SEED, numRuns: RUNS });
    await timed(`generate ${samples.filter((_, i) => i % parts === part).length} specs`, async () => {
      for (const [i, values] of samples.entries()) if (i % parts === part) cases.push(await generateCase(`h${i}`, templateSpec(fromList(values)), { runtimeFrom: neutral, rawRuntimeFrom: neutralRaw, format: i < FORMAT_SAMPLE }));
    });
  }, 1_800_000);

  describe(`hostile specs (part ${part + 1} of ${parts}: ${RUNS} in all, seed ${SEED})`, () => {
    it('the neutral spec generates without diagnostics', () => {
      expect(neutral.thrown).toBeUndefined();
      expect(neutral.output!.diagnostics.map(formatDiagnostic)).toEqual([]);
    });

    it('generate() never throws, and every error is located in the spec', () => {
      const thrown = cases.filter((c) => c.thrown).map((c) => `${c.name}: ${c.thrown}`);
      expect(thrown).toEqual([]);
      const unlocated = cases.flatMap((c) =>
        c.output!.diagnostics.filter((d) => d.severity === 'error' && (d.line < 1 || d.code === 'SPEC_TYPES_FAILED')).map((d) => `${c.name}: ${formatDiagnostic(d)}`),
      );
      expect(unlocated).toEqual([]);
      const codes = new Map<string, number>();
      for (const c of cases) for (const d of c.output!.diagnostics) if (d.severity === 'error') codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      console.log(`hostile part ${part + 1}: ${generated().length} of ${cases.length} specs generated; errors by code: ${JSON.stringify(Object.fromEntries(codes))}`);
      // The generator must be tested on hostile text, not only refuse it.
      expect(generated().length).toBeGreaterThan(cases.length / 2);
    });

    it('every output compiles with tsc --strict (one program)', async () => {
      const all = [neutral, ...generated()];
      const errors = await timed('tsc', () => typecheck(all.map((c) => path.join(c.outDir, 'index.ts'))));
      expect(errors.slice(0, 20)).toEqual([]);
    }, 600_000);

    it('every TypeScript output of the formatted sample is what prettier prints (the printers skip prettier)', async () => {
      const prettier = await import('prettier');
      const { PRETTIER_OPTIONS } = await import('../../generator/format/format.js');
      const formatted = generated().filter((c) => Number(c.name.slice(1)) < Math.min(FORMAT_SAMPLE, JUDGE_SAMPLE));
      const differing: string[] = [];
      await timed(`prettier judge ${formatted.length} specs`, async () => {
        for (const c of formatted) {
          for (const file of c.output!.files.filter((f) => f.parser === 'typescript' && f.path !== OUTPUT_FILES.runtime)) {
            const judged = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: file.path });
            if (judged !== file.content) differing.push(`${c.name}/${file.path}`);
          }
        }
      });
      expect(formatted.length).toBeGreaterThan(0);
      expect(differing).toEqual([]);
    }, 600_000);

    it('importing every module and calling every export runs no spec text', async () => {
      const all = [neutral, ...generated()].map((c) => ({ name: c.name, outDir: c.outDir, output: c.output! }));
      const results = await timed('esbuild + run exports', () => runExports(all, tmp, all[0]));
      expect(results.length).toBe(all.length);
      expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
    }, 600_000);

    it('every docs page has the headings, tables and links of a neutral page (GFM; MDX for a sample)', async () => {
      const neutralPages = docsPages(neutral.output!);
      const gfmShapes = new Set(neutralPages.map(([, content]) => markdownShape(content)));
      const mdxShapes = new Set(neutralPages.map(([, content]) => mdxShape(content)));
      const odd: string[] = [];
      await timed('markdown shapes', () => {
        for (const [i, c] of generated().entries()) {
          for (const [page, content] of docsPages(c.output!)) {
            const shape = markdownShape(content);
            if (!gfmShapes.has(shape)) odd.push(`${c.name}/${page} (GFM): ${shape}`);
            if (i >= MDX_SAMPLE) continue;
            const asMdx = mdxShape(content);
            if (!mdxShapes.has(asMdx)) odd.push(`${c.name}/${page} (MDX): ${asMdx}`);
          }
        }
      });
      expect(odd.slice(0, 5)).toEqual([]);
    }, 600_000);

    it.runIf(part === 0)('a VitePress build of a sample has no element or attribute the neutral build lacks', async () => {
      // The formatted specs with the most markup characters in their text, so the build meets `"`, `<` and `{{`.
      const markup = (c: Case) => (readFileSync(c.specFile, 'utf8').match(/\\"|[<>{}|`]/g) ?? []).length;
      const sample = generated()
        .filter((c) => Number(c.name.slice(1)) < FORMAT_SAMPLE)
        .sort((a, b) => markup(b) - markup(a) || compareStrings(a.name, b.name))
        .slice(0, SITE_SAMPLE);
      const shapes: SiteShape = await timed('vitepress build + chromium', () => buildSites(path.join(tmp, 'site'), neutral.output!, sample.map((c) => ({ name: c.name, output: c.output! }))));
      expect(shapes.buildErrors).toEqual([]);
      const extra = shapes.pages.flatMap((p) => p.extra.map((e) => `${p.page}: ${e}`));
      expect(extra).toEqual([]);
      expect(shapes.ranScript).toEqual([]);
    }, 600_000);

    afterAll(() => console.log(`hostile part ${part + 1} timings: ${timings.join(', ')}`));
  });
}

/** docs/*.md pages of an API. */
function docsPages(api: ApiOutput): [string, string][] {
  return api.files.filter((f) => f.path.startsWith(`${OUTPUT_FILES.docsDir}/`) && f.path.endsWith('.md')).map((f) => [f.path, f.content]);
}
