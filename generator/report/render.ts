import { githubCommands } from './github.js';
import { jsonReport } from './json.js';
import type { Finding, ReportContext } from './finding.js';
import { sarifLog } from './sarif.js';
import { renderText } from './text.js';

/** `--format` values; `text` is the default and the only one meant for eyes. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The whole report for `findings` (sorted) as it goes to its stream, ending in a newline ('' when a
 * line-per-finding format has nothing to say). JSON and SARIF are indented, or on one line each with
 * `oneLine` (watch mode prints one report per run, so a reader can take them line by line).
 */
export function renderReport(format: ReportFormat, findings: readonly Finding[], context: ReportContext, options: { oneLine?: boolean } = {}): string {
  const lines = (list: string[]) => list.map((l) => `${l}\n`).join('');
  const json = (value: object) => `${JSON.stringify(value, null, options.oneLine ? undefined : 2)}\n`;
  switch (format) {
    case 'text':
      return lines(renderText(findings, context));
    case 'github':
      return lines(githubCommands(findings, context));
    case 'json':
      return json(jsonReport(findings, context));
    case 'sarif':
      return json(sarifLog(findings, context));
  }
}
