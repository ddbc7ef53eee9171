import type { Finding, ReportContext } from './finding.js';
import { renderReport, type ReportFormat } from './render.js';

/** What one run prints, per stream. */
export interface RunText {
  stdout: string;
  stderr: string;
}

/**
 * Where a run's report and summary go. The text format keeps its findings on stderr and the per-spec
 * summary on stdout, as it always has; a machine format puts its report alone on stdout, so it can be
 * redirected into a file or a pipe, and the summary on stderr.
 */
export function runText(options: {
  format: ReportFormat;
  findings: readonly Finding[];
  summaries: readonly string[];
  quiet: boolean;
  context: ReportContext;
  oneLine?: boolean;
}): RunText {
  const report = renderReport(options.format, options.findings, options.context, { oneLine: options.oneLine });
  const summary = options.quiet ? '' : options.summaries.map((line) => `${line}\n`).join('');
  return options.format === 'text' ? { stdout: summary, stderr: report } : { stdout: report, stderr: summary };
}
