/**
 * The one place the diff reads the generated client's names (client methods, exported types,
 * validators, createClient options). Everything else in generator/diff asks here, and every function
 * is given the API it names things of: the names are the plan's (generator/plan/), built once per API.
 */
import type { ApiIR, NamedSchemaIR, OperationIR, ResponseIR, SecuritySchemeIR } from '../ir/types.js';
import { planApi } from '../plan/plan.js';
import type { ApiPlan } from '../plan/types.js';

/** An exported name of the generated module and the spec node it comes from. */
export interface ExportedName {
  name: string;
  /** JSON pointer of the node that owns it (schema, operation, response, parameter list). */
  pointer: string;
  /** What it is, for messages: 'type', 'validator', 'type guard'. */
  kind: string;
  /** `METHOD /path` when an operation owns it. */
  operation?: string;
}

const plans = new WeakMap<ApiIR, ApiPlan>();

/** The plan of an API, built on first use. */
function planOf(api: ApiIR): ApiPlan {
  let plan = plans.get(api);
  if (!plan) plans.set(api, (plan = planApi(api)));
  return plan;
}

/** The response's operation in `api` (the plan names responses per operation). */
function operationOf(api: ApiIR, r: ResponseIR): OperationIR {
  const op = api.operations.find((o) => o.responses.includes(r));
  if (!op) throw new Error(`diff: response ${r.pointer} is not in this API`);
  return op;
}

/** The client method that calls an operation. */
export function methodName(api: ApiIR, op: OperationIR): string {
  return planOf(api).operation(op).method;
}

/** Exported type name of a component schema, by its pointer; undefined for anything else. */
export function schemaTypeName(api: ApiIR, pointer: string): string | undefined {
  return planOf(api).schema(pointer)?.typeName;
}

/** Type name of a response body (`UpdateProfileResponse200`). */
export function responseTypeName(api: ApiIR, r: ResponseIR): string {
  return planOf(api).operation(operationOf(api, r)).response(r);
}

/** Every export a response owns (its body type, and its validator when it has a body). */
export function responseExports(api: ApiIR, r: ResponseIR): string[] {
  const op = operationOf(api, r);
  const validator = planOf(api).validators.response(op, r);
  return [responseTypeName(api, r), ...(validator ? [validator.name] : [])];
}

/** Every export a request body owns. */
export function bodyExports(api: ApiIR, op: OperationIR): string[] {
  const plan = planOf(api);
  return [bodyTypeName(api, op), ...(plan.validators.body(op) ? [plan.validators.body(op)!.name] : [])];
}

/** Type name of an operation's request body. */
export function bodyTypeName(api: ApiIR, op: OperationIR): string {
  return planOf(api).operation(op).body!;
}

/** Type name of one parameter group (`…PathParams`, `…QueryParams`, `…Headers`, `…Cookies`). */
export function parameterGroupName(api: ApiIR, op: OperationIR, location: 'path' | 'query' | 'header' | 'cookie'): string {
  return planOf(api).operation(op).params[location]!;
}

/** The `createClient` option that carries a scheme's credential. */
export function clientOptionName(api: ApiIR, scheme: SecuritySchemeIR): string {
  return planOf(api).credentialOption(scheme);
}

/** Names a component schema owns: its type, validator and type guard. */
export function schemaExports(api: ApiIR, named: NamedSchemaIR): ExportedName[] {
  const validator = planOf(api).validators.all.find((v) => v.subject.kind === 'schema' && v.subject.schema.named === named)!;
  return [
    { name: validator.typeName, pointer: named.pointer, kind: 'type' },
    { name: validator.name, pointer: named.pointer, kind: 'validator' },
    { name: validator.guard!, pointer: named.pointer, kind: 'type guard' },
  ];
}

/** Names an operation owns, as the emitters export them (types.gen.ts, client.gen.ts, validators.gen.ts). */
export function operationExports(api: ApiIR, op: OperationIR): ExportedName[] {
  const operation = `${op.method.toUpperCase()} ${op.path}`;
  const plan = planOf(api);
  const names = plan.operation(op);
  const out: ExportedName[] = [
    { name: names.request, pointer: op.pointer, kind: 'type', operation },
    { name: names.result, pointer: op.pointer, kind: 'type', operation },
  ];
  if (op.body && names.body) {
    out.push({ name: names.body, pointer: op.body.pointer, kind: 'type', operation });
    out.push({ name: plan.validators.body(op)!.name, pointer: op.body.pointer, kind: 'validator', operation });
  }
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const typeName = names.params[location];
    if (!typeName) continue;
    const pointer = `${op.pointer}/parameters`;
    out.push({ name: typeName, pointer, kind: 'type', operation });
    const validator = location === 'cookie' ? undefined : plan.validators.params(op, location);
    if (validator) out.push({ name: validator.name, pointer, kind: 'validator', operation });
  }
  for (const r of op.responses) {
    out.push({ name: names.response(r), pointer: r.pointer, kind: 'type', operation });
    const validator = plan.validators.response(op, r);
    if (validator) out.push({ name: validator.name, pointer: r.pointer, kind: 'validator', operation });
  }
  return out;
}

/** Every spec-derived exported name of the generated module. */
export function exportedNames(api: ApiIR): ExportedName[] {
  return [...planOf(api).schemas.flatMap((s) => schemaExports(api, s.named)), ...api.operations.flatMap((op) => operationExports(api, op))];
}
