import { fromPointer, toPointer } from '../../generator/diagnostics.js';
import { getAtPointer, refToPointer } from '../../generator/load/refs.js';
import { collectRefs, isObject } from '../../generator/load/walk.js';

type Doc = Record<string, unknown>;

/** Top-level keys a reduced spec keeps as they are: they apply to every operation. */
const KEPT_TOP_LEVEL = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs'];

/** Path Item keys that are not operations; they apply to the kept operation too. */
const PATH_ITEM_SHARED = ['summary', 'description', 'servers', 'parameters'];

/**
 * A spec cut down to one operation: info, servers, security and every security scheme, the path item
 * with only `method`, and the transitive closure of the local `$ref`s it uses (schemas, parameters,
 * responses, request bodies, headers, examples...) plus discriminator mapping targets. Everything else
 * is dropped, so a 13 MB spec becomes a few kilobytes that still generate the same code for that operation.
 * Throws when the operation does not exist or a `$ref` points into `paths` (not needed by real specs yet).
 */
export function reduceSpec(doc: Doc, method: string, path: string): Doc {
  const item = isObject(doc.paths) ? doc.paths[path] : undefined;
  if (!isObject(item) || !isObject(item[method])) throw new Error(`reduceSpec: ${method.toUpperCase()} ${path} not found`);

  const out: Doc = {};
  for (const key of KEPT_TOP_LEVEL) if (key in doc) out[key] = doc[key];
  const keptItem: Doc = {};
  for (const key of PATH_ITEM_SHARED) if (key in item) keptItem[key] = item[key];
  keptItem[method] = item[method];
  out.paths = { [path]: keptItem };

  const components = isObject(doc.components) ? doc.components : {};
  const reducedComponents: Record<string, Doc> = {};
  if (isObject(components.securitySchemes)) reducedComponents.securitySchemes = components.securitySchemes;

  // Worklist over component entries ('/components/<kind>/<name>'); each is scanned once for further refs.
  const seen = new Set<string>();
  const pending = [...referencedEntries(keptItem)];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    if (seen.has(entry)) continue;
    seen.add(entry);
    const [, kind, name] = fromPointer(entry) as [string, string, string];
    const value = getAtPointer(doc, entry);
    (reducedComponents[kind] ??= {})[name] = value;
    pending.push(...referencedEntries(value));
  }
  // Component maps in the source order, so the reduced spec reads like the original.
  const ordered: Doc = {};
  for (const kind of Object.keys(components)) {
    const kept = reducedComponents[kind];
    if (!kept) continue;
    const source = components[kind] as Doc;
    ordered[kind] = Object.fromEntries(Object.keys(source).filter((k) => k in kept).map((k) => [k, kept[k]]));
  }
  if (Object.keys(ordered).length > 0) out.components = ordered;
  return out;
}

/** The component entries (`/components/<kind>/<name>`) a value refers to through `$ref` or a discriminator mapping. */
function referencedEntries(value: unknown): string[] {
  const refs = collectRefs(value).map((site) => site.ref);
  refs.push(...discriminatorTargets(value));
  const entries: string[] = [];
  for (const ref of refs) {
    const pointer = refToPointer(ref);
    if (pointer === undefined) continue; // external refs stay as they are; the generator reports them
    const segments = fromPointer(pointer);
    if (segments[0] !== 'components' || segments.length < 3) {
      throw new Error(`reduceSpec: $ref ${ref} does not point into components; not supported`);
    }
    entries.push(toPointer(segments.slice(0, 3)));
  }
  return entries;
}

/** `discriminator.mapping` values anywhere below `value` (they name schemas without a `$ref` key). */
function discriminatorTargets(value: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isObject(node)) return;
    const mapping = isObject(node.discriminator) ? node.discriminator.mapping : undefined;
    if (isObject(mapping)) {
      for (const target of Object.values(mapping)) {
        if (typeof target === 'string') out.push(target.startsWith('#') ? target : `#/components/schemas/${target}`);
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'example' && key !== 'examples') visit(child);
  };
  visit(value);
  return out;
}
