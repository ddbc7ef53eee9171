import { fromPointer } from '../diagnostics.js';
import { getAtPointer, refToPointer } from '../load/refs.js';
import { isObject } from '../load/walk.js';
import type { SchemaIR } from './types.js';

/** Converts a raw schema found at `path` (normalize-schema.ts, with the document's options bound). */
export type SchemaReader = (raw: unknown, path: (string | number)[]) => SchemaIR;

/** A resolved object with the pointer it really lives at (a `$ref`'s target, or where it stands). */
export interface Located {
  value: Record<string, unknown>;
  path: (string | number)[];
}

/** Follows a Reference Object (parameters, bodies, responses) to what it points at, at most 32 hops. */
export function deref(data: unknown, value: unknown, path: (string | number)[], depth = 0): Located | undefined {
  if (isObject(value) && typeof value.$ref === 'string' && depth < 32) {
    const pointer = refToPointer(value.$ref);
    if (pointer === undefined) return undefined;
    return deref(data, getAtPointer(data, pointer), fromPointer(pointer), depth + 1);
  }
  return isObject(value) ? { value, path } : undefined;
}
