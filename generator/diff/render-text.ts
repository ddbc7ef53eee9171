import { countBySeverity, type Finding } from './findings.js';

/**
 * Control characters and bidirectional overrides from a spec would rewrite the terminal or reorder what
 * a reader sees; they are printed as `\u001b`-style escapes instead.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line per finding, `file:line:col  severity  CODE  message  [operation]`, then a summary line. */
export function renderText(findings: readonly Finding[]): string {
  const lines = findings.map((f) => {
    const where = f.operation !== undefined && !f.message.includes(f.operation) ? `  [${f.operation}]` : '';
    return printable(`${f.file}:${f.line}:${f.col}  ${f.severity}  ${f.code}  ${f.message}${where}`);
  });
  lines.push(summaryLine(findings));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(c.breaking, 'breaking change')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'compatible change')}`;
}
