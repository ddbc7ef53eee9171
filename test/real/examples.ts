import { getAtPointer, refToPointer } from '../../generator/load/refs.js';
import { isObject } from '../../generator/load/walk.js';

type Doc = Record<string, unknown>;

/** Which side of the exchange an example is for: requests omit readOnly properties, responses writeOnly ones. */
export type ExampleMode = 'request' | 'response';

/**
 * The example a spec gives for a media type: `example`, else the first of `examples` (an Example Object
 * `$ref` is followed to its `value`, as a human reader would), else one assembled from the schema's own
 * `example`s (see `exampleFromSchema`).
 */
export function mediaExample(doc: Doc, media: Doc, mode: ExampleMode): unknown {
  if ('example' in media) return structuredClone(media.example);
  if (isObject(media.examples)) {
    const first = resolve(doc, Object.values(media.examples)[0]);
    if (isObject(first) && 'value' in first) return structuredClone(first.value);
  }
  return exampleFromSchema(doc, media.schema, mode) ?? placeholder(resolve(doc, media.schema));
}

/**
 * An instance built from the `example`/`examples`/`default`/`enum` keywords written in the schema and its
 * subschemas; properties without any are left out unless required (then a typed placeholder fills in).
 * Undefined when the schema says nothing usable.
 */
export function exampleFromSchema(doc: Doc, raw: unknown, mode: ExampleMode, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (!isObject(schema) || depth > 12) return undefined;
  if ('example' in schema) return structuredClone(schema.example);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return structuredClone(schema.examples[0]);
  if ('default' in schema) return structuredClone(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => exampleFromSchema(doc, s, mode, depth + 1));
    return parts.every((p) => p === undefined || isObject(p)) ? Object.assign({}, ...parts) : parts.find((p) => p !== undefined);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) return list.map((s) => exampleFromSchema(doc, s, mode, depth + 1)).find((p) => p !== undefined);
  }
  if (isObject(schema.properties)) {
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const out: Record<string, unknown> = {};
    for (const [name, sub] of Object.entries(schema.properties)) {
      const prop = resolve(doc, sub);
      if (isObject(prop) && ((mode === 'request' && prop.readOnly === true) || (mode === 'response' && prop.writeOnly === true))) continue;
      const value = exampleFromSchema(doc, prop, mode, depth + 1);
      if (value !== undefined) out[name] = value;
      else if (required.has(name)) out[name] = placeholder(prop);
    }
    return out;
  }
  if (schema.type === 'array' && schema.items !== undefined) {
    const item = exampleFromSchema(doc, schema.items, mode, depth + 1);
    return item === undefined ? [] : [item];
  }
  return undefined;
}

/** A value of the schema's type for a required property the spec gives no example for. */
export function placeholder(schema: unknown): unknown {
  const s = isObject(schema) ? schema : {};
  switch (s.type) {
    case 'string':
      return ({ 'date-time': '2024-01-02T03:04:05Z', date: '2024-01-02', email: 'user@example.com', uri: 'https://example.com/' } as Record<string, string>)[String(s.format)] ?? 'text';
    case 'integer':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1.5;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return null;
  }
}

/** Follows local `$ref`s (3.0: siblings of `$ref` are ignored). */
export function resolve(doc: Doc, value: unknown): unknown {
  let current = value;
  for (let i = 0; i < 32 && isObject(current) && typeof current.$ref === 'string'; i++) {
    const pointer = refToPointer(current.$ref);
    current = pointer === undefined ? undefined : getAtPointer(doc, pointer);
  }
  return current;
}

/** Sets the value at a JSON pointer inside `target` (used to repair a spec example the validator rejects). */
export function setAtPointer(target: unknown, pointer: string, value: unknown): void {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.pop();
  const parent = getAtPointer(target, segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join(''));
  if (last === undefined || typeof parent !== 'object' || parent === null) throw new Error(`setAtPointer: no parent for ${pointer}`);
  (parent as Record<string, unknown>)[last] = value;
}
