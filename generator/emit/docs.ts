import { compareStrings } from '../common/order.js';
import type { EmittedFile, Emitter } from './emitted-file.js';
import { indexPage } from './docs/index-page.js';
import { operationPage } from './docs/operation-page.js';
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
  const files: EmittedFile[] = [
    { path: docs.file(docs.index), content: render.index(notes(indexPage(api, plan))), parser: 'markdown' },
    ...api.operations.map((op) => ({
      path: docs.file(plan.operation(op).docPath),
      content: render.operation(notes(operationPage(op, api, plan))),
      parser: 'markdown' as const,
    })),
    ...plan.schemas.map((named) => ({
      path: docs.file(named.docPath),
      content: render.schema(notes(schemaPage(named, plan, usage.get(named.named.pointer) ?? []))),
      parser: 'markdown' as const,
    })),
    { path: docs.sidebarFile, content: sidebarJson(apiSidebar(docs.sidebar)), parser: 'json' },
  ];
  if (docs.changelog !== undefined && ctx.changelog !== undefined) {
    files.push({ path: docs.file(docs.changelog), content: ctx.changelog, parser: 'markdown' });
  }
  return files.sort((a, b) => compareStrings(a.path, b.path));
};
