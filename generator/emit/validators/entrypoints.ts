import type { OperationIR, ParameterIR, SchemaIR } from '../../ir/types.js';
import type { CheckModule } from './check-module.js';

/** Validation mode of a public validator (see runtime.ts); responses switch 3 → 2 with `strict`. */
export type Mode = 0 | 1 | 3;

/** One exported `validateX(value, options)` (and, for component schemas, `isX(value)`). */
export interface PublicValidator {
  name: string;
  guard?: string;
  /** The type from types.gen.ts the value is narrowed to. */
  typeName: string;
  /** The internal check it runs. */
  check: string;
  mode: Mode;
  doc: string;
}

const ANY: (pointer: string) => SchemaIR = (pointer) => ({ pointer, bool: true });

/**
 * The public validators in output order: component schemas (sorted by type name), then per operation
 * its request body, path/query/header parameters and responses. Queues their checks on `module`.
 */
export function publicValidators(module: CheckModule): PublicValidator[] {
  const out: PublicValidator[] = [];
  for (const s of module.api.schemas) {
    out.push({
      name: s.validatorName,
      guard: s.guardName,
      typeName: s.typeName,
      check: module.refCheck(s.pointer),
      mode: 0,
      doc: `Validates a \`${s.typeName}\` (#${s.pointer}) exactly as its JSON Schema says.`,
    });
  }
  for (const op of module.api.operations) out.push(...operationValidators(module, op));
  return out;
}

function operationValidators(module: CheckModule, op: OperationIR): PublicValidator[] {
  const out: PublicValidator[] = [];
  const where = `${op.method.toUpperCase()} ${op.path}`;
  const { names } = op;
  if (op.body) {
    const schema = op.body.primary.schema ?? ANY(op.body.pointer);
    out.push({
      name: names.validateBody,
      typeName: names.body,
      check: module.schemaCheck(`check${names.body}`, schema, `request body of ${where}`),
      mode: 1,
      doc: `Validates the request body of \`${where}\` (request mode: readOnly properties are rejected).`,
    });
  }
  const groups = [
    ['path', names.validatePathParams, names.pathParams],
    ['query', names.validateQueryParams, names.queryParams],
    ['header', names.validateHeaderParams, names.headerParams],
  ] as const;
  for (const [location, name, typeName] of groups) {
    const params = op.parameters[location];
    if (params.length === 0) continue;
    out.push({
      name,
      typeName,
      check: module.schemaCheck(`check${typeName}`, parameterObject(op, params), `${location} parameters of ${where}`),
      mode: 1,
      doc: `Validates the ${location} parameters of \`${where}\` (an object keyed by parameter name).`,
    });
  }
  for (const r of op.responses) {
    if (!r.primary) continue;
    out.push({
      name: r.validatorName,
      typeName: r.typeName,
      check: module.schemaCheck(`check${r.typeName}`, r.primary.schema ?? ANY(r.pointer), `${r.status} response of ${where}`),
      mode: 3,
      doc: `Validates the ${r.status} response body of \`${where}\` (tolerant unless \`strict\`: unknown enum values and extra properties are warnings).`,
    });
  }
  return out;
}

/** Parameters of one location as the object schema the `...Params` type describes. */
function parameterObject(op: OperationIR, params: ParameterIR[]): SchemaIR {
  return {
    pointer: `${op.pointer}/parameters`,
    types: ['object'],
    properties: params.map((p) => ({ name: p.name, required: p.required, schema: p.schema })),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}
