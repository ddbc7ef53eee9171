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
 * Our generated validators against ajv 8 (compiled, allErrors to match ours, same formats) on the same
 * payloads: each seed spec's request body and 200 response, valid and invalid (a seeded mutation).
 * Payloads are the spec's own examples (transcribed from the seed pages); a body without one gets the
 * first valid value fast-check generates for it (seeded). Runnable alone: `npx tsx bench/validators.ts`.
 */
export interface BenchRow {
  name: string;
  oursOpsPerSec: number;
  ajvOpsPerSec: number;
  ratio: number;
}

type Ours = (value: unknown, options?: { strict?: boolean }) => { ok: boolean };

interface Case {
  name: string;
  ours: (value: unknown) => unknown;
  ajv: ValidateFunction;
  value: unknown;
}

const STRICT = { strict: true };

/** Runs the benchmark and returns one row per payload (spec, body/response, valid/invalid). */
export async function benchValidators(options: { msPerRound?: number; rounds?: number } = {}): Promise<BenchRow[]> {
  const cases = await benchCases();
  return cases.map((c) => {
    const { ours, theirs } = race(c, options.msPerRound ?? 150, options.rounds ?? 5);
    return { name: c.name, oursOpsPerSec: ours, ajvOpsPerSec: theirs, ratio: ours / theirs };
  });
}

async function benchCases(): Promise<Case[]> {
  const ajv = referenceAjv(await ourFormatChecks());
  const specs = readdirSync(path.join(repoRoot, 'specs')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `specs/${f}`);
  const cases: Case[] = [];
  for (const [i, out] of (await generateSpecs(specs)).entries()) {
    const docId = `https://spec.invalid/${out.plan.slug}`;
    addDocument(ajv, docId, parse(readFileSync(path.join(repoRoot, specs[i]!), 'utf8')));
    const validators = await importValidators(out.files.get('validators.gen.ts')!);
    for (const op of out.api.operations) {
      const body = op.body?.primary;
      if (body?.schema) {
        const check = ajv.compile({ $ref: `${docId}#${encodePointer(body.schema.pointer)}` });
        const ours = validators[out.plan.validators.body(op)!.name] as Ours;
        cases.push(...pair(`${out.plan.slug} ${out.plan.operation(op).method} body`, (v) => ours(v), check, payload(out.api, body.schema, body.example?.value, check)));
      }
      const ok = op.responses.find((r) => r.status === '200')?.primary;
      if (ok?.schema) {
        const check = ajv.compile({ $ref: `${docId}#${encodePointer(ok.schema.pointer)}` });
        const ours = validators[out.plan.validators.response(op, op.responses.find((r) => r.status === '200')!)!.name] as Ours;
        cases.push(...pair(`${out.plan.slug} ${out.plan.operation(op).method} 200`, (v) => ours(v, STRICT), check, payload(out.api, ok.schema, ok.example?.value, check)));
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

/** The valid payload and its first seeded mutation that ajv rejects. */
function pair(name: string, ours: Case['ours'], ajv: ValidateFunction, valid: unknown): Case[] {
  if (valid === undefined) return [];
  let invalid: unknown;
  for (let seed = 1; invalid === undefined && seed < 1000; seed++) {
    const candidate = mutate(valid, seed);
    if (!ajv(candidate)) invalid = candidate;
  }
  return [
    { name: `${name} valid`, ours, ajv, value: valid },
    ...(invalid === undefined ? [] : [{ name: `${name} invalid`, ours, ajv, value: invalid }]),
  ];
}

/** Alternating timed rounds of each; the best round of each counts (least disturbed by the machine). */
function race(c: Case, msPerRound: number, rounds: number): { ours: number; theirs: number } {
  let ours = 0;
  let theirs = 0;
  time(() => c.ours(c.value), 50);
  time(() => c.ajv(c.value), 50);
  for (let r = 0; r < rounds; r++) {
    ours = Math.max(ours, time(() => c.ours(c.value), msPerRound));
    theirs = Math.max(theirs, time(() => c.ajv(c.value), msPerRound));
  }
  return { ours, theirs };
}

let sink: unknown;

/** Calls `fn` in batches for about `ms` milliseconds; returns calls per second. */
function time(fn: () => unknown, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 200; i++) sink = fn();
    calls += 200;
    now = performance.now();
  }
  return (calls / (now - start)) * 1000;
}

/** The rows as a fixed-width table, plus the geometric means the goals are stated in. */
export function formatBenchTable(rows: BenchRow[]): string {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [`${'payload'.padEnd(width)}  ${'ours ops/s'.padStart(12)}  ${'ajv ops/s'.padStart(12)}  ratio`];
  for (const r of rows) lines.push(`${r.name.padEnd(width)}  ${fmt(r.oursOpsPerSec).padStart(12)}  ${fmt(r.ajvOpsPerSec).padStart(12)}  ${r.ratio.toFixed(2)}x`);
  const geo = (list: BenchRow[]) => Math.exp(list.reduce((a, r) => a + Math.log(r.ratio), 0) / Math.max(list.length, 1));
  const valid = rows.filter((r) => r.name.endsWith(' valid'));
  const invalid = rows.filter((r) => r.name.endsWith(' invalid'));
  lines.push('', `geometric mean: valid ${geo(valid).toFixed(2)}x (goal ≥ 1.5x), invalid ${geo(invalid).toFixed(2)}x (goal ≥ 1x)`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatBenchTable(await benchValidators()));
  void sink;
}
