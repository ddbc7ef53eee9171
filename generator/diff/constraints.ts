import { CHECKED_FORMATS } from '../common/formats.js';
import type { SchemaIR } from '../ir/types.js';
import { quote } from './report.js';

/** One constraint that changed, and which way: `tightened` accepts fewer values than before. */
export interface ConstraintChange {
  way: 'tightened' | 'relaxed';
  /** `maxLength 64 → 32`. */
  text: string;
}

/**
 * Value constraints the generated validators check (string length, pattern, checked formats, number
 * bounds, multipleOf, array and object sizes), compared keyword by keyword. A changed `pattern` counts
 * as tightened: whether one regular expression accepts all that another did cannot be decided here.
 */
export function constraintChanges(o: SchemaIR, n: SchemaIR): ConstraintChange[] {
  const out: ConstraintChange[] = [];
  const lower = (key: 'minLength' | 'minItems' | 'minProperties') => {
    const a = o[key] ?? 0;
    const b = n[key] ?? 0;
    if (a !== b) out.push({ way: b > a ? 'tightened' : 'relaxed', text: `${key} ${show(o[key])} → ${show(n[key])}` });
  };
  const upper = (key: 'maxLength' | 'maxItems' | 'maxProperties') => {
    const a = o[key] ?? Infinity;
    const b = n[key] ?? Infinity;
    if (a !== b) out.push({ way: b < a ? 'tightened' : 'relaxed', text: `${key} ${show(o[key])} → ${show(n[key])}` });
  };
  lower('minLength');
  upper('maxLength');
  lower('minItems');
  upper('maxItems');
  lower('minProperties');
  upper('maxProperties');
  bounds(o, n, out);
  multipleOf(o, n, out);
  if (o.pattern !== n.pattern) {
    const way = n.pattern === undefined ? 'relaxed' : 'tightened';
    out.push({ way, text: `pattern ${o.pattern === undefined ? 'none' : quote(o.pattern)} → ${n.pattern === undefined ? 'none' : quote(n.pattern)}` });
  }
  format(o, n, out);
  if (!!o.uniqueItems !== !!n.uniqueItems) out.push({ way: n.uniqueItems ? 'tightened' : 'relaxed', text: `uniqueItems ${!!o.uniqueItems} → ${!!n.uniqueItems}` });
  return out;
}

function show(value: number | undefined): string {
  return value === undefined ? 'none' : String(value);
}

/** The effective lower (`sign` 1) or upper (`sign` -1) bound from the inclusive and exclusive keywords, whichever is stricter. */
function bound(value: number | undefined, exclusive: number | undefined, sign: 1 | -1): { at: number; exclusive: boolean } | undefined {
  if (exclusive !== undefined && (value === undefined || sign * (exclusive - value) >= 0)) return { at: exclusive, exclusive: true };
  return value === undefined ? undefined : { at: value, exclusive: false };
}

function bounds(o: SchemaIR, n: SchemaIR, out: ConstraintChange[]): void {
  const sides = [
    ['minimum', bound(o.minimum, o.exclusiveMinimum, 1), bound(n.minimum, n.exclusiveMinimum, 1), 1],
    ['maximum', bound(o.maximum, o.exclusiveMaximum, -1), bound(n.maximum, n.exclusiveMaximum, -1), -1],
  ] as const;
  for (const [name, a, b, sign] of sides) {
    if (a?.at === b?.at && a?.exclusive === b?.exclusive) continue;
    // Positive: the new bound lets fewer values through (a higher minimum, a lower maximum, or now exclusive).
    const stricter = !a ? 1 : !b ? -1 : sign * (b.at - a.at) || (b.exclusive ? 1 : 0) - (a.exclusive ? 1 : 0);
    out.push({ way: stricter > 0 ? 'tightened' : 'relaxed', text: `${name} ${describeBound(a)} → ${describeBound(b)}` });
  }
}

function describeBound(b: { at: number; exclusive: boolean } | undefined): string {
  return !b ? 'none' : b.exclusive ? `${b.at} (exclusive)` : String(b.at);
}

function multipleOf(o: SchemaIR, n: SchemaIR, out: ConstraintChange[]): void {
  if (o.multipleOf === n.multipleOf) return;
  // Every multiple of the old step is a multiple of the new one exactly when the new step divides the old.
  const safe = n.multipleOf === undefined || (o.multipleOf !== undefined && isMultiple(o.multipleOf, n.multipleOf));
  out.push({ way: safe ? 'relaxed' : 'tightened', text: `multipleOf ${show(o.multipleOf)} → ${show(n.multipleOf)}` });
}

function isMultiple(value: number, step: number): boolean {
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/** Widths of the numeric formats: a wider one accepts everything a narrower one did. */
const FORMAT_WIDTH: Record<string, number> = { int32: 32, int64: 64, float: 32, double: 64 };

function format(o: SchemaIR, n: SchemaIR, out: ConstraintChange[]): void {
  const checked = (f: string | undefined) => (f !== undefined && (CHECKED_FORMATS as readonly string[]).includes(f) ? f : undefined);
  const a = checked(o.format);
  const b = checked(n.format);
  if (a === b) return;
  let way: ConstraintChange['way'];
  if (b === undefined) way = 'relaxed';
  else if (a !== undefined && FORMAT_WIDTH[a] !== undefined && FORMAT_WIDTH[b] !== undefined && (a === 'int32' || a === 'int64') === (b === 'int32' || b === 'int64')) {
    way = FORMAT_WIDTH[b]! >= FORMAT_WIDTH[a]! ? 'relaxed' : 'tightened';
  } else way = 'tightened';
  out.push({ way, text: `format ${a === undefined ? 'none' : quote(a)} → ${b === undefined ? 'none' : quote(b)}` });
}
