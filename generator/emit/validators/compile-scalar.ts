import { isValidPattern } from '../../common/json-schema.js';
import type { SchemaIR } from '../../ir/types.js';
import { fail, lit, num, type Fn, type Place } from './code.js';
import { formatRule } from './formats.js';

/** String keywords; `x` is known to be a string. Lengths count code points (JSON Schema §6.3.1). */
export function compileString(fn: Fn, s: SchemaIR, at: Place): string[] {
  const x = at.v;
  const out: string[] = [];
  if (s.minLength !== undefined && s.minLength > 0) {
    const n = s.minLength;
    // UTF-16 length ≥ code points ≥ length / 2: count only when the cheap bounds cannot decide.
    const cond = n === 1 ? `${x}.length < 1` : `${x}.length < ${num(n)} || (${x}.length < ${num(2 * n)} && _len(${x}) < ${num(n)})`;
    if (n > 1) fn.module.use('_len');
    out.push(`if (${cond}) {`, ...fail(fn, at, 'minLength', n), '}');
  }
  if (s.maxLength !== undefined) {
    const n = s.maxLength;
    fn.module.use('_len');
    out.push(`if (${x}.length > ${num(n)} && _len(${x}) > ${num(n)}) {`, ...fail(fn, at, 'maxLength', n), '}');
  }
  // load/validate.ts reports an invalid pattern (an error, so no output); the guard keeps the file loadable regardless.
  if (s.pattern !== undefined && isValidPattern(s.pattern)) {
    const re = fn.module.constant('_re', `new RegExp(${lit(s.pattern)}, 'u')`);
    out.push(`if (!${re}.test(${x})) {`, ...fail(fn, at, 'pattern', s.pattern), '}');
  }
  out.push(...compileFormat(fn, s, at, 'string'));
  return out;
}

/** Number keywords; `x` is known to be a number. */
export function compileNumber(fn: Fn, s: SchemaIR, at: Place): string[] {
  const x = at.v;
  const out: string[] = [];
  const bound = (value: number | undefined, keyword: string, bad: string): void => {
    if (value === undefined) return;
    out.push(`if (${x} ${bad} ${num(value)}) {`, ...fail(fn, at, keyword, value), '}');
  };
  bound(s.minimum, 'minimum', '<');
  bound(s.maximum, 'maximum', '>');
  bound(s.exclusiveMinimum, 'exclusiveMinimum', '<=');
  bound(s.exclusiveMaximum, 'exclusiveMaximum', '>=');
  if (s.multipleOf !== undefined && s.multipleOf > 0) {
    // As ajv (multipleOfPrecision unset): the quotient must be an integer, so 0.07 is not a multiple of 0.01.
    out.push(`if (!Number.isInteger(${x} / ${num(s.multipleOf)})) {`, ...fail(fn, at, 'multipleOf', s.multipleOf), '}');
  }
  out.push(...compileFormat(fn, s, at, 'number'));
  return out;
}

/** A checked format of this JSON type; unknown formats were reported by load/validate and pass. */
function compileFormat(fn: Fn, s: SchemaIR, at: Place, type: 'string' | 'number'): string[] {
  if (s.format === undefined) return [];
  const rule = formatRule(s.format);
  if (!rule || rule.type !== type || !rule.check) return [];
  for (const [name, regex] of Object.entries(rule.regexes ?? {})) fn.module.namedConstant(name, String(regex));
  fn.module.use(...rule.uses);
  const check = rule.check(at.v);
  // `!f(x)`, but `!(a && b)`: the parentheses only where prettier keeps them.
  return [`if (${SIMPLE_CALL.test(check) ? `!${check}` : `!(${check})`}) {`, ...fail(fn, at, 'format', s.format), '}'];
}

const SIMPLE_CALL = /^[\w$.]+\([^()]*\)$/;
