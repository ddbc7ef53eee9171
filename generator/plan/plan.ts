import { compareStrings } from '../common/order.js';
import type { ApiIR, OperationIR, ParameterLocation, ResponseIR, SecuritySchemeIR } from '../ir/types.js';
import { credentialOptions } from './credentials.js';
import { planDocs } from './docs.js';
import { boundedFileName, DOCS_PAGES } from './files.js';
import { buildNameTable } from './name-table.js';
import { builtinReason, slugFromFile } from './names.js';
import { OPERATION_TYPE_SUFFIXES, PARAMS_SUFFIX, responseTypeName } from './symbols.js';
import type { ApiPlan, OperationPlan, SchemaPlan } from './types.js';
import { planValidators } from './validators.js';

/**
 * The plan of one API: every name and path, decided once, after the IR and before any emitter.
 * Names settle in an order that does not depend on the order of schemas or paths in the spec
 * (name-table.ts); each symbol is spelled from its base name in symbols.ts.
 */
export function planApi(api: ApiIR, pages: { changelog?: boolean } = {}): ApiPlan {
  const table = buildNameTable(
    api.schemas.map((s) => s.key),
    api.operations.map((op) => ({
      key: operationKey(op),
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      statuses: op.responses.map((r) => r.status),
      // A rename is reported at the operationId, or at the operation when it has none.
      pointer: op.operationId ? `${op.pointer}/operationId` : op.pointer,
    })),
  );
  const slug = slugFromFile(api.specFile);

  const schemas: SchemaPlan[] = api.schemas
    .map((named) => {
      const typeName = table.schemaTypes.get(named.key)!;
      return { named, typeName, docPath: `${DOCS_PAGES.schemasDir}/${boundedFileName(typeName, '.md')}` };
    })
    .sort((a, b) => compareStrings(a.typeName, b.typeName));
  const byPointer = new Map(schemas.map((s) => [s.named.pointer, s]));

  const operations = new Map<OperationIR, OperationPlan>();
  for (const op of api.operations) {
    const { method, base } = table.operations.get(operationKey(op))!;
    operations.set(op, operationPlan(op, method, base));
  }
  const operation = (op: OperationIR): OperationPlan => {
    const planned = operations.get(op);
    if (!planned) throw new Error(`plan: ${op.requestMethod} ${op.path} is not an operation of this API`);
    return planned;
  };

  const credentials = credentialOptions(api.securitySchemes);
  const renames = [...table.renames, ...credentials.renames];
  const plan: ApiPlan = {
    slug,
    schemas,
    schema: (pointer) => byPointer.get(pointer),
    operation,
    credentialOption: (scheme: SecuritySchemeIR) => credentials.options.get(scheme)!,
    validators: planValidators(api, schemas, operation),
    docs: planDocs(api, slug, schemas, operation, { changelog: pages.changelog ?? false }),
    renames: renames.map((r) => ({
      code: 'SPEC_NAME_COLLISION',
      pointer: r.pointer,
      message: `${r.kind} ${r.source} is named ${r.final} because ${r.reason === 'builtin' ? builtinReason(r.proposed) : `${r.proposed} is taken`}`,
    })),
    resolve: (pointer) => api.schemaIndex[pointer],
  };
  return plan;
}

/** The identity of an operation in the name table: `METHOD /path`. */
function operationKey(op: OperationIR): string {
  return `${op.requestMethod} ${op.path}`;
}

function operationPlan(op: OperationIR, method: string, base: string): OperationPlan {
  const params: Partial<Record<ParameterLocation, string>> = {};
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    if (op.parameters[location].length > 0) params[location] = base + OPERATION_TYPE_SUFFIXES[PARAMS_SUFFIX[location]];
  }
  const responses = new Map<ResponseIR, string>(op.responses.map((r) => [r, responseTypeName(base, r.status)]));
  return {
    method,
    request: base + OPERATION_TYPE_SUFFIXES.request,
    result: base + OPERATION_TYPE_SUFFIXES.result,
    body: op.body ? base + OPERATION_TYPE_SUFFIXES.body : undefined,
    params,
    response: (r) => {
      const name = responses.get(r);
      if (name === undefined) throw new Error(`plan: response ${r.status} is not one of ${op.requestMethod} ${op.path}`);
      return name;
    },
    docPath: `${DOCS_PAGES.operationsDir}/${boundedFileName(method, '.md')}`,
    title: op.summary ?? `${op.requestMethod} ${op.path}`,
  };
}
