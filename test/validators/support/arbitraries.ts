import fc from 'fast-check';
import type { ApiIR, JsonType, JsonValue, SchemaIR } from '../../../generator/ir/types.js';

/**
 * fast-check arbitraries of values that satisfy a `SchemaIR` (mostly: a few constructs, like `not`
 * or conflicting allOf members, are generated loosely; the differential test does not need every
 * value to be valid, only both validators to agree on it).
 */
export function valueArbitrary(api: ApiIR, schema: SchemaIR): fc.Arbitrary<unknown> {
  return arb(api, schema, 0);
}

/** Arbitraries are built once per (schema node, depth): depth is bounded, so recursion is finite. */
const memo = new WeakMap<SchemaIR, Map<number, fc.Arbitrary<unknown>>>();

function arb(api: ApiIR, s: SchemaIR, depth: number): fc.Arbitrary<unknown> {
  let byDepth = memo.get(s);
  if (!byDepth) memo.set(s, (byDepth = new Map()));
  let out = byDepth.get(depth);
  if (!out) byDepth.set(depth, (out = build(api, s, depth)));
  return out;
}

const MAX_DEPTH = 4;
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown>;

function build(api: ApiIR, s: SchemaIR, depth: number): fc.Arbitrary<unknown> {
  if (s.bool === true) return anyJson;
  if (s.bool === false) return anyJson;
  if (s.const) return fc.constant(s.const.value);
  if (s.enum) return s.enum.length > 0 ? fc.constantFrom(...s.enum) : anyJson;
  if (s.ref !== undefined && !hasOwnAssertions(s)) {
    const target = api.schemaIndex[s.ref];
    if (!target) return anyJson;
    return depth >= MAX_DEPTH ? fc.constant(minimal(api, target, 0)) : arb(api, target, depth + 1);
  }
  const branches = s.oneOf ?? s.anyOf;
  if (branches && branches.length > 0) return fc.oneof(...branches.map((b) => arb(api, merged(api, s, b), depth + 1)));
  if (s.allOf && s.allOf.length > 0) return arb(api, s.allOf.reduce((acc, member) => merged(api, acc, member), withoutComposition(s)), depth + 1);
  const types = s.types ?? inferTypes(s);
  if (types.length === 0) return anyJson;
  return fc.oneof(...types.map((t) => typed(api, s, t, depth)));
}

/** A schema with its own keywords next to `$ref` (3.1 siblings): generate from the target merged in. */
function hasOwnAssertions(s: SchemaIR): boolean {
  return Boolean(s.types || s.properties || s.items || s.allOf || s.anyOf || s.oneOf || s.minLength || s.format);
}

function withoutComposition(s: SchemaIR): SchemaIR {
  const { allOf: _allOf, anyOf: _anyOf, oneOf: _oneOf, discriminator: _d, ...rest } = s;
  return rest;
}

/** A loose intersection: properties and required lists united, the member's scalar constraints win. */
function merged(api: ApiIR, base: SchemaIR, member: SchemaIR): SchemaIR {
  const m = member.ref !== undefined ? { ...(api.schemaIndex[member.ref] ?? {}), ...member, ref: undefined } : member;
  const b = withoutComposition(base);
  return {
    ...b,
    ...m,
    ref: b.ref ?? m.ref,
    types: m.types ?? b.types,
    properties: [...(b.properties ?? []), ...(m.properties ?? []).filter((p) => !b.properties?.some((q) => q.name === p.name))],
    required: [...new Set([...(b.required ?? []), ...(m.required ?? [])])],
  };
}

function inferTypes(s: SchemaIR): JsonType[] {
  if (s.properties || s.additionalProperties || s.required) return ['object'];
  if (s.items || s.prefixItems) return ['array'];
  if (s.minLength !== undefined || s.maxLength !== undefined || s.pattern || s.format) return ['string'];
  if (s.minimum !== undefined || s.maximum !== undefined || s.multipleOf !== undefined) return ['number'];
  return [];
}

function typed(api: ApiIR, s: SchemaIR, type: JsonType, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringArb(s);
    case 'integer':
    case 'number':
      return numberArb(s, type === 'integer');
    case 'array':
      return arrayArb(api, s, depth);
    case 'object':
      return objectArb(api, s, depth);
  }
}

const FORMAT_ARBS: Record<string, fc.Arbitrary<string>> = {
  'date-time': fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  date: fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  time: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(11)),
  uuid: fc.uuid(),
  ulid: fc.ulid(),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
  url: fc.webUrl(),
  hostname: fc.domain(),
  ipv4: fc.ipV4(),
  ipv6: fc.ipV6(),
};

function stringArb(s: SchemaIR): fc.Arbitrary<string> {
  if (s.format && FORMAT_ARBS[s.format]) return FORMAT_ARBS[s.format]!;
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern, 'u'));
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? minLength + 12, minLength + 40);
  // Mostly printable text; sometimes any code point, so astral characters test code-point lengths.
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength }), weight: 4 },
    { arbitrary: fc.string({ unit: 'binary', minLength, maxLength }), weight: 1 },
  );
}

function numberArb(s: SchemaIR, integer: boolean): fc.Arbitrary<number> {
  const lo = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : s.minimum;
  const hi = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : s.maximum;
  if (s.multipleOf !== undefined) {
    const m = s.multipleOf;
    return fc.integer({ min: Math.ceil((lo ?? -1e6) / m), max: Math.floor((hi ?? 1e6) / m) }).map((k) => k * m);
  }
  const min = lo === undefined ? -1e9 : Math.ceil(lo);
  const max = hi === undefined ? 1e9 : Math.floor(hi);
  if (integer || min > max) return fc.integer({ min: Math.max(min, -2147483648), max: Math.min(max, 2147483647) });
  return fc.oneof(
    fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) }),
    fc.double({ min: lo ?? -1e9, max: hi ?? 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  );
}

function arrayArb(api: ApiIR, s: SchemaIR, depth: number): fc.Arbitrary<unknown[]> {
  const minLength = s.minItems ?? 0;
  const maxLength = depth >= MAX_DEPTH ? minLength : Math.min(s.maxItems ?? minLength + 3, minLength + 3);
  const item = s.items ? arb(api, s.items, depth + 1) : anyJson;
  if (s.uniqueItems) return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  return fc.array(item, { minLength, maxLength });
}

function objectArb(api: ApiIR, s: SchemaIR, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? [];
  const required = new Set([...(s.required ?? []), ...props.filter((p) => p.required).map((p) => p.name)]);
  const deep = depth >= MAX_DEPTH;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of props) if (!deep || required.has(p.name)) model[p.name] = arb(api, p.schema, depth + 1);
  for (const name of required) if (!(name in model)) model[name] = anyJson;
  const record = fc.record(model, { requiredKeys: [...required] });
  const ap = s.additionalProperties;
  if (ap?.bool === false || deep) return record;
  const extraValue = ap ? arb(api, ap, depth + 1) : anyJson;
  const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in model)), extraValue, { maxKeys: 2 });
  return fc.tuple(record, fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: extras, weight: 1 })).map(([r, e]) => ({ ...e, ...r }));
}

/** A small value that satisfies the schema's required shape (used past the recursion depth). */
function minimal(api: ApiIR, s: SchemaIR, depth: number): JsonValue {
  if (s.const) return s.const.value;
  if (s.enum && s.enum.length > 0) return s.enum[0]!;
  if (s.ref !== undefined && depth < 8) return minimal(api, api.schemaIndex[s.ref] ?? { pointer: '' }, depth + 1);
  const types = s.types ?? inferTypes(s);
  if (types.includes('null')) return null;
  if (types.includes('object')) return {};
  if (types.includes('array')) return [];
  if (types.includes('string')) return 'x'.repeat(s.minLength ?? 0);
  if (types.includes('integer') || types.includes('number')) return s.minimum ?? 0;
  if (types.includes('boolean')) return false;
  return null;
}
