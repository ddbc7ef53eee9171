import type { SchemaIR } from '../../ir/types.js';
import { childPlace, fail, failOf, num, runtimeCall, type Fn, type Place } from './code.js';
import { compileSchema } from './compile-schema.js';

/** Array keywords; `x` is known to be an array. */
export function compileArray(fn: Fn, s: SchemaIR, at: Place): string[] {
  const x = at.v;
  const out: string[] = [];
  if (s.minItems !== undefined && s.minItems > 0) {
    const n = s.minItems;
    out.push(`if (${x}.length < ${num(n)}) {`, ...fail(fn, at, 'minItems', n), '}');
  }
  if (s.maxItems !== undefined) {
    const n = s.maxItems;
    out.push(`if (${x}.length > ${num(n)}) {`, ...fail(fn, at, 'maxItems', n), '}');
  }
  const prefix = s.prefixItems ?? [];
  prefix.forEach((item, i) => {
    const v = fn.local('v');
    const body = compileSchema(fn, item, childPlace(at, v, i));
    if (body.length > 0) out.push(`if (${x}.length > ${i}) {`, `const ${v} = ${x}[${i}];`, ...body, '}');
  });
  out.push(...compileItems(fn, s.items, prefix.length, at));
  out.push(...compileContains(fn, s, at));
  if (s.uniqueItems) {
    const d = fn.local('d');
    fn.module.use('_dup');
    out.push(
      `const ${d} = _dup(${x});`,
      `if (${d} !== undefined) {`,
      ...failOf(fn, at, 'uniqueItems', d),
      '}',
    );
  }
  return out;
}

function compileItems(fn: Fn, items: SchemaIR | undefined, from: number, at: Place): string[] {
  if (!items) return [];
  const x = at.v;
  const i = fn.local('i');
  if (items.bool === false && from > 0) {
    // As ajv: `items: false` after prefixItems is one error at the array.
    return [`if (${x}.length > ${from}) {`, ...fail(fn, at, 'items', from), '}'];
  }
  const v = fn.local('v');
  const place: Place = { v, path: [...at.path, { expr: i }] };
  const body = compileSchema(fn, items, place);
  if (body.length === 0) return [];
  return [`for (let ${i} = ${from}; ${i} < ${x}.length; ${i}++) {`, `const ${v} = ${x}[${i}];`, ...body, '}'];
}

function compileContains(fn: Fn, s: SchemaIR, at: Place): string[] {
  if (!s.contains) return [];
  const min = s.minContains ?? 1;
  const max = s.maxContains;
  if (min === 0 && max === undefined) return [];
  const check = fn.module.branchCheck(fn.name, s.contains);
  fn.module.use('_contains');
  const limits = `${num(min)}, ${max === undefined ? 'Infinity' : num(max)}`;
  return [`if (!${runtimeCall(fn, '_contains', at, `${check}, ${limits}`, [check], false)}) {`, ...fail(fn, at, 'contains', [min, max ?? Infinity]), '}'];
}
