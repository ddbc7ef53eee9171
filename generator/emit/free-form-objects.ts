import { forEachSchemaRoot } from '../load/schema-roots.js';
import { isObject, walkSchema } from '../load/walk.js';

/**
 * openapi-typescript types an object schema without `properties` as `Record<string, never>`: an
 * object that takes nothing. JSON Schema reads it the other way round, and so do the validators and
 * the docs: any property, any JSON value. Marking such schemas `additionalProperties: true` in the copy
 * openapi-typescript reads makes it print `{ [key: string]: unknown }`.
 *
 * Its own `emptyObjectsUnknown` option is not used: it also opens objects that `additionalProperties:
 * false` (or `maxProperties: 0`) really closes, which keep `Record<string, never>` here.
 *
 * Mutates `document`, which must be the caller's private copy. Returns the number of schemas opened.
 */
export function openFreeFormObjects(document: Record<string, unknown>): number {
  let opened = 0;
  const visit = (schema: Record<string, unknown>) => {
    if (!isFreeFormObject(schema)) return;
    schema.additionalProperties = true;
    opened++;
  };
  for (const root of pathItemHolders(document)) forEachSchemaRoot(root, (schema, path) => walkSchema(schema, path, visit));
  return opened;
}

/** `type: object` (alone or with `null`) and nothing that names, limits or composes its properties. */
function isFreeFormObject(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  if (type !== 'object' && !(Array.isArray(type) && type.includes('object'))) return false;
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return false;
  if (isObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0) return false;
  if ('additionalProperties' in schema || schema.unevaluatedProperties === false || schema.maxProperties === 0) return false;
  return !['allOf', 'anyOf', 'oneOf', 'enum', 'const', '$defs'].some((k) => k in schema);
}

/**
 * The document itself (components and paths), then every other holder of path items as a document
 * of its own: webhooks, `components.pathItems`, and callbacks (which hold path items in turn).
 */
function pathItemHolders(document: Record<string, unknown>): Record<string, unknown>[] {
  const components = isObject(document.components) ? document.components : {};
  const holders: Record<string, unknown>[] = [document];
  const queue: unknown[] = [document.webhooks, components.pathItems, ...valuesOf(components.callbacks)];
  queueCallbacks(document.paths, queue);
  while (queue.length > 0) {
    const items = queue.shift();
    if (!isObject(items)) continue;
    holders.push({ paths: items });
    queueCallbacks(items, queue);
  }
  return holders;
}

/** The callbacks of every operation in a map of path items. */
function queueCallbacks(pathItems: unknown, queue: unknown[]): void {
  for (const item of valuesOf(pathItems)) {
    for (const op of valuesOf(item)) if (isObject(op)) queue.push(...valuesOf(op.callbacks));
  }
}

function valuesOf(value: unknown): unknown[] {
  return isObject(value) ? Object.values(value) : [];
}
