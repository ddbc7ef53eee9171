import type { ApiIR, MediaIR, OperationIR, ParameterIR, ParameterLocation, ResponseIR, SchemaIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { acceptedAuth, authRow } from './auth.js';
import { isFileBody } from './body-example.js';
import { constraintsOf } from './constraints.js';
import { curlExample, exampleBody, PLACEHOLDER_BASE_URL, typescriptExample } from './examples.js';
import { type FieldRow, type LongEnumList, fieldTable, longEnumList } from './field-rows.js';
import { type FrontMatter, frontMatter } from './front-matter.js';
import { codeSpan, escapeBlock, escapeInline, escapeTableCell, fencedBlock, headingText } from '../../escape/markdown.js';
import { printedJson } from './example-values.js';
import type { PrintedCode } from './printed-code.js';
import { type LabelContext, typeLabel } from './type-label.js';

/** A parameters-table row (spec parameters and credentials). */
export interface ParameterRow {
  name: string;
  in: string;
  type: string;
  required: string;
  constraints: string;
  description: string;
}

/** A request or response body as the templates lay it out. */
export interface BodyView {
  contentType: string;
  otherContentTypes: string;
  /** For a streamed body (3.2 `itemSchema`): how the client delivers it; '' otherwise. */
  streamNote: string;
  type: string;
  hasFields: boolean;
  fields: FieldRow[];
  longEnums: LongEnumList[];
  hasExample: boolean;
  example: string;
}

/** One response status section. */
export interface ResponseView {
  status: string;
  description: string;
  hasHeaders: boolean;
  headers: ParameterRow[];
  hasBody: boolean;
  body: BodyView | false;
}

/** Everything `operation.md.hbs` prints. */
export interface OperationPage {
  frontMatter: FrontMatter;
  title: string;
  methodPath: string;
  operationId: string;
  deprecated: boolean;
  description: string;
  sourceNote: string;
  auth: string;
  hasParameters: boolean;
  parameters: ParameterRow[];
  parameterEnums: LongEnumList[];
  hasBody: boolean;
  bodyRequired: string;
  bodyDescription: string;
  body: BodyView | false;
  bodyExampleFromSpec: boolean;
  responses: ResponseView[];
  curl: string;
  /** The placeholder base URL both examples use when the spec has no server (inline code), else ''. */
  placeholderBaseUrl: string;
  typescript: string;
}

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** Builds the view model of one operation page; every string is final Markdown. */
/** `code` records the example blocks printed in prettier's layout. */
export function operationPage(op: OperationIR, api: ApiIR, plan: ApiPlan, code: PrintedCode): OperationPage {
  const names = plan.operation(op);
  const ctx: LabelContext = { plan, fromDocPath: names.docPath };
  const parameterEnums: LongEnumList[] = [];
  const parameters: ParameterRow[] = [
    ...LOCATIONS.flatMap((where) => op.parameters[where].map((p) => parameterRow(p, ctx, parameterEnums))),
    ...acceptedAuth(op, api, plan).map(authRow),
  ];
  const body = op.body;
  const example = exampleBody(op, plan);
  // A made-up file body says nothing; the examples below show how to send one.
  const shownExample = example && (example.fromSpec || !isFileBody(body?.primary)) ? example.value : undefined;
  return {
    frontMatter: frontMatter(names.title, op.description),
    title: headingText(names.title),
    methodPath: codeSpan(`${op.requestMethod} ${op.path}`),
    operationId: op.operationId ? codeSpan(op.operationId) : '',
    deprecated: op.deprecated,
    description: op.description ? escapeBlock(op.description) : '',
    sourceNote: op.sourceNote ? escapeBlock(op.sourceNote) : '',
    auth: authSentence(op, api, ctx),
    hasParameters: parameters.length > 0,
    parameters,
    parameterEnums,
    hasBody: body !== undefined,
    bodyRequired: body?.required ? 'yes' : 'no',
    bodyDescription: body?.description ? escapeBlock(body.description) : '',
    body: body ? bodyView(body.primary, body.content, ctx, shownExample, code) : false,
    bodyExampleFromSpec: example?.fromSpec ?? false,
    responses: op.responses.map((r) => responseView(r, ctx, code)),
    curl: curlExample(op, api, plan),
    placeholderBaseUrl: api.servers.length === 0 ? codeSpan(PLACEHOLDER_BASE_URL) : '',
    typescript: typescriptExample(op, api, plan, code),
  };
}

function parameterRow(p: ParameterIR, ctx: LabelContext, enums: LongEnumList[]): ParameterRow {
  const constraints = constraintsOf(p.schema, ctx);
  if (constraints.longEnum) enums.push(longEnumList(codeSpan(p.name), constraints.longEnum));
  const extra = p.deprecated ? ['deprecated'] : [];
  return {
    name: codeSpan(p.name),
    in: p.in,
    type: typeLabel(p.schema, ctx),
    required: p.required ? 'yes' : 'no',
    constraints: [...constraints.items, ...extra].join('<br />'),
    description: escapeTableCell(p.description ?? p.schema.description ?? refDescription(p.schema, ctx.plan) ?? ''),
  };
}

function refDescription(schema: SchemaIR, plan: ApiPlan): string | undefined {
  return schema.ref ? plan.resolve(schema.ref)?.description : undefined;
}

function authSentence(op: OperationIR, api: ApiIR, ctx: LabelContext): string {
  if (op.security.length === 0) return 'None: this operation needs no credentials.';
  const alternatives = op.security.filter((alt) => alt.length > 0).map((alt) => alt.map((key) => codeSpan(key)).join(' and '));
  const optional = alternatives.length < op.security.length;
  const lead = optional ? 'Optional: works without credentials, or with' : 'Requires';
  const index = ctx.plan.docs.link(ctx.fromDocPath, ctx.plan.docs.index);
  const schemes = api.securitySchemes.length ? ` See [Authentication](${index}) for how to pass credentials.` : '';
  return `${lead} ${alternatives.length > 1 ? 'one of ' : ''}${alternatives.join(', or ')}.${schemes}`;
}

function bodyView(
  primary: MediaIR,
  content: MediaIR[],
  ctx: LabelContext,
  exampleValue: unknown,
  code: PrintedCode,
): BodyView {
  const table = primary.schema ? fieldTable(primary.schema, { ...ctx, expandRefs: true }) : { rows: [], longEnums: [] };
  const others = content.filter((m) => m !== primary).map((m) => codeSpan(m.contentType));
  return {
    contentType: codeSpan(primary.contentType),
    otherContentTypes: others.join(', '),
    streamNote: primary.stream ? STREAM_NOTE : '',
    type: primary.schema ? typeLabel(primary.schema, ctx) : 'any',
    hasFields: table.rows.length > 0,
    fields: table.rows,
    longEnums: table.longEnums,
    hasExample: exampleValue !== undefined,
    example: exampleValue === undefined ? '' : exampleBlock(primary.contentType, exampleValue, code),
  };
}

/** Shown under a streamed body's content type: the type that follows is one item's. */
const STREAM_NOTE = 'A stream of items: the type below is one item, and the client yields the items one by one as they arrive (`for await`).';

function exampleBlock(contentType: string, value: unknown, code: PrintedCode): string {
  if (typeof value === 'string' && !/json/i.test(contentType)) return fencedBlock('text', value);
  return code.block('json', printedJson(value), () => JSON.stringify(value, null, 2));
}

function responseView(r: ResponseIR, ctx: LabelContext, code: PrintedCode): ResponseView {
  const headers = r.headers.map((h) => ({
    name: codeSpan(h.name),
    in: 'header',
    type: typeLabel(h.schema, ctx),
    required: h.required ? 'yes' : 'no',
    constraints: constraintsOf(h.schema, ctx).items.join('<br />'),
    description: escapeTableCell(h.description ?? ''),
  }));
  return {
    status: headingText(r.status),
    // 3.2's response `summary` leads its description.
    description: [r.summary === undefined ? '' : `**${escapeInline(r.summary)}**`, escapeBlock(r.description)].filter(Boolean).join('\n\n'),
    hasHeaders: headers.length > 0,
    headers,
    hasBody: r.primary !== undefined,
    // Responses show only the spec's own example: an invented one could contradict the server.
    body: r.primary ? bodyView(r.primary, r.content, ctx, r.primary.example?.value, code) : false,
  };
}
