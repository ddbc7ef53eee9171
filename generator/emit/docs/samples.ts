import type { JsonValue, SchemaIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { schemaKind } from '../../ir/schema-kind.js';

/** Which side of the wire a sample is for: requests leave out read-only fields, responses write-only ones. */
export type SampleMode = 'request' | 'response';

/** Sample strings per format, chosen to pass the generated validators' format checks. */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
  ulid: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  hostname: 'example.com',
};

/** Below this depth a sample object keeps only its required properties, so samples stay short. */
const FULL_DEPTH = 3;

/**
 * A value that fits the schema, for request examples the spec does not give (curl and TypeScript
 * examples need a body). Prefers the schema's own example, default, const and first enum member.
 */
export function sampleValue(schema: SchemaIR, plan: ApiPlan, mode: SampleMode): JsonValue {
  const value = sample(schema, { plan, mode, depth: 0, seen: new Set() });
  return value === CYCLE ? null : value;
}

/**
 * What a schema that refers back to one being sampled gives: optional properties and array items of
 * it are left out (a `null` there would not fit the type), anything else becomes `null`.
 */
const CYCLE: JsonValue = Object.freeze({});

interface SampleState {
  plan: ApiPlan;
  mode: SampleMode;
  depth: number;
  seen: Set<string>;
}

function sample(schema: SchemaIR, st: SampleState): JsonValue {
  if (schema.examples?.length) return schema.examples[0]!;
  if (schema.default) return schema.default.value;
  if (schema.const) return schema.const.value;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? schema.enum[0]!;
  switch (schemaKind(schema)) {
    case 'ref': {
      const target = st.plan.resolve(schema.ref!);
      if (!target) return null;
      if (st.seen.has(schema.ref!)) return CYCLE;
      return sample(target, { ...st, seen: new Set([...st.seen, schema.ref!]) });
    }
    case 'union':
      return sampleUnion(schema, st);
    case 'intersection':
      return mergeObjects(schema.allOf!.map((part) => sample(part, st)));
    case 'object':
      return sampleObject(schema, st);
    case 'array': {
      const deeper = { ...st, depth: st.depth + 1 };
      if (schema.prefixItems) {
        return schema.prefixItems.map((item) => {
          const value = sample(item, deeper);
          return value === CYCLE ? null : value;
        });
      }
      if (!schema.items || schema.items.bool === false) return [];
      const item = sample(schema.items, deeper);
      if (item === CYCLE) return schema.minItems ? repeat(null, schema.minItems) : [];
      return repeat(item, schema.minItems);
    }
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return sampleNumber(schema);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'value';
  }
}

/** The first non-null variant; with a discriminator, the variant of its first mapping, tagged with that value. */
function sampleUnion(schema: SchemaIR, st: SampleState): JsonValue {
  const variants = (schema.oneOf ?? schema.anyOf)!;
  const discriminator = schema.discriminator;
  if (discriminator) {
    const first = discriminator.mapping[0];
    const variant = (first && variants.find((v) => v.ref === first.ref)) ?? variants.find((v) => v.ref) ?? variants[0]!;
    // Without an explicit mapping the tag is the component name (OpenAPI 3.1 §4.8.25).
    const tag = first?.value ?? variant.ref?.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';
    const value = sample(variant, st);
    return isObject(value) ? { ...value, [discriminator.propertyName]: tag } : value;
  }
  const first = variants.find((v) => schemaKind(v) !== 'null') ?? variants[0]!;
  return sample(first, st);
}

function isObject(value: JsonValue): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sampleObject(schema: SchemaIR, st: SampleState): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const prop of schema.properties ?? []) {
    // Required properties and ones with a default are always there: openapi-typescript types a
    // property with a default as present, so the TypeScript example would not compile without it.
    const needed = prop.required || prop.schema.default !== undefined;
    const unwanted = prop.schema.deprecated || (st.mode === 'request' ? prop.schema.readOnly : prop.schema.writeOnly);
    if (!needed && (unwanted || st.depth >= FULL_DEPTH)) continue;
    const value = sample(prop.schema, { ...st, depth: st.depth + 1 });
    if (value !== CYCLE) out[prop.name] = value;
    else if (needed) out[prop.name] = null;
  }
  return out;
}

function mergeObjects(parts: JsonValue[]): JsonValue {
  const objects = parts.filter(isObject);
  return objects.length === parts.length ? Object.assign({}, ...objects) : parts[0] ?? null;
}

function repeat(value: JsonValue, minItems = 1): JsonValue[] {
  return Array.from({ length: Math.max(1, minItems) }, () => value);
}

function sampleString(schema: SchemaIR): string {
  const format = schema.format ?? '';
  const base = Object.hasOwn(FORMAT_SAMPLES, format) ? FORMAT_SAMPLES[format]! : 'string';
  const min = schema.minLength ?? 0;
  const padded = base.length >= min ? base : base + 'x'.repeat(min - base.length);
  return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
}

function sampleNumber(schema: SchemaIR): number {
  if (schema.minimum !== undefined) return schema.minimum;
  if (schema.exclusiveMinimum !== undefined) return Math.floor(schema.exclusiveMinimum) + 1;
  if (schema.maximum !== undefined) return Math.min(schema.maximum, 1);
  return 1;
}
