import type { SchemaIR } from '../../ir/types.js';
import { isAlwaysValid } from './check-module.js';
import { callCheck, checkCall, fail, failOf, lit, readProperty, runtimeCall, tolerantFailOf, type Fn, type Place } from './code.js';
import { compileSchema } from './compile-schema.js';

/** allOf inline; anyOf/oneOf through the runtime (with discriminator dispatch); not; if/then/else. */
export function compileComposition(fn: Fn, s: SchemaIR, at: Place): string[] {
  const out: string[] = [];
  for (const sub of s.allOf ?? []) out.push(...compileSchema(fn, sub, at));
  if (s.discriminator && (s.oneOf || s.anyOf)) {
    out.push(...compileDiscriminator(fn, s, at));
  } else {
    if (s.anyOf) out.push(...compileUnion(fn, s.anyOf, 'anyOf', at));
    if (s.oneOf) out.push(...compileUnion(fn, s.oneOf, 'oneOf', at));
  }
  if (s.not) {
    const check = fn.module.branchCheck(fn.name, s.not);
    fn.module.use('_test');
    out.push(`if (${runtimeCall(fn, '_test', at, check, [check])}) {`, ...fail(fn, at, 'not'), '}');
  }
  out.push(...compileIf(fn, s, at));
  return out;
}

function compileUnion(fn: Fn, branches: SchemaIR[], keyword: 'anyOf' | 'oneOf', at: Place): string[] {
  // An always-valid branch decides anyOf without running anything (ajv skips it the same way).
  if (keyword === 'anyOf' && branches.some(isAlwaysValid)) return [];
  const nullable = nullableUnion(fn, branches, keyword, at);
  if (nullable) return nullable;
  const checks = branches.map((b) => fn.module.branchCheck(fn.name, b));
  fn.module.use(keyword === 'anyOf' ? '_anyOf' : '_oneOf', '_Check');
  const list = fn.module.constant('_branches', `[${checks.join(', ')}]`, 'readonly _Check[]');
  return [`if (!${runtimeCall(fn, `_${keyword}`, at, list, checks)}) {`, ...fail(fn, at, keyword), '}'];
}

/**
 * `oneOf`/`anyOf: [X, {type: 'null'}]`, the 3.1 spelling of a nullable X, without the union runtime:
 * null takes the null branch (oneOf: and X must reject it), anything else must pass X. Same verdict
 * and same errors as the general union (the null branch's type error is reported, as ajv does).
 */
function nullableUnion(fn: Fn, branches: SchemaIR[], keyword: 'anyOf' | 'oneOf', at: Place): string[] | undefined {
  if (branches.length !== 2) return undefined;
  const nullAt = branches.findIndex(isNullOnly);
  if (nullAt < 0 || isNullOnly(branches[1 - nullAt]!)) return undefined;
  const other = fn.module.branchCheck(fn.name, branches[1 - nullAt]!);
  const notOther = [...fail(fn, at, 'type', 'null'), ...fail(fn, at, keyword)];
  if (keyword === 'anyOf') return [`if (${at.v} !== null && !${checkCall(fn, other, at)}) {`, ...notOther, '}'];
  fn.module.use('_test');
  return [
    `if (${at.v} === null) {`,
    `if (${runtimeCall(fn, '_test', at, other, [other])}) {`,
    ...fail(fn, at, keyword),
    '}',
    `} else if (!${checkCall(fn, other, at)}) {`,
    ...notOther,
    '}',
  ];
}

function isNullOnly(s: SchemaIR): boolean {
  const { pointer: _p, types, title: _t, description: _d, sourceNote: _n, examples: _e, default: _def, deprecated: _dep, ...rest } = s;
  return types?.length === 1 && types[0] === 'null' && Object.values(rest).every((v) => v === undefined);
}

/**
 * OpenAPI discriminator: the tag picks the one branch to validate (as ajv's `discriminator` option),
 * from the explicit mapping, then a branch's `const`/`enum` for the tag, then the component name of a
 * `$ref` branch (the implicit mapping). A non-object value falls back to the plain union.
 */
function compileDiscriminator(fn: Fn, s: SchemaIR, at: Place): string[] {
  const d = s.discriminator!;
  const keyword = s.oneOf ? 'oneOf' : 'anyOf';
  const branches = (s.oneOf ?? s.anyOf)!;
  const targets = new Map<string, string>();
  for (const m of d.mapping) targets.set(m.value, fn.module.refCheck(m.ref));
  const mappedRefs = new Set(d.mapping.map((m) => m.ref));
  for (const b of branches) {
    const check = fn.module.branchCheck(fn.name, b);
    const resolved = b.ref !== undefined ? fn.module.plan.resolve(b.ref) ?? b : b;
    for (const value of tagValues(fn, resolved, d.propertyName)) if (!targets.has(value)) targets.set(value, check);
    const named = b.ref !== undefined ? fn.module.plan.schema(b.ref)?.named : undefined;
    if (named && !mappedRefs.has(b.ref!) && !targets.has(named.key)) targets.set(named.key, check);
  }
  const byCheck = new Map<string, string[]>();
  for (const [value, check] of targets) byCheck.set(check, [...(byCheck.get(check) ?? []), value]);

  const t = fn.local('t');
  fn.module.use('_isObj');
  const cases = [...byCheck].flatMap(([check, values]) => [...values.map((v) => `case ${lit(v)}:`), ...callCheck(fn, check, at), 'break;']);
  const tag = d.propertyName;
  const param = `[${lit(tag)}, ${t}, ${lit([...targets.keys()].map((v) => JSON.stringify(v)).join(', '))}]`;
  return [
    `if (_isObj(${at.v})) {`,
    `const ${t} = ${readProperty(fn, at.v, tag)};`,
    `switch (${t}) {`,
    ...cases,
    'default:',
    // 3.2 defaultMapping: a tag the mapping does not list, or none, selects the default schema.
    ...(d.defaultRef !== undefined
      ? callCheck(fn, fn.module.refCheck(d.defaultRef), at)
      : [`if (typeof ${t} !== 'string') {`, ...failOf(fn, at, 'discriminator', param), '} else {', ...tolerantFailOf(fn, at, 'discriminator', param), '}']),
    '}',
    '} else {',
    ...compileUnion(fn, branches, keyword, at),
    '}',
  ];
}

/** Tag values a branch declares itself: `const` or string `enum` of the tag property (also inside allOf). */
function tagValues(fn: Fn, s: SchemaIR, tag: string): string[] {
  const members = [s, ...(s.allOf ?? []).map((a) => (a.ref !== undefined ? fn.module.plan.resolve(a.ref) ?? a : a))];
  const out: string[] = [];
  for (const m of members) {
    const prop = m.properties?.find((p) => p.name === tag)?.schema;
    if (!prop) continue;
    if (typeof prop.const?.value === 'string') out.push(prop.const.value);
    for (const e of prop.enum ?? []) if (typeof e === 'string') out.push(e);
  }
  return out;
}

function compileIf(fn: Fn, s: SchemaIR, at: Place): string[] {
  if (!s.if || (!s.then && !s.else)) return [];
  const test = fn.module.branchCheck(fn.name, s.if);
  fn.module.use('_test');
  const branch = (sub: SchemaIR | undefined, name: 'then' | 'else'): string[] => {
    if (!sub || sub.bool === true) return [];
    const check = fn.module.branchCheck(fn.name, sub);
    return [`if (!${checkCall(fn, check, at)}) {`, ...fail(fn, at, 'if', name), '}'];
  };
  const thenCode = branch(s.then, 'then');
  const elseCode = branch(s.else, 'else');
  if (thenCode.length === 0 && elseCode.length === 0) return [];
  const cond = runtimeCall(fn, '_test', at, test, [test]);
  if (elseCode.length === 0) return [`if (${cond}) {`, ...thenCode, '}'];
  if (thenCode.length === 0) return [`if (!${cond}) {`, ...elseCode, '}'];
  return [`if (${cond}) {`, ...thenCode, '} else {', ...elseCode, '}'];
}
