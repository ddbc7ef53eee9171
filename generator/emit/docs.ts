import type { ApiIR } from '../ir/types.js';
import type { EmitContext, EmittedFile, Emitter } from './emitted-file.js';
import { indexPage } from './docs/index-page.js';
import { operationPage } from './docs/operation-page.js';
import { docsTemplates } from './docs/render.js';
import { schemaPage } from './docs/schema-page.js';
import { apiSidebar } from './docs/sidebar.js';
import { schemaUsage } from './docs/usage.js';

/**
 * Markdown reference docs for one API: `docs/index.md`, a page per operation and per component
 * schema, `docs/sidebar.json`, and `docs/changelog.md` when the spec keeps a changelog. View models
 * (docs/*-page.ts) hold all logic and escaping; the templates in `templates/docs/` only lay them out.
 */
export const emitDocs: Emitter = (api: ApiIR, ctx: EmitContext): EmittedFile[] => {
  const render = docsTemplates();
  const usage = schemaUsage(api);
  // `x-source-note` records how the spec was transcribed: for its maintainers, not the API's readers.
  const notes = <T extends { sourceNote: string }>(page: T): T => (ctx.sourceNotes ? page : { ...page, sourceNote: '' });
  const files: EmittedFile[] = [
    { path: 'docs/index.md', content: render.index(notes(indexPage(api))), parser: 'markdown' },
    ...api.operations.map((op) => ({
      path: `docs/${op.names.docPath}`,
      content: render.operation(notes(operationPage(op, api))),
      parser: 'markdown' as const,
    })),
    ...api.schemas.map((named) => ({
      path: `docs/${named.docPath}`,
      content: render.schema(notes(schemaPage(named, api, usage.get(named.pointer) ?? []))),
      parser: 'markdown' as const,
    })),
    { path: 'docs/sidebar.json', content: `${JSON.stringify(apiSidebar(api, { changelog: ctx.changelog !== undefined }), null, 2)}\n`, parser: 'json' },
  ];
  if (ctx.changelog !== undefined) files.push({ path: 'docs/changelog.md', content: ctx.changelog, parser: 'markdown' });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
