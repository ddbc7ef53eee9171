import path from 'node:path';
import { formatDiagnostic, formatHelp, hasErrors } from '../diagnostics.js';
import { resolveConfig, UsageError, type ResolvedConfig } from './config.js';
import { inputFacts } from './run-record.js';
import { CACHE_DIR, saveRecord } from './up-to-date.mjs';

const HELP = `Usage: npm run generate -- [options]

Generates, for each OpenAPI 3.0/3.1 spec, generated/<api>/ with types, client, validators and docs.

Options:
  --spec <file>    Generate only this spec (repeatable). Default: every *.yaml, *.yml, *.json in specs/
  --out <dir>      Output directory. Default: generated
  --check          Generate in memory and compare with the output directory; write nothing.
                   Exit 1 listing stale, missing and orphaned files.
  --quiet          Print only diagnostics and errors, no per-spec summary.
  --config <file>  Config file. Default: generator.config.{json,mjs,js} when present
                   (keys: specs, specsDir, out, quiet).
  -h, --help       Show this help.

Exit codes: 0 ok, 1 spec errors or drift (--check), 2 usage error.`;

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
  // Loaded only now: the pipeline pulls in TypeScript, ts-morph and prettier (seconds), which --help
  // and usage errors should not pay for. The format workers start first and load prettier meanwhile.
  (await import('../format/format.js')).startFormatWorkers();
  const { generate } = await import('../index.js');
  const { checkOutputs, writeOutputs } = await import('../write.js');
  const facts = inputFacts(config);
  // Each spec's wall time, for its summary line (never written to output).
  const ms = new Map<object, number>();
  let lap = performance.now();
  const onApi = (api: object) => {
    ms.set(api, performance.now() - lap);
    lap = performance.now();
  };
  const result = await generate({ specs: config.specs, cwd: config.cwd, cacheDir: CACHE_DIR, onApi });
  const stderr = [...result.diagnostics.map(formatDiagnostic), ...formatHelp(result.diagnostics)];
  for (const line of stderr) console.error(line);
  const failed = result.apis.filter((a) => hasErrors(a.diagnostics));
  const outputs = { outDir: config.outDir, fullRun: config.fullRun };
  // A clean run is recorded (node_modules/.cache, not the output) so bin.mjs can skip the next
  // identical one; see up-to-date.mjs for what must hold.
  const record = () => {
    if (!facts || failed.length > 0) return;
    const scopes = config.fullRun ? [''] : result.apis.map((a) => a.slug);
    const apis = result.apis.map((a) => ({ slug: a.slug, files: a.files.length }));
    try {
      saveRecord(cwd, argv, { ...facts, outDir: config.outDir, scopes, stderr, quiet: config.quiet, apis });
    } catch {
      // Only a shortcut for the next run is lost (say, a read-only node_modules): it will run in full.
    }
  };

  if (config.check) {
    const drift = await checkOutputs(result, outputs);
    const outLabel = path.relative(cwd, config.outDir) || '.';
    for (const d of drift) console.error(`${outLabel}/${d.path}  ${d.kind}`);
    if (!config.quiet) {
      for (const api of result.apis) console.log(`${api.slug}: ${api.files.length} files checked (${Math.round(ms.get(api) ?? 0)} ms)`);
      console.log(drift.length === 0 ? 'check: output is current' : `check: ${drift.length} file(s) differ — run npm run generate`);
    }
    if (drift.length === 0) record();
    return drift.length > 0 || failed.length > 0 ? 1 : 0;
  }

  const summaries = await writeOutputs(result, outputs);
  if (!config.quiet) {
    for (const api of result.apis) {
      const s = summaries.find((x) => x.slug === api.slug);
      const status = hasErrors(api.diagnostics) ? 'failed, previous output kept' : `${api.files.length} files, ${s?.written ?? 0} written`;
      console.log(`${api.slug}: ${status} (${Math.round(ms.get(api) ?? 0)} ms)`);
    }
    for (const s of summaries.filter((x) => x.removed > 0 && x.written === 0 && x.unchanged === 0)) console.log(`${s.slug}: removed (no spec)`);
  }
  record();
  return failed.length > 0 ? 1 : 0;
}
