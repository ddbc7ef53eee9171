import { helpOf, levelOf, locatedFields, type Finding, type ReportContext } from './finding.js';

/**
 * The JSON report's shape. `schemaVersion` changes only when a field is removed or changes meaning;
 * new fields may appear without it (README, "JSON report").
 */
export interface JsonReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** False when any finding is at the error level. */
  ok: boolean;
  /** Findings per severity word of the producing command, every word present. */
  counts: Record<string, number>;
  findings: JsonFinding[];
}

/** A finding as the JSON report writes it: every field, the fix always present (`null` when there is none). */
export type JsonFinding = Omit<Finding, 'help'> & { help: string | null };

/** The JSON report for `findings` (already sorted): the same fields as the text form, plus the fix. */
export function jsonReport(findings: readonly Finding[], context: ReportContext): JsonReport {
  const counts: Record<string, number> = {};
  for (const severity of Object.keys(context.levels)) counts[severity] = 0;
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return {
    schemaVersion: 1,
    tool: { name: context.tool.name, version: context.tool.version },
    ok: !findings.some((f) => levelOf(f, context) === 'error'),
    counts,
    findings: findings.map((f) => ({
      ...locatedFields(f),
      help: helpOf(f, context) ?? null,
      ...(f.properties ? { properties: { ...f.properties } } : {}),
    })),
  };
}
