import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { ApiIR, SchemaIR } from '../generator/ir/types.js';
import { addDocument, encodePointer, ourFormatChecks, referenceAjv } from '../test/validators/support/ajv.js';
import { valueArbitrary } from '../test/validators/support/arbitraries.js';
import { generateSpecs, importValidators, repoRoot } from '../test/validators/support/load.js';
import { mutate } from '../test/validators/support/mutate.js';

/**
 * Our generated validators against ajv 8 (compiled, same formats) on the same payloads: each seed
 * spec's request body and 200 response, valid and invalid (a seeded mutation), in two modes:
 * `validate(value)` (every error) against ajv with `allErrors: true`, and `validate(value, { failFast:
 * true })` against ajv with `allErrors: false` (both stop at the first error). Payloads are the spec's
 * own examples (transcribed from the seed pages); a body without one gets the first valid value
 * fast-check generates for it (seeded). Runnable alone: `npx tsx bench/validators.ts [row regex]`
 * (one process), or with `--processes N` as `npm run bench` runs it.
 */
export interface BenchRow {
  name: string;
  input: 'valid' | 'invalid';
  mode: 'all errors' | 'failFast';
  oursOpsPerSec: number;
  ajvOpsPerSec: number;
  ratio: number;
}

type Ours = (value: unknown, options?: { strict?: boolean; failFast?: boolean }) => { ok: boolean };

interface Case {
  name: string;
  input: BenchRow['input'];
  mode: BenchRow['mode'];
  ours: (value: unknown) => unknown;
  ajv: (value: unknown) => unknown;
  value: unknown;
}

// Response validators run strict: plain JSON Schema, what ajv checks.
const FAIL_FAST = { failFast: true };
const STRICT = { strict: true };
const STRICT_FAIL_FAST = { strict: true, failFast: true };

/**
 * The benchmark in `processes` fresh processes, one after the other, keeping per row the process whose
 * ratio is the median. Which functions V8 inlines and how it specialises the shared call site is
 * decided once per process, and on the smallest bodies (~20 ns a call) moves both sides' rates by up to
 * a quarter from one process to the next (bench/README.md); the median of several processes is a
 * figure the next run repeats. Each ratio still pairs both sides in the same process.
 */
export async function benchValidatorsInProcesses(processes = 3, filter?: RegExp): Promise<BenchRow[]> {
  const runs: BenchRow[][] = [];
  for (let i = 0; i < processes; i++) {
    const args = ['--import', 'tsx', path.join(repoRoot, 'bench/validators.ts'), '--json', ...(filter ? [filter.source] : [])];
    runs.push(JSON.parse(execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 })) as BenchRow[]);
  }
  return runs[0]!.map((_, row) => {
    const sorted = runs.map((r) => r[row]!).sort((a, b) => a.ratio - b.ratio);
    return sorted[Math.floor(sorted.length / 2)]!;
  });
}

/** Runs the benchmark in this process and returns one row per payload (spec, body/response, valid/invalid) and mode. */
export async function benchValidators(options: { msPerRound?: number; rounds?: number; filter?: RegExp } = {}): Promise<BenchRow[]> {
  const all = await benchCases();
  // Every case runs first, also when only some are measured: the call sites then see as many
  // validators as in a full run (and as in an application), not one they could specialise for.
  for (const c of all) {
    time(c.ours, c.value, 10);
    time(c.ajv, c.value, 10);
  }
  const cases = all.filter((c) => !options.filter || options.filter.test(`${c.name} ${c.input} ${c.mode}`));
  return cases.map((c) => {
    const { ours, theirs } = race(c, options.msPerRound ?? 100, options.rounds ?? 5);
    return { name: c.name, input: c.input, mode: c.mode, oursOpsPerSec: ours, ajvOpsPerSec: theirs, ratio: ours / theirs };
  });
}

async function benchCases(): Promise<Case[]> {
  const formats = await ourFormatChecks();
  const ajvAll = referenceAjv(formats);
  const ajvFirst = referenceAjv(formats, { allErrors: false });
  const specs = readdirSync(path.join(repoRoot, 'specs')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `specs/${f}`);
  const cases: Case[] = [];
  for (const [i, out] of (await generateSpecs(specs)).entries()) {
    const docId = `https://spec.invalid/${out.plan.slug}`;
    const doc = parse(readFileSync(path.join(repoRoot, specs[i]!), 'utf8'));
    addDocument(ajvAll, docId, doc);
    addDocument(ajvFirst, docId, doc);
    const compile = (pointer: string) => [ajvAll, ajvFirst].map((a) => a.compile({ $ref: `${docId}#${encodePointer(pointer)}` })) as [ValidateFunction, ValidateFunction];
    const validators = await importValidators(out.files.get('validators.gen.ts')!);
    for (const op of out.api.operations) {
      const body = op.body?.primary;
      if (body?.schema) {
        const ours = validators[out.plan.validators.body(op)!.name] as Ours;
        const [all, first] = compile(body.schema.pointer);
        const modes = { all: (v: unknown) => ours(v), failFast: (v: unknown) => ours(v, FAIL_FAST) };
        cases.push(...payloadCases(`${out.plan.slug} ${out.plan.operation(op).method} body`, modes, all, first, payload(out.api, body.schema, body.example?.value, all)));
      }
      const response = op.responses.find((r) => r.status === '200');
      if (response?.primary?.schema) {
        const ours = validators[out.plan.validators.response(op, response)!.name] as Ours;
        const [all, first] = compile(response.primary.schema.pointer);
        const modes = { all: (v: unknown) => ours(v, STRICT), failFast: (v: unknown) => ours(v, STRICT_FAIL_FAST) };
        cases.push(...payloadCases(`${out.plan.slug} ${out.plan.operation(op).method} 200`, modes, all, first, payload(out.api, response.primary.schema, response.primary.example?.value, all)));
      }
    }
  }
  return cases;
}

/** The example when ajv accepts it, else the first valid generated value. */
function payload(api: ApiIR, schema: SchemaIR, example: unknown, check: ValidateFunction): unknown {
  if (example !== undefined && check(example)) return example;
  return fc.sample(valueArbitrary(api, schema), { seed: 1, numRuns: 200 }).find((v) => check(v));
}

/** The valid payload and its first seeded mutation that ajv rejects, each in both modes. */
function payloadCases(
  name: string,
  ours: { all: Case['ours']; failFast: Case['ours'] },
  all: ValidateFunction,
  first: ValidateFunction,
  valid: unknown,
): Case[] {
  if (valid === undefined) return [];
  let invalid: unknown;
  for (let seed = 1; invalid === undefined && seed < 1000; seed++) {
    const candidate = mutate(valid, seed);
    if (!all(candidate)) invalid = candidate;
  }
  const inputs = [['valid', valid] as const, ...(invalid === undefined ? [] : [['invalid', invalid] as const])];
  return inputs.flatMap(([input, value]) => [
    { name, input, mode: 'all errors' as const, ours: ours.all, ajv: (v: unknown) => all(v), value },
    { name, input, mode: 'failFast' as const, ours: ours.failFast, ajv: (v: unknown) => first(v), value },
  ]);
}

/** Alternating timed rounds of each; the best round of each counts (least disturbed by the machine). */
function race(c: Case, msPerRound: number, rounds: number): { ours: number; theirs: number } {
  let ours = 0;
  let theirs = 0;
  time(c.ours, c.value, 50);
  time(c.ajv, c.value, 50);
  for (let r = 0; r < rounds; r++) {
    ours = Math.max(ours, time(c.ours, c.value, msPerRound));
    theirs = Math.max(theirs, time(c.ajv, c.value, msPerRound));
  }
  return { ours, theirs };
}

let sink: unknown;

/** CPU milliseconds of this process: other processes on a busy machine do not count against either side. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Calls `fn(value)` in batches for about `ms` milliseconds of CPU time; returns calls per CPU second.
 * One call site for every case and both sides, so neither is inlined into the loop for being the only one.
 */
function time(fn: (value: unknown) => unknown, value: unknown, ms: number): number {
  let calls = 0;
  const start = cpuMs();
  let now = start;
  while (now - start < ms) {
    // The result goes to a local: a store to a module variable would add a write barrier per call
    // to the side that returns objects (ours) and not to the side that returns booleans (ajv).
    let last: unknown;
    for (let i = 0; i < 1000; i++) last = fn(value);
    sink = last;
    calls += 1000;
    now = cpuMs();
  }
  return (calls / (now - start)) * 1000;
}

/** Geometric mean of the ratios of `rows`. */
export function geometricMean(rows: readonly BenchRow[]): number {
  return Math.exp(rows.reduce((a, r) => a + Math.log(r.ratio), 0) / Math.max(rows.length, 1));
}

/** The goals: every row ≥ 1x, geometric mean ≥ 1.5x. */
function summary(rows: readonly BenchRow[]): string[] {
  const groups = [
    ['all', rows],
    ['all errors', rows.filter((r) => r.mode === 'all errors')],
    ['failFast', rows.filter((r) => r.mode === 'failFast')],
    ['valid', rows.filter((r) => r.input === 'valid')],
    ['invalid', rows.filter((r) => r.input === 'invalid')],
  ] as const;
  const slowest = rows.reduce((a, r) => (r.ratio < a.ratio ? r : a), rows[0]!);
  return [
    `geometric mean (goal ≥ 1.5x): ${groups.map(([label, list]) => `${label} ${geometricMean(list).toFixed(2)}x`).join(', ')}`,
    `slowest row (goal ≥ 1x): ${slowest.ratio.toFixed(2)}x (${slowest.name} ${slowest.input}, ${slowest.mode})`,
  ];
}

/** The rows as a fixed-width table, plus the geometric means the goals are stated in. */
export function formatBenchTable(rows: BenchRow[]): string {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [`${'payload'.padEnd(width)}  input    mode        ${'ours ops/s'.padStart(12)}  ${'ajv ops/s'.padStart(12)}  ratio`];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(width)}  ${r.input.padEnd(7)}  ${r.mode.padEnd(10)}  ${fmt(r.oursOpsPerSec).padStart(12)}  ${fmt(r.ajvOpsPerSec).padStart(12)}  ${r.ratio.toFixed(2)}x`);
  }
  return [...lines, '', ...summary(rows)].join('\n');
}

/** The Markdown section `npm run bench` writes to bench/RESULTS.md. */
export function markdownSection(title: string, rows: BenchRow[]): string {
  const fmt = (n: number) => Math.round(n).toString();
  const body = rows.map((r) => `| ${r.name} | ${r.input} | ${r.mode} | ${fmt(r.oursOpsPerSec)} | ${fmt(r.ajvOpsPerSec)} | ${r.ratio.toFixed(2)}× |`);
  const intro =
    'Calls per CPU second, best of 5 alternating rounds, in each of 3 fresh processes; a row shows the process with the median ratio. `all errors`: `validate(value)` against ajv `allErrors: true`; ' +
    '`failFast`: `validate(value, { failFast: true })` against ajv `allErrors: false`. Responses run `strict`.';
  return [
    `## ${title}`,
    '',
    intro,
    '',
    '| payload | input | mode | ours ops/s | ajv ops/s | ratio |',
    '| --- | --- | --- | --- | --- | --- |',
    ...body,
    '',
    ...summary(rows).map((l) => `${l[0]!.toUpperCase()}${l.slice(1)}.`),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `npx tsx bench/validators.ts [regex] [--processes N]`: only the rows whose "payload input mode"
  // matches; `--json`: the rows as JSON (what benchValidatorsInProcesses reads from each process).
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const at = args.indexOf('--processes');
  const processes = at >= 0 ? Number(args[at + 1]) : 1;
  const pattern = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--processes');
  const filter = pattern ? new RegExp(pattern) : undefined;
  const rows = processes > 1 ? await benchValidatorsInProcesses(processes, filter) : await benchValidators({ filter });
  console.log(json ? JSON.stringify(rows) : formatBenchTable(rows));
  void sink;
}
