import type { ApiIR, SchemaIR } from '../../../generator/ir/types.js';
import type { ApiPlan } from '../../../generator/plan/types.js';
import { encodePointer } from './ajv.js';

/** One generated validator compared with ajv: what it is called, how, and the same schema for ajv. */
export interface Target {
  /** Exported validator name in validators.gen.ts. */
  name: string;
  /** Options that make the validator plain JSON Schema (responses in strict mode). */
  options?: { strict: true };
  /** The schema values are generated from. */
  schema: SchemaIR;
  /** The schema ajv compiles, its refs pointing into the document registered as `docId`. */
  ajvSchema: object;
}

/**
 * Every validator of an API whose mode equals plain JSON Schema: component schemas, request bodies and
 * parameters without readOnly (requests reject those, ajv does not know), responses in strict mode
 * without writeOnly (same reason). The modes themselves have their own unit tests.
 */
export function targetsOf(api: ApiIR, plan: ApiPlan, docId: string): Target[] {
  const ref = (pointer: string) => ({ $ref: `${docId}#${encodePointer(pointer)}` });
  const out: Target[] = plan.validators.all.flatMap((v) =>
    v.subject.kind === 'schema' ? [{ name: v.name, schema: v.subject.schema.named.schema, ajvSchema: ref(v.subject.schema.named.pointer) }] : [],
  );
  for (const op of api.operations) {
    const body = op.body?.primary.schema;
    if (body && !reaches(api, body, 'readOnly')) out.push({ name: plan.validators.body(op)!.name, schema: body, ajvSchema: ref(body.pointer) });
    for (const location of ['path', 'query', 'header'] as const) {
      const params = op.parameters[location];
      const name = plan.validators.params(op, location)?.name;
      if (!name || params.some((p) => reaches(api, p.schema, 'readOnly'))) continue;
      const schema: SchemaIR = {
        pointer: `${op.pointer}/parameters`,
        types: ['object'],
        properties: params.map((p) => ({ name: p.name, required: p.required, schema: p.schema })),
        required: params.filter((p) => p.required).map((p) => p.name),
      };
      const ajvSchema = {
        type: 'object',
        properties: Object.fromEntries(params.map((p) => [p.name, ref(p.schema.pointer)])),
        required: schema.required,
      };
      out.push({ name, schema, ajvSchema });
    }
    for (const r of op.responses) {
      const schema = r.primary?.schema;
      if (!schema || reaches(api, schema, 'writeOnly')) continue;
      out.push({ name: plan.validators.response(op, r)!.name, options: { strict: true }, schema, ajvSchema: ref(schema.pointer) });
    }
  }
  return out;
}

/** True when `flag` is set anywhere the schema reaches (through refs too). */
function reaches(api: ApiIR, schema: SchemaIR, flag: 'readOnly' | 'writeOnly'): boolean {
  const seen = new Set<SchemaIR>();
  const visit = (s: SchemaIR | undefined): boolean => {
    if (!s || seen.has(s)) return false;
    seen.add(s);
    if (s[flag]) return true;
    const children = [
      s.ref !== undefined ? api.schemaIndex[s.ref] : undefined,
      ...(s.properties ?? []).map((p) => p.schema),
      s.additionalProperties, s.items, s.contains, s.not, s.if, s.then, s.else, s.propertyNames,
      ...(s.prefixItems ?? []), ...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? []),
      ...(s.patternProperties ?? []).map((p) => p.schema),
    ];
    return children.some(visit);
  };
  return visit(schema);
}
