import type { ApiIR, SchemaIR } from '../../ir/types.js';

/** A page that refers to a component schema. */
export interface UsageSite {
  docPath: string;
  /** Plain text label (escaped by the caller). */
  label: string;
}

/**
 * For each component schema pointer, the operation and schema pages that reference it directly,
 * so every schema page can link back to where it is used. Sorted by page path.
 */
export function schemaUsage(api: ApiIR): Map<string, UsageSite[]> {
  const usage = new Map<string, UsageSite[]>();
  const note = (pointer: string, site: UsageSite) => {
    if (!api.namedByPointer[pointer]) return;
    const sites = usage.get(pointer) ?? [];
    if (!sites.some((s) => s.docPath === site.docPath)) sites.push(site);
    usage.set(pointer, sites);
  };
  for (const op of api.operations) {
    const site = { docPath: op.names.docPath, label: op.summary ?? `${op.method.toUpperCase()} ${op.path}` };
    const schemas = [
      ...Object.values(op.parameters).flat().map((p) => p.schema),
      ...(op.body?.content.flatMap((m) => (m.schema ? [m.schema] : [])) ?? []),
      ...op.responses.flatMap((r) => [...r.content.flatMap((m) => (m.schema ? [m.schema] : [])), ...r.headers.map((h) => h.schema)]),
    ];
    for (const schema of schemas) for (const ref of directRefs(schema)) note(ref, site);
  }
  for (const named of api.schemas) {
    const site = { docPath: named.docPath, label: named.typeName };
    for (const ref of directRefs(named.schema)) if (ref !== named.pointer) note(ref, site);
  }
  for (const sites of usage.values()) sites.sort((a, b) => (a.docPath < b.docPath ? -1 : a.docPath > b.docPath ? 1 : 0));
  return usage;
}

/** Refs reachable inside one schema without following any ref. */
function directRefs(schema: SchemaIR): string[] {
  const refs: string[] = [];
  const visit = (s: SchemaIR | undefined) => {
    if (!s) return;
    if (s.ref) refs.push(s.ref);
    for (const p of s.properties ?? []) visit(p.schema);
    for (const p of s.patternProperties ?? []) visit(p.schema);
    for (const list of [s.allOf, s.anyOf, s.oneOf, s.prefixItems]) for (const child of list ?? []) visit(child);
    for (const child of [s.additionalProperties, s.items, s.contains, s.not, s.if, s.then, s.else, s.propertyNames]) visit(child);
  };
  visit(schema);
  return refs;
}
