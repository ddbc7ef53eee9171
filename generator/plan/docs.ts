import type { ApiIR, OperationIR } from '../ir/types.js';
import { DOCS_PAGES, docsFile, exampleImportPath, relativeLink, siteLink } from './files.js';
import { tagGroups } from './tag-groups.js';
import type { DocsPlan, OperationPlan, SchemaPlan } from './types.js';

/**
 * docs/: a landing page, the spec's changelog when it keeps one, a page per operation (`operations/<method>.md`) and per component schema
 * (`schemas/<Type>.md`), and the sidebar in the shape VitePress wants, with site-root links under
 * `/<slug>/` (a site mounts `generated/<slug>/docs/` there). Pages link each other relatively.
 */
export function planDocs(
  api: ApiIR,
  slug: string,
  schemas: readonly SchemaPlan[],
  operation: (op: OperationIR) => OperationPlan,
  pages: { changelog: boolean },
): DocsPlan {
  const link = (docPath: string) => siteLink(slug, docPath);
  const entry = (op: OperationIR) => ({ label: operation(op).title, link: link(operation(op).docPath) });
  return {
    index: DOCS_PAGES.index,
    changelog: pages.changelog ? DOCS_PAGES.changelog : undefined,
    file: docsFile,
    sidebarFile: docsFile(DOCS_PAGES.sidebar),
    link: relativeLink,
    sidebar: {
      title: api.title,
      overview: { label: 'Overview', link: link(DOCS_PAGES.index) },
      changelog: pages.changelog ? { label: 'Changelog', link: link(DOCS_PAGES.changelog) } : undefined,
      operations: api.operations.map(entry),
      operationGroups: tagGroups(api.tags, api.operations, entry),
      schemas: schemas.map((s) => ({ label: s.typeName, link: link(s.docPath) })),
    },
    clientImport: exampleImportPath(slug),
  };
}
