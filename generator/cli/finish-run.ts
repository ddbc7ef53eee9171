import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import { hasErrors } from '../diagnostics.js';
import type { GenerateResult } from '../index.js';
import type { SpecTimings } from './timings.js';
import { driftFindings } from '../report/drift.js';
import { sortFindings, type Finding } from '../report/finding.js';
import { checkOutputs, writeOutputs } from '../write/write.js';

/** How a run ended, before anything is printed. */
export interface RunOutcome {
  /** 0, or 1 for spec errors or (with --check) drift. */
  code: 0 | 1;
  /** Spec diagnostics, then drift, in report order. */
  findings: Finding[];
  /** One line per spec (`exante: 14 files, 0 written (212 ms)`), and the check verdict. */
  summaries: string[];
}

/**
 * Writes a generated result (or, with --check, compares it with the output directory) and says what
 * happened. The one-shot CLI and watch mode both end a run here, so they print the same things.
 * `regenerated` (watch mode) limits the summary lines to the specs that ran this time.
 */
export async function finishRun(
  config: ResolvedConfig,
  result: GenerateResult,
  timings: SpecTimings,
  regenerated?: ReadonlySet<string>,
): Promise<RunOutcome> {
  const failed = result.apis.filter((a) => hasErrors(a.diagnostics));
  const outputs = { outDir: config.outDir, fullRun: config.fullRun };
  const reported = result.apis.filter((a) => !regenerated || regenerated.has(a.slug));
  const summaries: string[] = [];

  if (config.check) {
    const drift = await checkOutputs(result, outputs);
    const outLabel = path.relative(config.cwd, config.outDir).split(path.sep).join('/') || '.';
    for (const api of reported) summaries.push(`${api.slug}: ${api.files.length} files checked (${timings.of(api)} ms)`);
    summaries.push(drift.length === 0 ? 'check: output is current' : `check: ${drift.length} file(s) differ — run npm run generate`);
    return {
      code: drift.length > 0 || failed.length > 0 ? 1 : 0,
      findings: sortFindings([...result.diagnostics, ...driftFindings(drift, outLabel)]),
      summaries,
    };
  }

  const written = await writeOutputs(result, outputs);
  for (const api of reported) {
    const s = written.find((x) => x.slug === api.slug);
    const status = hasErrors(api.diagnostics) ? 'failed, previous output kept' : `${api.files.length} files, ${s?.written ?? 0} written`;
    summaries.push(`${api.slug}: ${status} (${timings.of(api)} ms)`);
  }
  for (const s of written.filter((x) => x.removed > 0 && x.written === 0 && x.unchanged === 0)) summaries.push(`${s.slug}: removed (no spec)`);
  return { code: failed.length > 0 ? 1 : 0, findings: sortFindings(result.diagnostics), summaries };
}
