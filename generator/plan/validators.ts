import type { ApiIR, OperationIR, ResponseIR } from '../ir/types.js';
import { checkName, guardName, validatorName } from './symbols.js';
import type { OperationPlan, SchemaPlan, ValidatedLocation, ValidatorPlan, ValidatorSubject, ValidatorsPlan } from './types.js';

/** Parameter locations with a validator, in output order. */
const VALIDATED_LOCATIONS: readonly ValidatedLocation[] = ['path', 'query', 'header'];

/**
 * validators.gen.ts's exports: a validator and a guard per component schema; per operation one
 * validator for the request body, one per path/query/header parameter group that has parameters, and
 * one per response with a body. The client references only validators listed here.
 */
export function planValidators(api: ApiIR, schemas: readonly SchemaPlan[], operation: (op: OperationIR) => OperationPlan): ValidatorsPlan {
  const all: ValidatorPlan[] = [];
  const byPointer = new Map<string, string>();
  const bodies = new Map<OperationIR, ValidatorPlan>();
  const params = new Map<OperationIR, Partial<Record<ValidatedLocation, ValidatorPlan>>>();
  const responses = new Map<ResponseIR, ValidatorPlan>();
  const add = (typeName: string, subject: ValidatorSubject, guard?: string): ValidatorPlan => {
    const validator = { name: validatorName(typeName), guard, typeName, check: checkName(typeName), subject };
    all.push(validator);
    return validator;
  };

  for (const schema of schemas) {
    const v = add(schema.typeName, { kind: 'schema', schema }, guardName(schema.typeName));
    byPointer.set(schema.named.pointer, v.check);
  }
  for (const op of api.operations) {
    const names = operation(op);
    if (op.body && names.body) bodies.set(op, add(names.body, { kind: 'body', op, body: op.body }));
    const groups: Partial<Record<ValidatedLocation, ValidatorPlan>> = {};
    for (const location of VALIDATED_LOCATIONS) {
      const typeName = names.params[location];
      if (typeName) groups[location] = add(typeName, { kind: 'params', op, location });
    }
    params.set(op, groups);
    for (const r of op.responses) {
      if (r.primary) responses.set(r, add(names.response(r), { kind: 'response', op, response: r }));
    }
  }
  return {
    all,
    schemaCheck: (pointer) => byPointer.get(pointer),
    body: (op) => bodies.get(op),
    params: (op, location) => params.get(op)?.[location],
    response: (_op, r) => responses.get(r),
  };
}
