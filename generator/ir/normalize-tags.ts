import { isObject } from '../load/walk.js';
import type { TagIR } from './types.js';

/**
 * The top-level Tag Objects in spec order (a repeated name keeps its first entry). `summary`, `parent`
 * and `kind` are 3.2 fields: in an older document they are unknown fields (warned about, ignored).
 */
export function readTags(raw: unknown, is32: boolean): TagIR[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: TagIR[] = [];
  for (const tag of raw) {
    if (!isObject(tag) || typeof tag.name !== 'string' || seen.has(tag.name)) continue;
    seen.add(tag.name);
    const text = (key: string) => (typeof tag[key] === 'string' && (is32 || key === 'description') ? (tag[key] as string) : undefined);
    out.push({
      name: tag.name,
      ...(text('summary') !== undefined ? { summary: text('summary') } : {}),
      ...(text('description') !== undefined ? { description: text('description') } : {}),
      ...(text('parent') !== undefined ? { parent: text('parent') } : {}),
      ...(text('kind') !== undefined ? { kind: text('kind') } : {}),
    });
  }
  return out;
}
