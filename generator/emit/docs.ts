import { compareStrings } from '../common/order.js';
import type { EmittedFile, Emitter } from './emitted-file.js';
import { indexPage } from './docs/index-page.js';
import { operationPage } from './docs/operation-page.js';
import { PrintedCode } from './docs/printed-code.js';
import { docsTemplates } from './docs/render.js';
import { schemaPage } from './docs/schema-page.js';
import { apiSidebar, sidebarJson } from './docs/sidebar.js';
import { schemaUsage } from './docs/usage.js';

/**
 * Markdown reference docs for one API: the landing page, a page per operation and per component
 * schema, the sidebar, and the spec's changelog when it keeps one, each at the path the plan gives.
 * View models (docs/*-page.ts) hold all logic and escaping; the templates in `templates/docs/` only
 * lay them out.
 */
export const emitDocs: Emitter = (api, plan, ctx) => {
  const render = docsTemplates(ctx.assets);
  const usage = schemaUsage(api, plan);
  const { docs } = plan;
  // `x-source-note` records how the spec was transcribed: for its maintainers, not the API's readers.
  const notes = <T extends { sourceNote: string }>(page: T): T => (ctx.sourceNotes ? page : { ...page, sourceNote: '' });
  // Each page with the example blocks it prints in prettier's layout (the format step keeps those as written).
  const page = (path: string, build: (code: PrintedCode) => string): EmittedFile => {
    const code = new PrintedCode();
    return { path, content: build(code), parser: 'markdown', preformattedCode: code.blocks };
  };
  const files: EmittedFile[] = [
    page(docs.file(docs.index), (code) => render.index(notes(indexPage(api, plan, code)))),
    ...api.operations.map((op) => page(docs.file(plan.operation(op).docPath), (code) => render.operation(notes(operationPage(op, api, plan, code))))),
    ...plan.schemas.map((named) =>
      page(docs.file(named.docPath), (code) => render.schema(notes(schemaPage(named, plan, usage.get(named.named.pointer) ?? [], code)))),
    ),
    { path: docs.sidebarFile, content: sidebarJson(apiSidebar(docs.sidebar)), parser: 'json' },
  ];
  if (docs.changelog !== undefined && ctx.changelog !== undefined) {
    files.push({ path: docs.file(docs.changelog), content: ctx.changelog, parser: 'markdown' });
  }
  return files.sort((a, b) => compareStrings(a.path, b.path));
};
