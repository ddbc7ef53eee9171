import { locatedFields } from '../report/finding.js';
import { countBySeverity, type Finding } from './findings.js';

/**
 * `{"old","new","summary","findings":[...]}`, two-space indented. Every finding has every field, in the
 * same order (`operation` and `symbol` null when they do not apply), so consumers can rely on the shape.
 */
export function renderJson(findings: readonly Finding[], sides: { old: string; new: string }): string {
  const rows = findings.map((f) => ({
    ...locatedFields(f),
    operation: f.operation ?? null,
    symbol: f.symbol ?? null,
  }));
  return `${JSON.stringify({ old: sides.old, new: sides.new, summary: countBySeverity(findings), findings: rows }, null, 2)}\n`;
}
