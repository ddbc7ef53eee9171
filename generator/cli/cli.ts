import path from 'node:path';
import { secondThreadJob, startEarly } from '../emit/second-thread.js';
import { specOrder } from '../load/spec-order.js';
import { resolveConfig, UsageError, type ResolvedConfig } from './config.js';
import { generatorReportContext } from '../report/generator-context.js';
import { runText } from '../report/run-output.js';
import { inputFacts } from './run-record.js';
import { SpecTimings } from './timings.js';
import { CACHE_DIR, saveRecord } from './up-to-date.mjs';

const HELP = `Usage: npm run generate -- [options]

Generates, for each OpenAPI 3.0/3.1 spec, generated/<api>/ with types, client, validators and docs.

Options:
  --spec <file>    Generate only this spec (repeatable). Default: every *.yaml, *.yml, *.json in specs/
  --out <dir>      Output directory. Default: generated
  --check          Generate in memory and compare with the output directory; write nothing.
                   Exit 1 listing stale, missing, orphaned and leftover files.
  --quiet          Print only diagnostics and errors, no per-spec summary.
  --source-notes   Show the specs' x-source-note remarks (notes on how a spec was written)
                   in the docs. Default: left out.
  --overlay <file> Apply this OpenAPI Overlay 1.0 to the spec before validating it (repeatable,
                   applied in order; needs a run of one spec, e.g. with --spec).
  --config <file>  Config file. Default: generator.config.{json,mjs,js} when present
                   (keys: specs, specsDir, out, quiet, sourceNotes, overlays).
  --format <name>  Report findings as text (default, on stderr), or on stdout as json, sarif
                   (SARIF 2.1.0) or github (workflow commands: annotations in GitHub Actions).
  --watch          Generate, then regenerate the specs a change affects until Ctrl-C.
  -h, --help       Show this help.

Exit codes: 0 ok, 1 spec errors or drift (--check), 2 usage or output folder error.`;

/** argv → exit code. User mistakes print one line each; only a generator bug prints a stack. */
export async function main(argv: string[], cwd: string): Promise<number> {
  let config: ResolvedConfig;
  try {
    config = await resolveConfig(argv, cwd);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
  if (config.help) {
    console.log(HELP);
    return 0;
  }
  // Loaded only now: the pipeline pulls in TypeScript and openapi-typescript (seconds), which
  // --help and usage errors should not pay for. Prettier and its workers load only if a file needs them.
  if (config.watch) return (await import('./watch/watch.js')).watch(argv, config);
  const options = { specs: config.specs, cwd: config.cwd, cacheDir: CACHE_DIR, sourceNotes: config.sourceNotes, overlays: config.overlays };
  // A large first spec's second thread loads its modules while this thread loads the pipeline's.
  const first = specOrder(config.cwd, config.specs)[0];
  if (first !== undefined) startEarly(secondThreadJob(path.resolve(config.cwd, first), first, options));
  const { generate } = await import('../index.js');
  const { finishRun } = await import('./finish-run.js');
  const facts = inputFacts(config);
  const timings = new SpecTimings();
  const result = await generate({ ...options, onApi: timings.lap });
  const outcome = await finishRun(config, result, timings);
  const printed = runText({ ...config, ...outcome, context: generatorReportContext(cwd) });
  process.stderr.write(printed.stderr);
  process.stdout.write(printed.stdout);
  // A clean run is recorded (node_modules/.cache, not the output) so bin.mjs can skip the next
  // identical one; see up-to-date.mjs for what must hold. The report of a machine format is kept
  // verbatim: the findings it lists are a function of the facts the record checks.
  if (facts && outcome.code === 0) {
    const scopes = config.fullRun ? [''] : result.apis.map((a) => a.slug);
    const apis = result.apis.map((a) => ({ slug: a.slug, files: a.files.length }));
    const [stderr, report] = config.format === 'text' ? [printed.stderr.split('\n').filter(Boolean), undefined] : [[], printed.stdout];
    try {
      // The files the specs' $refs reached and their overlays, with the bytes this run read.
      const inputs = { ...facts.inputs, ...Object.assign({}, ...result.apis.map((a) => a.inputs)) };
      saveRecord(cwd, argv, { ...facts, inputs, outDir: config.outDir, scopes, stderr, report, quiet: config.quiet, apis });
    } catch {
      // Only a shortcut for the next run is lost (say, a read-only node_modules): it will run in full.
    }
  }
  return outcome.code;
}
