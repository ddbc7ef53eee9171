import { createHash } from 'node:crypto';
import type { SchemaIR } from '../../ir/types.js';

/** Keywords that never change what a schema accepts (readOnly/writeOnly do: they stay in the key). */
const ANNOTATIONS = new Set(['pointer', 'title', 'description', 'default', 'examples', 'deprecated', 'sourceNote']);

/** Keywords whose values are JSON data, not schemas: compared as they are. */
const DATA = new Set(['const', 'enum']);

const keys = new WeakMap<SchemaIR, string>();

/**
 * A short key, equal for schemas that validate the same way wherever they stand: the keywords without
 * annotations or pointers, each subschema replaced by its own key (memoised, so a spec is hashed once,
 * bottom-up). Large specs repeat inline schemas verbatim — GitHub's webhook payloads inline the same
 * `user` object hundreds of times — and one check per key keeps validators.gen.ts small.
 */
export function schemaKey(schema: SchemaIR): string {
  const known = keys.get(schema);
  if (known) return known;
  const own: Record<string, unknown> = {};
  for (const k of Object.keys(schema).sort()) {
    if (ANNOTATIONS.has(k)) continue;
    const value = (schema as unknown as Record<string, unknown>)[k];
    own[k] = DATA.has(k) ? value : canonical(value);
  }
  const key = createHash('sha1').update(JSON.stringify(own)).digest('base64');
  keys.set(schema, key);
  return key;
}

/** Subschemas (objects with a `pointer`) by key; property and pattern entries with sorted keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  if ('pointer' in value) return `#${schemaKey(value as SchemaIR)}`;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
  );
}
