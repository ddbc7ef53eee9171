import type { OperationIR, ParameterIR, SchemaIR } from '../../ir/types.js';
import type { ValidatorPlan } from '../../plan/types.js';
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
 * The public validators the plan lists, in its order (component schemas by type name, then per
 * operation its request body, path/query/header parameters and responses). Queues their checks on `module`.
 */
export function publicValidators(module: CheckModule): PublicValidator[] {
  return module.plan.validators.all.map((v) => publicValidator(module, v));
}

function publicValidator(module: CheckModule, v: ValidatorPlan): PublicValidator {
  const { name, guard, typeName, subject } = v;
  switch (subject.kind) {
    case 'schema': {
      const pointer = subject.schema.named.pointer;
      const doc = `Validates a \`${typeName}\` (#${pointer}) exactly as its JSON Schema says.`;
      return { name, guard, typeName, check: module.refCheck(pointer), mode: 0, doc };
    }
    case 'body': {
      const where = methodAndPath(subject.op);
      const schema = subject.body.primary.schema ?? ANY(subject.body.pointer);
      return {
        name,
        typeName,
        check: module.schemaCheck(v.check, schema, `request body of ${where}`),
        mode: 1,
        doc: `Validates the request body of \`${where}\` (request mode: readOnly properties are rejected).`,
      };
    }
    case 'params': {
      const { op, location } = subject;
      const where = methodAndPath(op);
      return {
        name,
        typeName,
        check: module.schemaCheck(v.check, parameterObject(op, op.parameters[location]), `${location} parameters of ${where}`),
        mode: 1,
        doc: `Validates the ${location} parameters of \`${where}\` (an object keyed by parameter name).`,
      };
    }
    case 'response': {
      const { op, response: r } = subject;
      const where = methodAndPath(op);
      return {
        name,
        typeName,
        check: module.schemaCheck(v.check, r.primary?.schema ?? ANY(r.pointer), `${r.status} response of ${where}`),
        mode: 3,
        doc: `Validates the ${r.status} response body of \`${where}\` (tolerant unless \`strict\`: unknown enum values and extra properties are warnings).`,
      };
    }
  }
}

function methodAndPath(op: OperationIR): string {
  return `${op.requestMethod} ${op.path}`;
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
