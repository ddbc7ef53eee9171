import path from 'node:path';
import { createMarkdownRenderer } from 'vitepress';
import { beforeAll, describe, expect, it } from 'vitest';
import { rootSidebar } from '../../generator/emit/docs/sidebar.js';
import type { ApiOutput } from '../../generator/index.js';
import { allFixtures, docsFiles, docsInputs, generateApis, root, stripFrontMatter } from './support.js';

/**
 * Every link in the generated docs resolves: relative `.md` links between pages, and the site-root
 * links of the per-API and root sidebars (`/<slug>/<page>` for `generated/<slug>/docs/<page>.md`).
 * Links are read from markdown-it's token stream, the parser VitePress uses, so what counts as a
 * link is what a docs site sees.
 */
type Md = Awaited<ReturnType<typeof createMarkdownRenderer>>;
let md: Md;
let apis: ApiOutput[] = [];

beforeAll(async () => {
  md = await createMarkdownRenderer(root, {}, '/');
  apis = await generateApis([...new Set([...docsInputs(), ...allFixtures()])]);
}, 120_000);

function linksOf(markdown: string): string[] {
  const hrefs: string[] = [];
  const visit = (tokens: ReturnType<Md['parse']>) => {
    for (const token of tokens) {
      // VitePress adds a permalink anchor to every heading; those are its own, not ours.
      // markdown-it percent-encodes link targets (`Café.md` → `Caf%C3%A9.md`); pages are named unencoded.
      if (token.type === 'link_open' && token.attrGet('class') !== 'header-anchor') hrefs.push(decodeURI(token.attrGet('href') ?? ''));
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(stripFrontMatter(markdown), {}));
  return hrefs;
}

function sidebarLinks(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: { link?: string; items?: unknown }) => [
    ...(item.link ? [item.link] : []),
    ...sidebarLinks(item.items),
  ]);
}

/** `/slug/operations/x` → `operations/x.md`, `/slug/` → `index.md`. */
function siteLinkToPage(link: string, slug: string): string {
  expect(link.startsWith(`/${slug}/`), link).toBe(true);
  const rest = link.slice(slug.length + 2);
  return rest === '' || rest.endsWith('/') ? `${rest}index.md` : `${rest}.md`;
}

describe('links in generated docs', () => {
  it('every relative link points at an emitted page, and every page is reachable from the index', () => {
    let checked = 0;
    for (const api of apis) {
      const docs = docsFiles(api);
      const reached = new Set(['index.md']);
      for (const [page, markdown] of docs) {
        if (!page.endsWith('.md')) continue;
        for (const href of linksOf(markdown)) {
          if (/^[a-z][a-z+.-]*:/i.test(href)) continue; // external links are not ours to check
          expect(href, `${api.slug}/${page}: anchors are not emitted`).not.toContain('#');
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), href));
          expect(docs.has(target), `${api.slug}/${page} links to missing ${href}`).toBe(true);
          reached.add(target);
          checked++;
        }
      }
      const pages = [...docs.keys()].filter((p) => p.endsWith('.md'));
      expect(pages.filter((p) => !reached.has(p)), `${api.slug}: unreachable pages`).toEqual([]);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('operation pages link every component schema their body and responses use', () => {
    for (const api of apis) {
      const docs = docsFiles(api);
      for (const op of api.api!.operations) {
        const { docPath } = api.plan!.operation(op);
        const links = new Set(linksOf(docs.get(docPath)!).map((h) => path.posix.join(path.posix.dirname(docPath), h)));
        const media = [...(op.body?.content ?? []), ...op.responses.flatMap((r) => r.content)];
        for (const m of media) {
          const named = m.schema?.ref ? api.plan!.schema(m.schema.ref) : undefined;
          if (named) expect(links.has(named.docPath), `${api.slug}/${docPath} → ${named.docPath}`).toBe(true);
        }
      }
    }
  });

  it('per-API and root sidebars link only to emitted pages, and list every page', () => {
    for (const api of apis) {
      const docs = docsFiles(api);
      const sidebar = JSON.parse(docs.get('sidebar.json')!);
      const pages = sidebarLinks(sidebar).map((l) => siteLinkToPage(l, api.slug));
      for (const page of pages) expect(docs.has(page), `${api.slug} sidebar → ${page}`).toBe(true);
      expect(new Set(pages)).toEqual(new Set([...docs.keys()].filter((p) => p.endsWith('.md'))));
    }
    const bySlug = new Map(apis.map((a) => [a.slug, docsFiles(a)]));
    const rootLinks = sidebarLinks(rootSidebar(apis.map((a) => a.plan!)));
    expect(rootLinks.length).toBeGreaterThan(apis.length);
    for (const link of rootLinks) {
      const slug = link.split('/')[1]!;
      expect(bySlug.get(slug)?.has(siteLinkToPage(link, slug)), link).toBe(true);
    }
  });
});
