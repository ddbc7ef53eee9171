import type { ApiIR, JsonType, JsonValue, PropertyIR, SchemaIR } from '../ir/types.js';
import { schemaTypeName } from './names.js';

/**
 * Read-only views of one side's schemas for comparing: `$ref`s followed, `allOf` merged into one
 * object, the accepted JSON types worked out. Nothing here reports; compare-schema.ts decides.
 */

/** A schema with its `$ref`s followed; `named` is the exported type name when it is a component schema. */
export interface Resolved {
  schema: SchemaIR;
  named?: string;
  /** A stable object standing for this schema (the IR node itself, never a synthesised one), for memoising. */
  identity: SchemaIR;
}

/** Keywords that describe a schema without constraining values: a `$ref` with only these is a plain alias. */
const ANNOTATIONS = new Set(['pointer', 'ref', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'sourceNote']);

/** Follows `$ref` chains. A 3.1 `$ref` with constraining siblings becomes `allOf: [target, siblings]`. */
export function resolve(api: ApiIR, schema: SchemaIR): Resolved {
  let current = schema;
  let named: string | undefined;
  for (let depth = 0; current.ref !== undefined && depth < 64; depth++) {
    const target = api.schemaIndex[current.ref];
    if (!target) return { schema: { pointer: current.pointer }, named, identity: current };
    if (Object.keys(current).some((k) => !ANNOTATIONS.has(k))) {
      const { ref, ...siblings } = current;
      return { schema: { pointer: current.pointer, allOf: [{ pointer: current.pointer, ref }, siblings] }, named, identity: current };
    }
    named = schemaTypeName(api, current.ref) ?? named;
    current = target;
  }
  return { schema: current, named, identity: current };
}

/**
 * One schema without `allOf`: members' properties, required names and constraints merged (the
 * strictest bound wins; types and enums intersect), as TypeScript's intersection of the member types
 * reads. A property several members define becomes an `allOf` of its definitions.
 */
export function flatten(api: ApiIR, schema: SchemaIR, depth = 0): SchemaIR {
  if (!schema.allOf || depth > 32) return schema;
  const { allOf, ...own } = schema;
  const parts = [own, ...allOf.map((m) => flatten(api, resolve(api, m).schema, depth + 1))];
  return parts.reduce((a, b) => merge(a, b));
}

function merge(a: SchemaIR, b: SchemaIR): SchemaIR {
  const out: SchemaIR = { ...b, ...a, pointer: a.pointer };
  if (a.bool === false || b.bool === false) return { pointer: a.pointer, bool: false };
  if (a.types && b.types) out.types = intersectTypes(a.types, b.types);
  if (a.enum && b.enum) out.enum = a.enum.filter((v) => b.enum!.some((w) => sameValue(v, w)));
  if (a.properties || b.properties) out.properties = mergeProperties(a.properties ?? [], b.properties ?? [], a.pointer);
  if (a.required || b.required) out.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  if (a.additionalProperties?.bool === false || b.additionalProperties?.bool === false) {
    out.additionalProperties = { pointer: (a.additionalProperties ?? b.additionalProperties)!.pointer, bool: false };
  }
  if (a.items && b.items) out.items = { pointer: a.items.pointer, allOf: [a.items, b.items] };
  for (const key of ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum'] as const) {
    if (a[key] !== undefined && b[key] !== undefined) out[key] = Math.max(a[key]!, b[key]!);
  }
  for (const key of ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'] as const) {
    if (a[key] !== undefined && b[key] !== undefined) out[key] = Math.min(a[key]!, b[key]!);
  }
  if (a.readOnly || b.readOnly) out.readOnly = true;
  if (a.writeOnly || b.writeOnly) out.writeOnly = true;
  return out;
}

function mergeProperties(a: PropertyIR[], b: PropertyIR[], pointer: string): PropertyIR[] {
  const out = a.map((p) => ({ ...p }));
  for (const p of b) {
    const same = out.find((q) => q.name === p.name);
    if (!same) out.push({ ...p });
    else {
      same.required ||= p.required;
      same.schema = { pointer: same.schema.pointer ?? pointer, allOf: [same.schema, p.schema] };
    }
  }
  return out;
}

function intersectTypes(a: JsonType[], b: JsonType[]): JsonType[] {
  const out = a.filter((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
  if (a.includes('number') && b.includes('integer') && !out.includes('integer')) out.push('integer');
  return out;
}

/** The JSON types a schema accepts, or 'any'. Objects and arrays are inferred from their keywords, as TypeScript types them. */
export type TypeSet = ReadonlySet<JsonType> | 'any';

export function typesOf(s: SchemaIR): TypeSet {
  if (s.bool === false) return new Set();
  if (s.bool === true) return 'any';
  if (s.types) return new Set(s.types);
  const values = valuesOf(s);
  if (values) return new Set(values.map(jsonType));
  if (s.properties || s.additionalProperties || s.patternProperties || s.required) return new Set(['object']);
  if (s.items || s.prefixItems) return new Set(['array']);
  return 'any';
}

/** True when the set accepts values of type `t` (an integer is a number). */
export function accepts(set: TypeSet, t: JsonType): boolean {
  return set === 'any' || set.has(t) || (t === 'integer' && set.has('number'));
}

/** Types in `b` that `a` does not accept ('any' when `b` is unrestricted and `a` is not). */
export function typesMissing(a: TypeSet, b: TypeSet): string[] {
  if (a === 'any') return [];
  if (b === 'any') return ['any'];
  return [...b].filter((t) => !accepts(a, t)).sort();
}

export function describeTypes(set: TypeSet): string {
  return set === 'any' ? 'any' : set.size === 0 ? 'never' : [...set].sort().join(' | ');
}

/** The closed list of values (`enum`, or `const` as one value), or undefined when any value of the type goes. */
export function valuesOf(s: SchemaIR): JsonValue[] | undefined {
  if (s.const) return [s.const.value];
  return s.enum;
}

function jsonType(v: JsonValue): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as 'string' | 'boolean' | 'object';
}

/** JSON text with object keys sorted and IR pointers left out: equal for equal values, whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'pointer') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    return v;
  });
}

/**
 * `canonical` for schemas: also blind to the order of `properties` and `required`, which mean the same
 * in any order (for telling a renamed schema, or a changed keyword, from a reordered one).
 */
export function shape(schema: unknown): string {
  return JSON.stringify(schema, (key, v: unknown) => {
    if (key === 'pointer') return undefined;
    if (Array.isArray(v) && key === 'properties') return [...(v as { name: string }[])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (Array.isArray(v) && key === 'required') return [...(v as string[])].sort();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    return v;
  });
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A union's alternatives (`oneOf`, else `anyOf`), or undefined. */
export function variantsOf(s: SchemaIR): SchemaIR[] | undefined {
  return s.oneOf ?? s.anyOf;
}

const STRUCTURAL = ['types', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'bool'] as const;

/** True when a schema is nothing but a union (no type, properties or values of its own). */
export function isPureUnion(s: SchemaIR): boolean {
  return variantsOf(s) !== undefined && STRUCTURAL.every((k) => s[k] === undefined);
}

/**
 * A property as the generated client sees it: `required` is what the validators check; `typed` is
 * whether the TypeScript type makes it non-optional, which openapi-typescript also does for a
 * property with a `default` (its defaultNonNullable), except in inline parameter and request body
 * schemas (it decides that by the schema's path).
 */
export interface PropertyView {
  schema: SchemaIR;
  required: boolean;
  typed: boolean;
}

/** Properties by name, including names that are only listed in `required` (typed as any). */
export function propertyMap(s: SchemaIR): Map<string, PropertyView> {
  const out = new Map<string, PropertyView>();
  for (const p of s.properties ?? []) {
    const required = p.required || (s.required?.includes(p.name) ?? false);
    const defaulted = p.schema.default !== undefined && !/parameters|requestBody/.test(p.schema.pointer);
    out.set(p.name, { schema: p.schema, required, typed: required || defaulted });
  }
  for (const name of s.required ?? []) if (!out.has(name)) out.set(name, { schema: { pointer: `${s.pointer}/required` }, required: true, typed: true });
  return out;
}

/** How a schema treats keys it does not list. */
export type ExtraKeys = 'absent' | 'any' | 'none' | 'typed';

export function extraKeys(s: SchemaIR): ExtraKeys {
  const ap = s.additionalProperties;
  if (ap === undefined) return 'absent';
  if (ap.bool === false) return 'none';
  if (ap.bool === true || Object.keys(ap).every((k) => k === 'pointer')) return 'any';
  return 'typed';
}

/** readOnly / writeOnly of a property: on the property's own schema or on what it refers to. */
export function access(api: ApiIR, s: SchemaIR): { readOnly: boolean; writeOnly: boolean } {
  const target = resolve(api, s).schema;
  return { readOnly: !!(s.readOnly || target.readOnly), writeOnly: !!(s.writeOnly || target.writeOnly) };
}
