import { CHILD_KEYS, CHILD_KEYWORDS, childKeywords } from '../common/json-schema.js';
import { toPointer } from '../diagnostics.js';

/** A `$ref` found in the document, with the pointer of the object that holds it. */
export interface RefSite {
  ref: string;
  /** Pointer of the object holding `$ref`. */
  at: string;
}

/** Keys whose values are data, not spec structure: a `$ref` in there is an example value, never resolved. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/** Keys whose values map user-chosen names to objects, so a child key literally named `$ref` is a name. */
const NAME_MAP_KEYS = new Set<string>([
  ...childKeywords('map'), 'schemas', 'responses',
  'parameters', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths',
  'variables', 'mapping', 'content', 'encoding', 'webhooks',
  // A map of Example Objects: GitHub names its examples `default`, which must not read as the data keyword.
  'examples',
]);

/**
 * Every `$ref` of the document in document order. Example values (`example`, `examples` arrays and
 * Example Object `value`s) and `x-` extensions are skipped: their contents are data (issue: never resolve
 * `$ref` inside example values).
 */
export function collectRefs(root: unknown): RefSite[] {
  const sites: RefSite[] = [];
  const visit = (node: unknown, path: (string | number)[], inNameMap: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i], false));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (!inNameMap && key === '$ref' && typeof value === 'string') {
        sites.push({ ref: value, at: toPointer(path) });
        continue;
      }
      if (!inNameMap && (key.startsWith('x-') || isDataKey(key, value))) continue;
      visit(value, [...path, key], !inNameMap && NAME_MAP_KEYS.has(key));
    }
  };
  visit(root, [], false);
  return sites;
}

/**
 * True when some `$ref` of the document (by collectRefs' rules) satisfies `test`; stops at the first.
 * Builds no pointers: every spec is asked whether it references other files, GitHub's 13 MB one too.
 */
export function someRef(root: unknown, test: (ref: string) => boolean): boolean {
  const visit = (node: unknown, inNameMap: boolean): boolean => {
    if (Array.isArray(node)) return node.some((item) => visit(item, false));
    if (!isObject(node)) return false;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      const value = node[key];
      if (!inNameMap && key === '$ref' && typeof value === 'string') {
        if (test(value)) return true;
        continue;
      }
      if (!inNameMap && (key.startsWith('x-') || isDataKey(key, value))) continue;
      if (typeof value === 'object' && value !== null && visit(value, !inNameMap && NAME_MAP_KEYS.has(key))) return true;
    }
    return false;
  };
  return visit(root, false);
}

/** `examples` is data when it is a schema's array; a map of Example Objects may hold `$ref`s. */
function isDataKey(key: string, value: unknown): boolean {
  if (key === 'examples') return Array.isArray(value);
  return DATA_KEYS.has(key);
}

/** True for a plain (non-array) object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit(schema, pointerSegments)` for a schema and every subschema below it (refs are not followed). */
export function walkSchema(
  schema: unknown,
  path: (string | number)[],
  visit: (schema: Record<string, unknown>, path: (string | number)[]) => void,
): void {
  if (!isObject(schema)) return;
  visit(schema, path);
  for (const key of CHILD_KEYS) {
    const value = schema[key];
    if (value === undefined) continue;
    const shape = CHILD_KEYWORDS[key].shape;
    if (shape === 'map') {
      if (isObject(value)) for (const [name, sub] of Object.entries(value)) walkSchema(sub, [...path, key, name], visit);
    } else if (Array.isArray(value)) {
      // A list keyword, or the draft-4 tuple `items: [...]` that some 3.0 specs use (walked like prefixItems).
      value.forEach((sub, i) => walkSchema(sub, [...path, key, i], visit));
    } else if (shape === 'schema') {
      walkSchema(value, [...path, key], visit);
    }
  }
}

/**
 * A copy of the document without data values (examples, defaults, `x-` extensions) that contain a
 * `$ref` key. openapi-typescript's bundler would otherwise try to resolve them, even over the network;
 * for us they are data and stay unresolved.
 */
export function withoutRefsInData(root: unknown): unknown {
  const copy = (node: unknown, inNameMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, false));
    if (!isObject(node)) return node;
    const entries: [string, unknown][] = [];
    for (const [key, value] of Object.entries(node)) {
      const isData = !inNameMap && (key.startsWith('x-') || isDataKey(key, value) || key === 'examples');
      if (isData && containsRefKey(value)) continue;
      entries.push([key, isData ? value : copy(value, !inNameMap && NAME_MAP_KEYS.has(key))]);
    }
    // fromEntries keeps a `__proto__` key as an own property (assigning it would set the prototype).
    return Object.fromEntries(entries);
  };
  return copy(root, false);
}

function containsRefKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsRefKey);
  if (!isObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === '$ref' || containsRefKey(v));
}
