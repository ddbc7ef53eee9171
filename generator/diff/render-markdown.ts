import { codeSpan, escapeInline, escapeTableCell } from '../escape/markdown.js';
import type { Finding, FindingSeverity } from './findings.js';
import { summaryLine } from './render-text.js';

/** What the changelog heading says about the two versions. */
export interface ChangelogTitle {
  title: string;
  oldVersion: string;
  newVersion: string;
}

const SECTIONS: { severity: FindingSeverity; heading: string }[] = [
  { severity: 'breaking', heading: 'Breaking changes' },
  { severity: 'warning', heading: 'Warnings' },
  { severity: 'info', heading: 'Compatible changes' },
];

/**
 * A changelog section a docs site can publish: a heading naming both versions, a summary, then one
 * table per severity. No dates or positions (the same two specs give the same bytes); spec text is
 * escaped for Markdown (and VitePress) by the docs emitter's escaping functions.
 */
export function renderMarkdown(findings: readonly Finding[], heading: ChangelogTitle): string {
  const versions = heading.oldVersion === heading.newVersion ? heading.newVersion : `${heading.oldVersion} → ${heading.newVersion}`;
  const out = [`## ${escapeInline(`${heading.title} ${versions}`)}`, '', `${summaryLine(findings)}.`];
  for (const { severity, heading: title } of SECTIONS) {
    const rows = findings.filter((f) => f.severity === severity);
    if (rows.length === 0) continue;
    out.push('', `### ${title}`, '', '| Change | Operation | Export | Code |', '| --- | --- | --- | --- |');
    for (const f of rows) {
      const cell = (text: string | undefined) => (text === undefined ? '' : codeSpan(text));
      out.push(`| ${escapeTableCell(withoutPosition(f.message))} | ${cell(f.operation)} | ${cell(f.symbol)} | ${f.code} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The old-spec position note is for terminals; a changelog has no positions. */
function withoutPosition(message: string): string {
  return message.replace(/ \(position in the old spec\)$/, '');
}
