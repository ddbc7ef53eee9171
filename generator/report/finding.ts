import { compareLocated } from '../common/order.js';

/**
 * The one record every reporter reads. Spec diagnostics and `--check` drift map onto it here; any other
 * command with coded, located findings (a breaking-change report, say) maps its own records the same
 * way and reuses the reporters unchanged: it brings its own catalogue (`rules`) and its own severity
 * words (`levels`), and nothing in report/ knows which command produced a finding.
 */

/** What the machine formats understand: SARIF's levels, GitHub's error/warning/notice. */
export type Level = 'error' | 'warning' | 'note';

export interface Finding {
  /** Stable code, e.g. SPEC_REF_NOT_FOUND; one SARIF rule per code. */
  code: string;
  /** The producer's own word for it (`error`, `warning`; a diff might say `breaking`); `levels` maps it. */
  severity: string;
  message: string;
  /** POSIX path relative to the working directory. */
  file: string;
  /** 1-based line and column (UTF-16 code units, as JavaScript strings count). */
  line: number;
  col: number;
  /** JSON pointer into the spec, '' for the document root or when the finding is about a whole file. */
  pointer: string;
  /** One-line fix; the reporters fall back to the rule's help when absent. */
  help?: string;
  /** Further facts as strings (a diff's operation and symbol): JSON `properties`, SARIF result `properties`. */
  properties?: Readonly<Record<string, string>>;
}

/** The located part of a finding, in the order every JSON form writes it. */
export type LocatedFields = Pick<Finding, 'code' | 'severity' | 'message' | 'file' | 'line' | 'col' | 'pointer'>;

/** Copies the located fields in their fixed order (JSON consumers read them by position in diffs and logs). */
export function locatedFields(f: LocatedFields): LocatedFields {
  return { code: f.code, severity: f.severity, message: f.message, file: f.file, line: f.line, col: f.col, pointer: f.pointer };
}

/** One catalogue entry: a code the tool can report, its usual severity and its fix. */
export interface Rule {
  code: string;
  severity: string;
  help: string;
}

/** What a report needs besides the findings: who made it, the catalogue, and how severities map to levels. */
export interface ReportContext {
  tool: { name: string; version: string; informationUri?: string };
  /** Every code the tool can report (SARIF lists them all as rules, so a dashboard knows each one). */
  rules: readonly Rule[];
  /** The producer's severity words → levels, in the order counts are listed. */
  levels: Readonly<Record<string, Level>>;
  /**
   * POSIX path from the repository root to the working directory ('' when they are the same), put in
   * front of `file` where a consumer resolves paths against the repository (SARIF, GitHub annotations).
   */
  repoPrefix: string;
}

/** The level of a finding; a severity the mapping does not know is an error, never silently dropped. */
export function levelOf(finding: Finding, context: ReportContext): Level {
  return context.levels[finding.severity] ?? 'error';
}

/** The fix to show: the finding's own, else its rule's. */
export function helpOf(finding: Finding, context: ReportContext): string | undefined {
  return finding.help ?? context.rules.find((r) => r.code === finding.code)?.help;
}

/** `file` as a path from the repository root. */
export function repoPath(file: string, context: ReportContext): string {
  if (context.repoPrefix === '') return file;
  // path.posix.join would also fold a leading '../' of a spec outside the working directory.
  const joined = `${context.repoPrefix}/${file}`.split('/');
  const out: string[] = [];
  for (const part of joined) {
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

/** Stable order for every report: file, line, column, code, then message (common/order.ts, as diagnostics sort). */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareLocated);
}
