import { readFileSync } from 'node:fs';
import type { Finding as ReportFinding, ReportContext } from '../report/finding.js';
import { repoPrefix } from '../report/repo-root.js';
import { FINDING_CATALOG, type Finding } from './findings.js';

/**
 * The diff as a tool for the generator's machine reporters (report/: SARIF, GitHub annotations): its
 * catalogue, and its severities as levels. A breaking change is an error; a warning a warning; a
 * compatible change a note.
 */
export function diffReportContext(cwd: string): ReportContext {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return {
    tool: { name: `${pkg.name} diff`, version: pkg.version },
    rules: Object.entries(FINDING_CATALOG).map(([code, entry]) => ({ code, severity: entry.severity, help: entry.why })),
    levels: { breaking: 'error', warning: 'warning', info: 'note' },
    repoPrefix: repoPrefix(cwd),
  };
}

/**
 * A diff finding as the reporters' record; operation and symbol become properties. A position in a
 * git revision (`origin/main:specs/x.yaml`) is no file an annotation can point at, so such a finding
 * points at the top of the working copy (`workingFile`) and its message keeps the old position.
 */
export function toReportFinding(f: Finding, base?: { label: string; workingFile: string }): ReportFinding {
  const properties: Record<string, string> = {};
  if (f.operation !== undefined) properties.operation = f.operation;
  if (f.symbol !== undefined) properties.symbol = f.symbol;
  const inRevision = base !== undefined && f.file === base.label;
  return {
    code: f.code,
    severity: f.severity,
    message: inRevision ? f.message.replace(/ \(position in the old spec\)$/, ` (was at ${base.label}:${f.line}:${f.col})`) : f.message,
    file: inRevision ? base.workingFile : f.file,
    line: inRevision ? 1 : f.line,
    col: inRevision ? 1 : f.col,
    pointer: inRevision ? '' : f.pointer,
    help: FINDING_CATALOG[f.code].why,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}
