import { compareStrings } from '../../common/order.js';
import type { ApiIR, SchemaIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { walkSchemaIR } from '../../plan/walk.js';

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
export function schemaUsage(api: ApiIR, plan: ApiPlan): Map<string, UsageSite[]> {
  const usage = new Map<string, UsageSite[]>();
  const note = (pointer: string, site: UsageSite) => {
    if (!plan.schema(pointer)) return;
    const sites = usage.get(pointer) ?? [];
    if (!sites.some((s) => s.docPath === site.docPath)) sites.push(site);
    usage.set(pointer, sites);
  };
  for (const op of api.operations) {
    const names = plan.operation(op);
    const site = { docPath: names.docPath, label: names.title };
    const schemas = [
      ...Object.values(op.parameters).flat().map((p) => p.schema),
      ...(op.body?.content.flatMap((m) => (m.schema ? [m.schema] : [])) ?? []),
      ...op.responses.flatMap((r) => [...r.content.flatMap((m) => (m.schema ? [m.schema] : [])), ...r.headers.map((h) => h.schema)]),
    ];
    for (const schema of schemas) for (const ref of directRefs(schema)) note(ref, site);
  }
  for (const named of plan.schemas) {
    const site = { docPath: named.docPath, label: named.typeName };
    for (const ref of directRefs(named.named.schema)) if (ref !== named.named.pointer) note(ref, site);
  }
  for (const sites of usage.values()) sites.sort((a, b) => compareStrings(a.docPath, b.docPath));
  return usage;
}

/** Refs reachable inside one schema without following any ref. */
function directRefs(schema: SchemaIR): string[] {
  const refs: string[] = [];
  walkSchemaIR(schema, (s) => {
    if (s.ref) refs.push(s.ref);
  });
  return refs;
}
