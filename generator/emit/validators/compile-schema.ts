import type { JsonType, SchemaIR } from '../../ir/types.js';
import type { CheckFunction, CheckModule } from './check-module.js';
import { callCheck, fail, Fn, lit, tolerantFail, type Place } from './code.js';
import { compileArray } from './compile-array.js';
import { compileComposition } from './compile-composition.js';
import { compileObject } from './compile-object.js';
import { compileNumber, compileString } from './compile-scalar.js';
import { compileValues } from './compile-values.js';

/**
 * Compiles one schema into statements that check the value at `at`. Keywords apply the way JSON
 * Schema (and ajv) applies them: type-specific keywords run whenever the value has that type, even
 * when `type` itself fails; `enum`, `const`, `$ref` and composition run for every value.
 */
export function compileSchema(fn: Fn, s: SchemaIR, at: Place, root = false): string[] {
  if (s.bool === true) return [];
  if (s.bool === false) return fail(fn, at, 'false schema');
  // A nested object with several properties gets its own check, shared by identical copies.
  if (!root && (s.properties?.length ?? 0) >= SHARED_MIN_PROPERTIES) return callCheck(fn, fn.module.branchCheck(fn.name, s), at);
  return [
    ...accessModes(fn, s, at),
    ...(s.ref !== undefined ? callCheck(fn, fn.module.refCheck(s.ref), at) : []),
    ...compileTypes(fn, s, at),
    ...compileValues(fn, s, at),
    ...compileComposition(fn, s, at),
  ];
}

/** Nested objects with at least this many properties are compiled once as their own check. */
const SHARED_MIN_PROPERTIES = 3;

/** The body of one check function. */
export function compileCheck(module: CheckModule, name: string, schema: SchemaIR): Pick<CheckFunction, 'statements' | 'params'> {
  const fn = new Fn(module, name);
  const body = compileSchema(fn, schema, { v: 'v', path: [] }, true);
  // Valid when no error was recorded: every failure records one (see code.ts).
  const statements = body.length === 0 ? ['return true;'] : ['const e = c.e.length;', ...body, 'return c.e.length === e;'];
  return { statements, params: fn.params(false, body.length === 0) };
}

/** readOnly values must not be sent (requests); writeOnly values must not come back (responses). */
function accessModes(fn: Fn, s: SchemaIR, at: Place): string[] {
  const out: string[] = [];
  if (s.readOnly) {
    out.push('if (c.m === 1) {', ...fail(fn, at, 'readOnly'), '}');
  }
  if (s.writeOnly) {
    out.push('if (c.m >= 2) {', ...tolerantFail(fn, at, 'writeOnly'), '}');
  }
  return out;
}

type GroupClass = 'string' | 'number' | 'object' | 'array';

const GROUPS: { cls: GroupClass; cond: (x: string) => string; compile: (fn: Fn, s: SchemaIR, at: Place) => string[] }[] = [
  { cls: 'string', cond: (x) => `typeof ${x} === 'string'`, compile: compileString },
  { cls: 'number', cond: (x) => `typeof ${x} === 'number'`, compile: compileNumber },
  { cls: 'object', cond: (x) => `_isObj(${x})`, compile: compileObject },
  { cls: 'array', cond: (x) => `Array.isArray(${x})`, compile: compileArray },
];

const TYPE_CONDITION: Record<JsonType, (x: string) => string> = {
  string: (x) => `typeof ${x} === 'string'`,
  number: (x) => `typeof ${x} === 'number'`,
  integer: (x) => `Number.isInteger(${x})`,
  boolean: (x) => `typeof ${x} === 'boolean'`,
  null: (x) => `${x} === null`,
  object: (x) => `_isObj(${x})`,
  array: (x) => `Array.isArray(${x})`,
};

const NOT_TYPE: Record<JsonType, (x: string) => string> = {
  string: (x) => `typeof ${x} !== 'string'`,
  number: (x) => `typeof ${x} !== 'number'`,
  integer: (x) => `!Number.isInteger(${x})`,
  boolean: (x) => `typeof ${x} !== 'boolean'`,
  null: (x) => `${x} !== null`,
  object: (x) => `!_isObj(${x})`,
  array: (x) => `!Array.isArray(${x})`,
};

function classOf(type: JsonType): string {
  return type === 'integer' ? 'number' : type;
}

/** `type` plus the type-specific keyword groups, as one if/else chain over the value's JSON type. */
function compileTypes(fn: Fn, s: SchemaIR, at: Place): string[] {
  const x = at.v;
  const types = s.types;
  const groups = GROUPS.map((g) => ({ ...g, body: g.compile(fn, s, at) })).filter((g) => g.body.length > 0);
  const typeFail = types ? fail(fn, at, 'type', types.join(' | ')) : [];
  if (types?.includes('object') || groups.some((g) => g.cls === 'object')) fn.module.use('_isObj');
  if (groups.length === 0) {
    return types ? [`if (${notType(types, x)}) {`, ...typeFail, '}'] : [];
  }
  const out: string[] = [];
  groups.forEach((g, i) => {
    out.push(`${i === 0 ? '' : '} else '}if (${g.cond(x)}) {`);
    if (types) out.push(...typeInsideGroup(g.cls, types, x, typeFail));
    out.push(...g.body);
  });
  if (!types) return [...out, '}'];
  const covered = new Set<string>(groups.map((g) => g.cls));
  const rest = types.filter((t) => !covered.has(classOf(t)));
  if (rest.length === 0) return [...out, '} else {', ...typeFail, '}'];
  return [...out, `} else if (${notType(rest, x)}) {`, ...typeFail, '}'];
}

/** Inside a group branch the value's class is known; only `integer` needs a further check. */
function typeInsideGroup(cls: GroupClass, types: JsonType[], x: string, typeFail: string[]): string[] {
  if (cls === 'number') {
    if (types.includes('number')) return [];
    if (types.includes('integer')) return [`if (!Number.isInteger(${x})) {`, ...typeFail, '}'];
    return typeFail;
  }
  return types.includes(cls) ? [] : typeFail;
}

/** "The value has none of these types": `typeof x !== 'string'` for one, `!(a || b)` for several. */
function notType(types: JsonType[], x: string): string {
  const effective = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  if (effective.length === 1) return NOT_TYPE[effective[0]!](x);
  return `!(${effective.map((t) => TYPE_CONDITION[t](x)).join(' || ')})`;
}
