import openapiTS, { astToString } from 'openapi-typescript';
import { HTTP_METHODS } from '../common/http.js';
import { compareStrings } from '../common/order.js';
import type { ApiIR, OperationIR } from '../ir/types.js';
import { OUTPUT_FILES } from '../plan/files.js';
import type { ApiPlan, OperationPlan } from '../plan/types.js';
import { withoutRefsInData } from '../load/walk.js';
import { openFreeFormObjects } from './free-form-objects.js';
import { generatedHeader } from './header.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';

/**
 * types.gen.ts: openapi-typescript's output for the document, plus one named export per component
 * schema and per operation body, parameter group and response, so users import `Profile` instead of
 * `components['schemas']['Profile']`.
 */
export async function emitTypes(api: ApiIR, plan: ApiPlan, document: Record<string, unknown>, ctx: EmitContext): Promise<EmittedFile[]> {
  // `silent`: openapi-typescript must not print; `alphabetize: false` keeps property order from the spec.
  const input = canonicalOrder(withoutRefsInData(document) as Record<string, unknown>);
  openFreeFormObjects(input); // a private copy: the other emitters read `document` as written
  let ast;
  try {
    ast = await openapiTS(input as never, { silent: true, alphabetize: false });
  } catch (error) {
    // Known crashes are caught, located, by load/validate.ts; this keeps an unknown one a diagnostic, not a stack.
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    ctx.report({ code: 'SPEC_TYPES_FAILED', pointer: '', message: `openapi-typescript failed: ${message}` });
    return [];
  }
  const content = [
    generatedHeader(api),
    astToString(ast),
    '// Named exports, decided once in generator/plan/.',
    ...plan.schemas.map((s) => `export type ${s.typeName} = components['schemas'][${JSON.stringify(s.named.key)}];`),
    ...api.operations.flatMap((op) => operationAliases(op, plan.operation(op))),
    '',
  ].join('\n');
  return [{ path: OUTPUT_FILES.types, content, parser: 'typescript' }];
}

function operationAliases(op: OperationIR, names: OperationPlan): string[] {
  const at = `paths[${JSON.stringify(op.path)}][${JSON.stringify(op.method)}]`;
  const lines: string[] = [];
  if (op.body && names.body) {
    lines.push(`export type ${names.body} = NonNullable<${at}['requestBody']>['content'][${JSON.stringify(op.body.primary.contentType)}];`);
  }
  for (const where of ['path', 'query', 'header', 'cookie'] as const) {
    const name = names.params[where];
    if (name) lines.push(`export type ${name} = NonNullable<${at}['parameters'][${JSON.stringify(where)}]>;`);
  }
  for (const r of op.responses) {
    const key = /^\d{3}$/.test(r.status) ? r.status : JSON.stringify(r.status);
    const body = r.primary
      ? `${at}['responses'][${key}]['content'][${JSON.stringify(r.primary.contentType)}]`
      : 'undefined';
    lines.push(`export type ${names.response(r)} = ${body};`);
  }
  return lines;
}

/**
 * A copy of the document with paths, methods and component entries in a fixed order, so the output
 * does not depend on the order the spec author wrote them in. Schema properties keep spec order.
 */
export function canonicalOrder(document: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...document };
  if (isRecord(document.paths)) {
    out.paths = Object.fromEntries(
      sortedEntries(document.paths).map(([path, item]) => [path, isRecord(item) ? methodsInOrder(item) : item]),
    );
  }
  if (isRecord(document.components)) {
    out.components = Object.fromEntries(
      sortedEntries(document.components).map(([kind, map]) => [kind, isRecord(map) ? Object.fromEntries(sortedEntries(map)) : map]),
    );
  }
  return out;
}

function methodsInOrder(item: Record<string, unknown>): Record<string, unknown> {
  const rank = (k: string) => {
    const i = HTTP_METHODS.indexOf(k as never);
    return i === -1 ? -1 : i; // non-method keys (parameters, summary) first, in spec order
  };
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => rank(a) - rank(b)));
}

function sortedEntries(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).sort(([a], [b]) => compareStrings(a, b));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
