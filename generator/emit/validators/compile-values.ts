import type { JsonValue, SchemaIR } from '../../ir/types.js';
import { fail, jsonLit, lit, tolerantFail, type Fn, type Place } from './code.js';

/** enum and const. An unknown enum value in a tolerant response is a warning (a server added a member). */
export function compileValues(fn: Fn, s: SchemaIR, at: Place): string[] {
  const out: string[] = [];
  if (s.enum) {
    const members = enumMembers(fn, s);
    out.push(`if (${notIn(fn, members, at.v)}) {`, ...tolerantFail(fn, at, 'enum', describe(members)), '}');
  }
  if (s.const) {
    const value = s.const.value;
    const cond = isPrimitive(value) ? `${at.v} !== ${jsonLit(value)}` : `!_equal(${at.v}, ${fn.module.constant('_const', jsonLit(value), 'unknown', structure(value))})`;
    if (!isPrimitive(value)) fn.module.use('_equal');
    out.push(`if (${cond}) {`, ...fail(fn, at, 'const', JSON.stringify(value)), '}');
  }
  return out;
}

/**
 * OpenAPI 3.0 `nullable: true` next to an `enum` without null: 3.0.3 §4.7.24.1 says nullable adds null
 * to the allowed values, and openapi-typescript types the field `... | null`, so null is accepted.
 */
function enumMembers(fn: Fn, s: SchemaIR): JsonValue[] {
  const members = s.enum!;
  const is30 = fn.module.api.openapiVersion.startsWith('3.0');
  return is30 && s.types?.includes('null') && !members.includes(null) ? [...members, null] : members;
}

/** The "not a member" condition: `!==` chains for a few primitives, a Set for many, deep equality for objects. */
function notIn(fn: Fn, members: JsonValue[], x: string): string {
  if (members.length === 0) return 'true';
  if (!members.every(isPrimitive)) {
    fn.module.use('_inList');
    return `!_inList(${x}, ${fn.module.constant('_enum', `[${members.map(jsonLit).join(', ')}]`, 'readonly unknown[]', structure(members))})`;
  }
  if (members.length <= 4) return members.map((m) => `${x} !== ${jsonLit(m)}`).join(' && ');
  const set = fn.module.constant('_enum', `new Set<unknown>([${members.map(jsonLit).join(', ')}])`);
  return `!${set}.has(${x})`;
}

/** Does a JSON value hold objects, or only lists (and primitives)? */
function structure(value: JsonValue): 'object' | 'array' {
  const hasObject = (v: JsonValue): boolean => v !== null && typeof v === 'object' && (!Array.isArray(v) || v.some(hasObject));
  return hasObject(value) ? 'object' : 'array';
}

function isPrimitive(value: JsonValue): boolean {
  return value === null || typeof value !== 'object';
}

/** `expected` for enum errors; long enums (an IANA timezone list) are cut after ten members. */
function describe(members: JsonValue[]): string {
  const shown = members.slice(0, 10).map((m) => JSON.stringify(m)).join(', ');
  return members.length > 10 ? `one of ${shown}, … (${members.length} values)` : `one of ${shown}`;
}
