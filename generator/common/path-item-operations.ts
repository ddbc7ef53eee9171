import { HTTP_METHODS } from './http.js';
import { compareStrings } from './order.js';

/**
 * The operations of one Path Item Object, whatever OpenAPI version wrote it. 3.0 and 3.1 know the eight
 * fixed methods; 3.2 adds the fixed `query` field and `additionalOperations`, a map from any other HTTP
 * method (sent exactly as written: methods are case-sensitive, RFC 9110 §9.1) to an Operation Object.
 * A 3.1 document's `query` key is not an operation (the structure check warns about it), so its output
 * stays what it was.
 */
export interface PathItemOperation {
  /** The key naming it: a fixed field (`get`, `query`) or an `additionalOperations` key (`LINK`). */
  method: string;
  /** The method on the wire: `GET`, `QUERY`, `LINK`. */
  requestMethod: string;
  /** Segments from the Path Item to the Operation Object (`['get']`, `['additionalOperations', 'LINK']`). */
  at: string[];
  op: unknown;
}

/** The fixed method fields of a 3.2 Path Item in output order: the eight of 3.0/3.1, then `query`. */
export const FIXED_METHODS_32: readonly string[] = [...HTTP_METHODS, 'query'];

/** True for an `openapi` version string of 3.2 or later in the 3.x line. */
export function isOpenApi32(openapi: unknown): boolean {
  return typeof openapi === 'string' && /^3\.2\./.test(openapi);
}

/** The operations an item holds, fixed fields in canonical order, then additional ones by method. */
export function pathItemOperations(item: Record<string, unknown>, openapi: unknown): PathItemOperation[] {
  const is32 = isOpenApi32(openapi);
  const out: PathItemOperation[] = [];
  for (const method of is32 ? FIXED_METHODS_32 : HTTP_METHODS) {
    if (item[method] !== undefined) out.push({ method, requestMethod: method.toUpperCase(), at: [method], op: item[method] });
  }
  const extra = item.additionalOperations;
  if (is32 && typeof extra === 'object' && extra !== null && !Array.isArray(extra)) {
    for (const method of Object.keys(extra).sort(compareStrings)) {
      out.push({ method, requestMethod: method, at: ['additionalOperations', method], op: (extra as Record<string, unknown>)[method] });
    }
  }
  return out;
}

/** Sort rank of a method key: fixed fields in canonical order, then any other method (ties: by name). */
export function methodRank(method: string): number {
  const i = FIXED_METHODS_32.indexOf(method);
  return i === -1 ? FIXED_METHODS_32.length : i;
}
