import { compareStrings } from '../common/order.js';
import { helpOf, type Finding, type ReportContext } from './finding.js';

/**
 * The default, human form, one line per finding: `specs/x.yaml:12:5  error  SPEC_REF_NOT_FOUND  message`.
 * Spec text in a message is printed as is, except line breaks: one finding stays one line.
 */
export function formatFindingLine(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.col}  ${finding.severity}  ${finding.code}  ${oneLine(finding.message)}`;
}

/**
 * The text report: one line per finding, in the order given, then each code's one-line fix once, in
 * code order (`help SPEC_REF_NOT_FOUND: Point the $ref at ...`). Every finding stays one line, and a
 * hundred warnings of one code carry their advice once.
 */
export function renderText(findings: readonly Finding[], context: ReportContext): string[] {
  const help = new Map<string, string>();
  for (const finding of findings) {
    const fix = helpOf(finding, context);
    if (fix !== undefined && !help.has(finding.code)) help.set(finding.code, fix);
  }
  const helpLines = [...help].sort(([a], [b]) => compareStrings(a, b)).map(([code, fix]) => `help ${code}: ${oneLine(fix)}`);
  return [...findings.map(formatFindingLine), ...helpLines];
}

/** Line breaks (and other C0/C1 controls, which a terminal would obey) shown as escapes. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\n]/g, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
