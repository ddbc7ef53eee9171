import { FINDING_CATALOG, type Finding, type FindingCode } from './findings.js';
import type { Side } from './side.js';

/** A change as the comparers see it, before it is placed in a file. */
export interface Change {
  code: FindingCode;
  /** Which spec the pointer is in: the new one, or the old one for things that are gone. */
  at: 'old' | 'new';
  pointer: string;
  message: string;
  operation?: string;
  symbol?: string;
  /** Exported names this change already accounts for (so they are not reported again as EXPORT_REMOVED). */
  explains?: string[];
}

/** Collects findings from every comparer: locates them, drops exact repeats, remembers explained exports. */
export class Report {
  readonly findings: Finding[] = [];
  readonly explained = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(
    readonly old: Side,
    readonly new_: Side,
  ) {}

  add(change: Change): void {
    for (const name of change.explains ?? []) this.explained.add(name);
    const side = change.at === 'old' ? this.old : this.new_;
    // Documentation is said once per place: a shared parameter's new description is not news per operation.
    const key = change.code === 'DESCRIPTION_CHANGED' ? [change.code, change.at, change.pointer].join('\0') : [change.code, change.at, change.pointer, change.symbol ?? '', change.message].join('\0');
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const { line, col } = side.spec.position(change.pointer);
    const message = change.at === 'old' ? `${change.message} (position in the old spec)` : change.message;
    const finding: Finding = {
      code: change.code,
      severity: FINDING_CATALOG[change.code].severity,
      message,
      file: side.label,
      line,
      col,
      pointer: change.pointer,
    };
    if (change.operation !== undefined) finding.operation = change.operation;
    if (change.symbol !== undefined) finding.symbol = change.symbol;
    this.findings.push(finding);
  }
}

/** `METHOD /path`, the operation label findings carry. */
export function operationLabel(op: { method: string; path: string }): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** A value from the spec inside a message: JSON-quoted, so control characters and quotes stay visible. */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** A property name appended to a symbol: `.name` when it is an identifier, else `["na-me"]`. */
export function member(symbol: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${symbol}.${name}` : `${symbol}[${quote(name)}]`;
}
