import { compareStrings } from '../common/order.js';
import type { ApiIR } from '../ir/types.js';
import type { ApiPlan } from '../plan/types.js';
import type { EmitContext, EmittedFile, Emitter } from './emitted-file.js';
import { indexPage } from './docs/index-page.js';
import { operationPage } from './docs/operation-page.js';
import { PrintedCode } from './docs/printed-code.js';
import { docsTemplates } from './docs/render.js';
import { schemaPage } from './docs/schema-page.js';
import { apiSidebar, sidebarJson, type SidebarItem } from './docs/sidebar.js';
import { printedJson } from './docs/example-values.js';
import { schemaUsage, type UsageSite } from './docs/usage.js';

/**
 * Markdown reference docs for one API: the landing page, a page per operation and per component
 * schema, the sidebar, and the spec's changelog when it keeps one, each at the path the plan gives.
 * View models (docs/*-page.ts) hold all logic and escaping; the templates in `templates/docs/` only
 * lay them out.
 */
export const emitDocs: Emitter = (api, plan, ctx) => emitDocsPart(api, plan, ctx, 0, 1);

/**
 * The files of one of `parts` equal runs of the docs' files (in the order index, operations, schemas,
 * sidebar, changelog), sorted by path. Every page depends only on the IR and the plan, so the parts
 * together are emitDocs' files, whichever thread builds each (emit/shared-jobs.ts).
 */
export function emitDocsPart(api: ApiIR, plan: ApiPlan, ctx: EmitContext, part: number, parts: number): EmittedFile[] {
  const builders = fileBuilders(api, plan, ctx);
  const from = Math.floor((part * builders.length) / parts);
  const to = Math.floor(((part + 1) * builders.length) / parts);
  return builders
    .slice(from, to)
    .map((build) => build())
    .sort((a, b) => compareStrings(a.path, b.path));
}

/** Where each schema is used, computed once per plan: every docs part with schema pages asks. */
function usageFor(api: ApiIR, plan: ApiPlan): Map<string, UsageSite[]> {
  let usage = usageByPlan.get(plan);
  if (!usage) {
    usage = schemaUsage(api, plan);
    usageByPlan.set(plan, usage);
  }
  return usage;
}

const usageByPlan = new WeakMap<ApiPlan, Map<string, UsageSite[]>>();

function fileBuilders(api: ApiIR, plan: ApiPlan, ctx: EmitContext): (() => EmittedFile)[] {
  const render = docsTemplates(ctx.assets);
  const usageOf = (pointer: string) => usageFor(api, plan).get(pointer) ?? [];
  const { docs } = plan;
  // `x-source-note` records how the spec was transcribed: for its maintainers, not the API's readers.
  const notes = <T extends { sourceNote: string }>(page: T): T => (ctx.sourceNotes ? page : { ...page, sourceNote: '' });
  // Each page with the example blocks it prints in prettier's layout (the format step keeps those as written).
  const page = (path: string, build: (code: PrintedCode) => string) => (): EmittedFile => {
    const code = new PrintedCode();
    return { path, content: build(code), parser: 'markdown', preformattedCode: code.blocks };
  };
  const builders = [
    page(docs.file(docs.index), (code) => render.index(notes(indexPage(api, plan, code)))),
    ...api.operations.map((op) => page(docs.file(plan.operation(op).docPath), (code) => render.operation(notes(operationPage(op, api, plan, code))))),
    ...plan.schemas.map((named) => page(docs.file(named.docPath), (code) => render.schema(notes(schemaPage(named, plan, usageOf(named.named.pointer), code))))),
    () => sidebarFile(docs.sidebarFile, apiSidebar(docs.sidebar)),
  ];
  const changelog = docs.changelog !== undefined ? ctx.changelog : undefined;
  if (docs.changelog !== undefined && changelog !== undefined) {
    const file = docs.file(docs.changelog);
    builders.push(() => ({ path: file, content: changelog, parser: 'markdown' }));
  }
  return builders;
}

/** sidebar.json in prettier's JSON layout, printed here; prettier formats it only when the printer cannot vouch for it. */
function sidebarFile(path: string, items: SidebarItem[]): EmittedFile {
  const printed = printedJson(items);
  return printed === undefined ? { path, content: sidebarJson(items), parser: 'json' } : { path, content: `${printed}\n`, parser: 'json', preformatted: true };
}
