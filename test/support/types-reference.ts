import { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { generatedHeader } from '../../generator/emit/header.js';
import { namedExports, openapiTypes } from '../../generator/emit/types.js';
import { printTypesModule, type PrintedTypesModule } from '../../generator/emit/types/module.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import { planApi } from '../../generator/plan/plan.js';
import type { OperationPlan } from '../../generator/plan/types.js';

/**
 * types.gen.ts two ways from one openapi-typescript AST: the printer's text, and the reference the
 * generator produced before the printer existed (TypeScript's printer, the named exports as text,
 * then prettier with its `typescript` parser). The printer must give the reference's bytes.
 */
export async function typesBothWays(api: ApiIR, document: Record<string, unknown>): Promise<{ printed: PrintedTypesModule; reference: string }> {
  const plan = planApi(api);
  const { ast, restore } = await openapiTypes(document);
  const printed = await printTypesModule({
    header: generatedHeader(api) + '\n',
    declarations: ast,
    aliases: namedExports(api, plan),
    aliasesComment: COMMENT,
    ctx: { restore, depth: 0 },
    format: (source) => prettier.format(source, { ...PRETTIER_OPTIONS, parser: 'typescript' }),
  });
  const raw = [generatedHeader(api), restore(astToString(ast)), COMMENT, ...plan.schemas.map((s) => `export type ${s.typeName} = components['schemas'][${JSON.stringify(s.named.key)}];`), ...api.operations.flatMap((op) => operationAliases(op, plan.operation(op))), ''].join('\n');
  const reference = await prettier.format(raw, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: 'types.gen.ts' });
  return { printed, reference };
}

const COMMENT = '// Named exports, decided once in generator/plan/.';

/** The named exports as the generator wrote them as text before they became AST nodes. */
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
    const body = r.primary ? `${at}['responses'][${key}]['content'][${JSON.stringify(r.primary.contentType)}]` : 'undefined';
    lines.push(`export type ${names.response(r)} = ${body};`);
  }
  return lines;
}
