import type { ApiIR } from '../../ir/types.js';
import { siteLink } from './links.js';
import { escapeHtmlText } from './markdown-escape.js';

/**
 * Sidebars in the shape of VitePress `themeConfig.sidebar`. Links are site-root paths under
 * `/<slug>/` (a site mounts `generated/<slug>/docs/` there). VitePress renders `text` as HTML, so
 * spec text in labels has `&`, `<` and `>` escaped (and nothing else: no Vue template reads it).
 */
export interface SidebarItem {
  text: string;
  link?: string;
  collapsed?: boolean;
  items?: SidebarItem[];
}

/** The per-API sidebar (`docs/sidebar.json`): one group with the overview, changelog, operations and schemas. */
export function apiSidebar(api: ApiIR, pages: { changelog?: boolean } = {}): SidebarItem[] {
  const operations: SidebarItem[] = api.operations.map((op) => ({
    text: escapeHtmlText(op.summary ?? `${op.method.toUpperCase()} ${op.path}`),
    link: siteLink(api.slug, op.names.docPath),
  }));
  const schemas: SidebarItem[] = api.schemas.map((named) => ({
    text: escapeHtmlText(named.typeName),
    link: siteLink(api.slug, named.docPath),
  }));
  const items: SidebarItem[] = [{ text: 'Overview', link: siteLink(api.slug, 'index.md') }];
  if (pages.changelog) items.push({ text: 'Changelog', link: siteLink(api.slug, 'changelog.md') });
  if (operations.length) items.push({ text: 'Operations', collapsed: false, items: operations });
  if (schemas.length) items.push({ text: 'Schemas', collapsed: true, items: schemas });
  return [{ text: escapeHtmlText(api.title), collapsed: false, items }];
}

/**
 * The sidebar for the whole of `generated/` (written by the write stage as `generated/sidebar.json`):
 * the per-API sidebars in slug order, each API folded under its title. Returns JSON text with a
 * trailing newline.
 */
export function buildRootSidebar(apis: { slug: string; title: string; sidebar: unknown }[]): string {
  const sorted = [...apis].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const groups = sorted.flatMap((api) =>
    Array.isArray(api.sidebar)
      ? (api.sidebar as SidebarItem[]).map((group) => ({ ...group, collapsed: true }))
      : [{ text: escapeHtmlText(api.title), collapsed: true, link: `/${api.slug}/` }],
  );
  return `${JSON.stringify(groups, null, 2)}\n`;
}
