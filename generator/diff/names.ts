/**
 * The one place the diff reads the generated client's names (client methods, exported types,
 * validators, createClient options). Everything else in generator/diff asks here, and every function
 * is given the API it names things of, so when naming moves to another stage only this file changes.
 * Today the names live on the IR (`api` is then unused by most).
 */
import type { ApiIR, NamedSchemaIR, OperationIR, ResponseIR, SecuritySchemeIR } from '../ir/types.js';

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

/** The client method that calls an operation. */
export function methodName(_api: ApiIR, op: OperationIR): string {
  return op.names.method;
}

/** Exported type name of a component schema, by its pointer; undefined for anything else. */
export function schemaTypeName(api: ApiIR, pointer: string): string | undefined {
  return api.namedByPointer[pointer]?.typeName;
}

/** Type name of a response body (`UpdateProfileResponse200`). */
export function responseTypeName(_api: ApiIR, r: ResponseIR): string {
  return r.typeName;
}

/** Every export a response owns (its body type, and its validator when it has a body). */
export function responseExports(_api: ApiIR, r: ResponseIR): string[] {
  return r.primary ? [r.typeName, r.validatorName] : [r.typeName];
}

/** Every export a request body owns. */
export function bodyExports(_api: ApiIR, op: OperationIR): string[] {
  return [op.names.body, op.names.validateBody];
}

/** Type name of an operation's request body. */
export function bodyTypeName(_api: ApiIR, op: OperationIR): string {
  return op.names.body;
}

/** Type name of one parameter group (`…PathParams`, `…QueryParams`, `…Headers`, `…Cookies`). */
export function parameterGroupName(_api: ApiIR, op: OperationIR, location: 'path' | 'query' | 'header' | 'cookie'): string {
  const { names } = op;
  return { path: names.pathParams, query: names.queryParams, header: names.headerParams, cookie: names.cookieParams }[location];
}

/** The `createClient` option that carries a scheme's credential. */
export function clientOptionName(_api: ApiIR, scheme: SecuritySchemeIR): string {
  return scheme.optionName;
}

/** Names a component schema owns: its type, validator and type guard. */
export function schemaExports(_api: ApiIR, named: NamedSchemaIR): ExportedName[] {
  return [
    { name: named.typeName, pointer: named.pointer, kind: 'type' },
    { name: named.validatorName, pointer: named.pointer, kind: 'validator' },
    { name: named.guardName, pointer: named.pointer, kind: 'type guard' },
  ];
}

/** Names an operation owns, as the emitters export them (types.gen.ts, client.gen.ts, validators.gen.ts). */
export function operationExports(_api: ApiIR, op: OperationIR): ExportedName[] {
  const operation = `${op.method.toUpperCase()} ${op.path}`;
  const { names } = op;
  const out: ExportedName[] = [
    { name: names.request, pointer: op.pointer, kind: 'type', operation },
    { name: names.result, pointer: op.pointer, kind: 'type', operation },
  ];
  if (op.body) {
    out.push({ name: names.body, pointer: op.body.pointer, kind: 'type', operation });
    out.push({ name: names.validateBody, pointer: op.body.pointer, kind: 'validator', operation });
  }
  const groups = [
    ['path', names.pathParams, names.validatePathParams],
    ['query', names.queryParams, names.validateQueryParams],
    ['header', names.headerParams, names.validateHeaderParams],
    ['cookie', names.cookieParams, undefined],
  ] as const;
  for (const [location, typeName, validator] of groups) {
    const params = op.parameters[location];
    if (params.length === 0) continue;
    const pointer = `${op.pointer}/parameters`;
    out.push({ name: typeName, pointer, kind: 'type', operation });
    if (validator) out.push({ name: validator, pointer, kind: 'validator', operation });
  }
  for (const r of op.responses) {
    out.push({ name: r.typeName, pointer: r.pointer, kind: 'type', operation });
    if (r.primary) out.push({ name: r.validatorName, pointer: r.pointer, kind: 'validator', operation });
  }
  return out;
}

/** Every spec-derived exported name of the generated module. */
export function exportedNames(api: ApiIR): ExportedName[] {
  return [...api.schemas.flatMap((s) => schemaExports(api, s)), ...api.operations.flatMap((op) => operationExports(api, op))];
}
