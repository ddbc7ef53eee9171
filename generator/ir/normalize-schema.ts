import { toPointer } from '../diagnostics.js';
import { refToPointer } from '../load/refs.js';
import { isObject } from '../load/walk.js';
import { irChildKeywords, isJsonType } from '../common/json-schema.js';
import type { JsonType, JsonValue, SchemaIR } from './types.js';

/** Options for one schema conversion. */
export interface SchemaContext {
  /** OpenAPI 3.0 documents: `nullable` and boolean exclusive bounds apply. */
  is30: boolean;
  /** OpenAPI 3.2 documents: the discriminator's `defaultMapping` applies. */
  is32?: boolean;
  /** Called with the pointer of every local `$ref` target met, so the caller can index it. */
  onRef(pointer: string): void;
}

/** Converts one JSON Schema (OpenAPI Schema Object) into `SchemaIR`, without following `$ref`. */
export function normalizeSchema(raw: unknown, path: (string | number)[], ctx: SchemaContext): SchemaIR {
  const pointer = toPointer(path);
  if (typeof raw === 'boolean') return { pointer, bool: raw };
  if (!isObject(raw)) return { pointer };
  const s = raw;
  const out: SchemaIR = { pointer };
  const sub = (value: unknown, ...rest: (string | number)[]) => normalizeSchema(value, [...path, ...rest], ctx);

  if (typeof s.$ref === 'string') {
    const target = refToPointer(s.$ref);
    if (target !== undefined) {
      out.ref = target;
      ctx.onRef(target);
    }
    // 3.0: siblings of $ref are ignored by the spec ("Swagger-style" siblings); 3.1 applies them.
    if (ctx.is30) return copyAnnotations(s, out);
  }

  const types = readTypes(s, ctx.is30);
  if (types) out.types = types;
  if (typeof s.format === 'string') out.format = s.format;
  if (Array.isArray(s.enum)) out.enum = s.enum as JsonValue[];
  if ('const' in s) out.const = { value: s.const as JsonValue };

  if (isObject(s.properties)) {
    const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
    out.properties = Object.entries(s.properties).map(([name, value]) => ({
      name,
      required: required.includes(name),
      schema: sub(value, 'properties', name),
    }));
  }
  if (Array.isArray(s.required)) out.required = s.required.filter((r): r is string => typeof r === 'string');
  if (isObject(s.patternProperties)) {
    out.patternProperties = Object.entries(s.patternProperties).map(([pattern, value]) => ({
      pattern,
      schema: sub(value, 'patternProperties', pattern),
    }));
  }
  if (isObject(s.dependentRequired)) {
    out.dependentRequired = Object.entries(s.dependentRequired).map(([name, requires]) => ({
      name,
      requires: Array.isArray(requires) ? requires.map(String) : [],
    }));
  }

  for (const key of SINGLE_CHILDREN) {
    // Draft-4 tuple form found in some 3.0 specs: `items: [...]` is read as prefixItems (a real one wins, below).
    if (key === 'items' && Array.isArray(s.items)) out.prefixItems = s.items.map((item, i) => sub(item, 'items', i));
    else if (s[key] !== undefined) out[key] = sub(s[key], key);
  }
  for (const key of LIST_CHILDREN) {
    const list = s[key];
    if (Array.isArray(list)) out[key] = list.map((item, i) => sub(item, key, i));
  }

  for (const key of NUMERIC_KEYWORDS) {
    if (typeof s[key] === 'number') out[key] = s[key] as number;
  }
  if (typeof s.pattern === 'string') out.pattern = s.pattern;
  if (typeof s.uniqueItems === 'boolean') out.uniqueItems = s.uniqueItems;
  readExclusiveBounds(s, out);

  if (isObject(s.discriminator) && typeof s.discriminator.propertyName === 'string') {
    const mapping = isObject(s.discriminator.mapping) ? s.discriminator.mapping : {};
    out.discriminator = {
      propertyName: s.discriminator.propertyName,
      mapping: Object.entries(mapping)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([value, ref]) => ({ value, ref: refToPointer(ref) ?? toPointer(['components', 'schemas', ref]) })),
    };
    const fallback = s.discriminator.defaultMapping;
    if (ctx.is32 && typeof fallback === 'string') {
      out.discriminator.defaultRef = refToPointer(fallback) ?? toPointer(['components', 'schemas', fallback]);
      ctx.onRef(out.discriminator.defaultRef);
    }
  }
  return copyAnnotations(s, out);
}

/** The IR's one-schema and list-of-schemas children (its map-shaped ones, properties and patternProperties, are read above). */
const SINGLE_CHILDREN = irChildKeywords('schema');
const LIST_CHILDREN = irChildKeywords('list');

const NUMERIC_KEYWORDS = [
  'minProperties', 'maxProperties', 'minContains', 'maxContains', 'minItems', 'maxItems', 'minLength',
  'maxLength', 'minimum', 'maximum', 'multipleOf',
] as const;

function readTypes(s: Record<string, unknown>, is30: boolean): JsonType[] | undefined {
  const raw = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  const types: JsonType[] = raw.filter(isJsonType);
  // 3.0 `nullable: true` only widens an explicit type (OpenAPI 3.0.3 §4.7.24.1).
  if (is30 && s.nullable === true && types.length > 0 && !types.includes('null')) types.push('null');
  return types.length > 0 ? types : undefined;
}

/**
 * 3.0 uses boolean `exclusiveMinimum` next to `minimum`; 3.1 uses the numeric bound itself. The boolean
 * form is read in 3.1 documents too: specs upgraded by hand often keep it, and its meaning is unambiguous.
 */
function readExclusiveBounds(s: Record<string, unknown>, out: SchemaIR): void {
  for (const [exclusive, inclusive] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    const value = s[exclusive];
    if (typeof value === 'number') out[exclusive] = value;
    else if (value === true && typeof s[inclusive] === 'number') {
      out[exclusive] = s[inclusive] as number;
      delete out[inclusive];
    }
  }
}

function copyAnnotations(s: Record<string, unknown>, out: SchemaIR): SchemaIR {
  if (typeof s.title === 'string') out.title = s.title;
  if (typeof s.description === 'string') out.description = s.description;
  if ('default' in s) out.default = { value: s.default as JsonValue };
  if (Array.isArray(s.examples)) out.examples = s.examples as JsonValue[];
  else if ('example' in s) out.examples = [s.example as JsonValue];
  if (s.readOnly === true) out.readOnly = true;
  if (s.writeOnly === true) out.writeOnly = true;
  if (s.deprecated === true) out.deprecated = true;
  if (typeof s['x-source-note'] === 'string') out.sourceNote = s['x-source-note'];
  return out;
}
