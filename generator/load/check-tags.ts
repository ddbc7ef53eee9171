import { isOpenApi32 } from '../common/path-item-operations.js';
import { diagnosticAt, toPointer, type Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from './read.js';
import { isObject } from './walk.js';

/**
 * OpenAPI 3.2 tag `parent`: it MUST name a tag of the document, and parents MUST NOT form a cycle
 * (§4.7.1). The docs nest groups by it, so a broken chain is an error at the `parent` that breaks it.
 */
export function checkTagParents(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  if (!isOpenApi32(doc.openapi) || !Array.isArray(doc.tags)) return [];
  const parents = new Map<string, string | undefined>();
  doc.tags.forEach((tag) => {
    if (isObject(tag) && typeof tag.name === 'string' && !parents.has(tag.name)) parents.set(tag.name, typeof tag.parent === 'string' ? tag.parent : undefined);
  });
  const out: Diagnostic[] = [];
  doc.tags.forEach((tag, i) => {
    if (!isObject(tag) || typeof tag.name !== 'string' || typeof tag.parent !== 'string') return;
    const at = toPointer(['tags', i, 'parent']);
    if (!parents.has(tag.parent)) {
      out.push(diagnosticAt(spec, at, 'SPEC_INVALID_VALUE', `tag parent "${tag.parent}" is not a tag of this document`));
      return;
    }
    const seen = new Set<string>([tag.name]);
    for (let next: string | undefined = tag.parent; next !== undefined; next = parents.get(next)) {
      if (seen.has(next)) {
        out.push(diagnosticAt(spec, at, 'SPEC_INVALID_VALUE', `tag "${tag.name}" is its own ancestor through parent "${tag.parent}"`));
        break;
      }
      seen.add(next);
    }
  });
  return out;
}
