import { levelOf, repoPath, type Finding, type Level, type ReportContext } from './finding.js';

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=specs/x.yaml,line=12,col=5,title=SPEC_REF_NOT_FOUND::message`. The runner reads them
 * from the step's output and shows them as annotations on the file and line (paths from the
 * repository root). Messages carry spec text, which an attacker may write: escaped so that it can
 * neither end the line (and start a command of its own) nor leave its field.
 */
export function githubCommands(findings: readonly Finding[], context: ReportContext): string[] {
  return findings.map((f) => {
    const properties = [
      ['file', repoPath(f.file, context)],
      ['line', String(f.line)],
      ['col', String(f.col)],
      ['title', f.code],
    ]
      .map(([key, value]) => `${key}=${escapeProperty(value!)}`)
      .join(',');
    return `::${COMMAND[levelOf(f, context)]} ${properties}::${escapeData(f.message)}`;
  });
}

/** A command's message: `%`, CR and LF percent-encoded, as the runner decodes them (@actions/core's escapeData). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which would end the value or the property list (@actions/core's escapeProperty). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
