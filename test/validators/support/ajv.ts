import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { FORMAT_RULES } from '../../../generator/emit/validators/formats.js';
import { emitValidators } from '../../../generator/emit/validators.js';
import type { ApiIR, NamedSchemaIR } from '../../../generator/ir/types.js';
import { planApi } from '../../../generator/plan/plan.js';
import { importValidators } from './load.js';

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** Our format checks, one `(value) => boolean` per format, taken from real generated validators. */
export async function ourFormatChecks(): Promise<Map<string, (value: unknown) => boolean>> {
  const schemas: NamedSchemaIR[] = FORMAT_RULES.map((f, i) => {
    const pointer = `/components/schemas/F${i}`;
    return { key: `F${i}`, pointer, schema: { pointer, types: [f.type], format: f.name } };
  });
  const api: ApiIR = {
    specFile: 'formats.yaml', openapiVersion: '3.1.0', title: 'formats', version: '1',
    servers: [], tags: [], securitySchemes: [], operations: [], schemas,
    schemaIndex: Object.fromEntries(schemas.map((s) => [s.pointer, s.schema])),
  };
  const plan = planApi(api);
  const [file] = await emitValidators(api, plan, { report: () => undefined });
  const module = await importValidators(file!.content);
  const guard = (i: number) => plan.validators.all.find((v) => v.subject.kind === 'schema' && v.subject.schema.named.key === `F${i}`)!.guard!;
  return new Map(FORMAT_RULES.map((f, i) => [f.name, (value: unknown) => Boolean(module[guard(i)]!(value))]));
}

/**
 * ajv 8 (draft 2020-12) as the reference: all errors (unless `allErrors: false`), ajv-formats "full", and our definitions for the
 * formats where ajv-formats has none or means something else (`ajvOverride` in the format table).
 */
export function referenceAjv(ours: Map<string, (value: unknown) => boolean>, options: { allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: options.allErrors ?? true, strict: false, validateSchema: false, validateFormats: true });
  addFormats(ajv);
  for (const rule of FORMAT_RULES) {
    if (!rule.ajvOverride) continue;
    const check = ours.get(rule.name)!;
    if (rule.type === 'number') ajv.addFormat(rule.name, { type: 'number', validate: (value: number) => check(value) });
    else ajv.addFormat(rule.name, { type: 'string', validate: (value: string) => check(value) });
  }
  return ajv;
}

/** Registers a whole OpenAPI document under `id`, so `id#<pointer>` refs reach any schema in it. */
export function addDocument(ajv: Ajv2020, id: string, doc: unknown): void {
  ajv.addSchema({ ...(doc as object), $id: id });
}

/** A compiled ajv validator for the schema at `pointer` of a registered document. */
export function compileAt(ajv: Ajv2020, id: string, pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `${id}#${encodePointer(pointer)}` });
}

/** JSON pointer as a URI fragment (RFC 6901 §6): percent-encode what a fragment cannot hold. */
export function encodePointer(pointer: string): string {
  return pointer.split('/').map((s) => encodeURIComponent(s).replace(/%24/g, '$')).join('/');
}
