import { ALIAS_KEYWORDS } from '../common/json-schema.js';
import { diagnosticAt, fromPointer, toPointer, type Diagnostic } from '../diagnostics.js';
import { collectRefs, isObject, type RefSite } from './walk.js';
import type { LoadedSpec } from './read.js';

/** Turns a local `$ref` ('#/components/schemas/A%20B') into a JSON pointer ('/components/schemas/A B'). */
export function refToPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return toPointer(fromPointer(decodeURIComponent(ref.slice(1))));
  } catch {
    return undefined; // malformed percent-encoding: reported as not found
  }
}

/** The value at a JSON pointer, or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * Checks every `$ref` of the assembled document: local ones must resolve; one to another file or a URL
 * is left only where loading already reported it, or where an overlay brought it in (an error: an
 * overlay's refs point into the assembled document).
 */
export function checkRefs(spec: LoadedSpec): { sites: RefSite[]; diagnostics: Diagnostic[] } {
  const sites = collectRefs(spec.data);
  const diagnostics: Diagnostic[] = [];
  for (const site of sites) {
    const where = `${site.at}/$ref`;
    if (spec.unsettledRefs?.has(getAtPointer(spec.data, site.at) as object)) continue;
    const pointer = refToPointer(site.ref);
    if (pointer === undefined && !site.ref.startsWith('#')) {
      diagnostics.push(diagnosticAt(spec, where, 'SPEC_EXTERNAL_REF', `external $ref ${site.ref} is not followed (referenced from #${site.at})`));
    } else if (pointer === undefined || getAtPointer(spec.data, pointer) === undefined) {
      diagnostics.push(diagnosticAt(spec, where, 'SPEC_REF_NOT_FOUND', `${site.ref} not found (referenced from #${site.at})`));
    }
  }
  return { sites, diagnostics };
}

/**
 * Reports `$ref` cycles that no TypeScript type can express: a schema that is, through `$ref` and
 * allOf/anyOf/oneOf alone, its own alias (`A: {$ref: B}`, `B: {$ref: A}`). Cycles through an object
 * property or array item are fine (recursive types) and are not reported.
 */
export function checkRefCycles(spec: LoadedSpec, sites: RefSite[]): Diagnostic[] {
  const eager = new Map<string, string[]>();
  const eagerTargets = (pointer: string): string[] => {
    const cached = eager.get(pointer);
    if (cached) return cached;
    const targets: string[] = [];
    eager.set(pointer, targets);
    collectEager(getAtPointer(spec.data, pointer), targets);
    return targets;
  };
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const site of sites) {
    const start = refToPointer(site.ref);
    if (start === undefined || getAtPointer(spec.data, start) === undefined) continue;
    const cycle = findCycle(start, eagerTargets);
    if (!cycle) continue;
    const key = [...cycle].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    const first = [...cycle].sort()[0]!;
    diagnostics.push(
      diagnosticAt(spec, first, 'SPEC_REF_CYCLE', `$ref cycle cannot be emitted as a type: ${[...cycle, cycle[0]].map((p) => '#' + p).join(' -> ')}`),
    );
  }
  return diagnostics;
}

function collectEager(node: unknown, out: string[]): void {
  if (!isObject(node)) return;
  if (typeof node.$ref === 'string') {
    const target = refToPointer(node.$ref);
    if (target !== undefined) out.push(target);
  }
  for (const key of ALIAS_KEYWORDS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((s) => collectEager(s, out));
  }
}

/** Depth-first search for a cycle that returns to `start` through eager edges only. */
function findCycle(start: string, next: (p: string) => string[]): string[] | undefined {
  const stack: string[] = [];
  const seen = new Set<string>();
  const dfs = (p: string): string[] | undefined => {
    if (p === start && stack.length > 0) return [...stack];
    if (seen.has(p)) return undefined;
    seen.add(p);
    stack.push(p);
    for (const t of next(p)) {
      const found = dfs(t);
      if (found) return found;
    }
    stack.pop();
    return undefined;
  };
  return dfs(start);
}
