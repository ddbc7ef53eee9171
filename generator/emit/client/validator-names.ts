import type { ApiIR } from '../../ir/types.js';

/**
 * The validator names validators.gen.ts exports, per the contract (generator/emit/validators/
 * entrypoints.ts follows it): a body validator per request body, one per path/query/header parameter
 * group that has parameters, and one per response with a body. Derived from the IR rather than from a
 * second run of the validators emitter, which would double its cost.
 */
export function exportedValidators(api: ApiIR): Set<string> {
  const names = new Set<string>();
  for (const op of api.operations) {
    if (op.body) names.add(op.names.validateBody);
    if (op.parameters.path.length > 0) names.add(op.names.validatePathParams);
    if (op.parameters.query.length > 0) names.add(op.names.validateQueryParams);
    if (op.parameters.header.length > 0) names.add(op.names.validateHeaderParams);
    for (const r of op.responses) if (r.primary) names.add(r.validatorName);
  }
  return names;
}
