import ts from 'typescript';
import { HTTP_METHODS } from '../common/http.js';
import { compareStrings } from '../common/order.js';
import type { ApiIR, OperationIR } from '../ir/types.js';
import { OUTPUT_FILES } from '../plan/files.js';
import type { ApiPlan, OperationPlan } from '../plan/types.js';
import { withoutRefsInData } from '../load/walk.js';
import { openFreeFormObjects } from './free-form-objects.js';
import { generatedHeader } from './header.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';
import { printTypesModule, type PrintedTypesModule } from './types/module.js';
import { as31Shape } from './types/openapi-32.js';
import { transformDocument } from './types/openapi-ts-transform.js';
import { withPlaceholderKeys } from './types/placeholders.js';

/**
 * types.gen.ts: openapi-typescript's output for the document, plus one named export per component
 * schema and per operation body, parameter group and response, so users import `Profile` instead of
 * `components['schemas']['Profile']`. Printed by emit/types/ in prettier's exact layout, so the
 * format step leaves it alone (`preformatted`).
 */
export async function emitTypes(api: ApiIR, plan: ApiPlan, document: Record<string, unknown>, ctx: Pick<EmitContext, 'report'>): Promise<EmittedFile[]> {
  const printed = await typesModule(api, plan, document, ctx);
  return printed ? [{ path: OUTPUT_FILES.types, content: printed.text, parser: 'typescript', preformatted: true }] : [];
}

/** The printed module with the printer's fallbacks (tests check there are none); undefined after a reported failure. */
export async function typesModule(api: ApiIR, plan: ApiPlan, document: Record<string, unknown>, ctx: Pick<EmitContext, 'report'>): Promise<PrintedTypesModule | undefined> {
  let ast, restore;
  try {
    ({ ast, restore } = await openapiTypes(document));
  } catch (error) {
    // Known crashes are caught, located, by load/validate.ts; this keeps an unknown one a diagnostic, not a stack.
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    ctx.report({ code: 'SPEC_TYPES_FAILED', pointer: '', message: `openapi-typescript failed: ${message}` });
    return undefined;
  }
  return printTypesModule({
    header: generatedHeader(api) + '\n',
    declarations: ast,
    aliases: namedExports(api, plan),
    aliasesComment: '// Named exports, decided once in generator/plan/.',
    ctx: { restore, depth: 0 },
    format: formatStatement,
  });
}

/**
 * openapi-typescript's AST for the document (types/openapi-ts-transform.ts), and the function that
 * puts back the names it was given placeholders for.
 */
export async function openapiTypes(document: Record<string, unknown>): Promise<{ ast: ts.Node[]; restore(text: string): string }> {
  const { input, restore, merge } = openapiTsInput(document);
  return { ast: merge(transformDocument(input)), restore };
}

/**
 * The document as openapi-typescript is given it: in 3.1's shape, refs inside example data taken
 * out, free-form objects opened, and names it cannot take replaced by placeholders (`restore` puts
 * them back); `merge` adds what 3.2 has that 3.1 does not.
 */
export function openapiTsInput(document: Record<string, unknown>): { input: Record<string, unknown>; restore(text: string): string; merge(ast: ts.Node[]): ts.Node[] } {
  const shaped = as31Shape(document);
  const copy = canonicalOrder(withoutRefsInData(shaped.document) as Record<string, unknown>);
  openFreeFormObjects(copy); // a private copy: the other emitters read `document` as written
  const { document: input, restore } = withPlaceholderKeys(copy);
  return { input, restore, merge: shaped.merge };
}

/** One `export type` per component schema and per operation body, parameter group and response. */
export function namedExports(api: ApiIR, plan: ApiPlan): ts.Statement[] {
  return [
    ...plan.schemas.map((s) => alias(s.typeName, access(ref('components'), 'schemas', s.named.key))),
    ...api.operations.flatMap((op) => operationAliases(op, plan.operation(op))),
  ];
}

/** prettier for a statement the printer left to it (a fallback: correct, only slower). */
async function formatStatement(source: string): Promise<string> {
  const [prettier, { PRETTIER_OPTIONS }] = await Promise.all([import('prettier'), import('../format/format.js')]);
  return prettier.format(source, { ...PRETTIER_OPTIONS, parser: 'typescript' });
}

function operationAliases(op: OperationIR, names: OperationPlan): ts.Statement[] {
  const at = () => access(ref('paths'), op.path, op.method);
  const aliases: ts.Statement[] = [];
  if (op.body && names.body) {
    const body = ts.factory.createTypeReferenceNode('NonNullable', [access(at(), 'requestBody')]);
    aliases.push(alias(names.body, access(body, 'content', op.body.primary.contentType)));
  }
  for (const where of ['path', 'query', 'header', 'cookie'] as const) {
    const name = names.params[where];
    if (name) aliases.push(alias(name, ts.factory.createTypeReferenceNode('NonNullable', [access(at(), 'parameters', where)])));
  }
  for (const r of op.responses) {
    const status = /^\d{3}$/.test(r.status) ? ts.factory.createLiteralTypeNode(ts.factory.createNumericLiteral(r.status)) : r.status;
    const body = r.primary ? access(access(at(), 'responses'), status, 'content', r.primary.contentType) : ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword);
    aliases.push(alias(names.response(r), body));
  }
  return aliases;
}

function alias(name: string, type: ts.TypeNode): ts.Statement {
  return ts.factory.createTypeAliasDeclaration([ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)], name, undefined, type);
}

function ref(name: string): ts.TypeNode {
  return ts.factory.createTypeReferenceNode(name);
}

/** `object['a']['b']…`; a string index is written as JSON text, as the spec's key was always written here. */
function access(object: ts.TypeNode, ...indexes: (string | ts.TypeNode)[]): ts.TypeNode {
  return indexes.reduce<ts.TypeNode>(
    (acc, index) => ts.factory.createIndexedAccessTypeNode(acc, typeof index === 'string' ? (ts.factory.createIdentifier(JSON.stringify(index)) as unknown as ts.TypeNode) : index),
    object,
  );
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
