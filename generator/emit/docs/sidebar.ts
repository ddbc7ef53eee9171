import { compareStrings } from '../../common/order.js';
import type { ApiPlan, SidebarEntry, SidebarGroupPlan, SidebarPlan } from '../../plan/types.js';
import { escapeHtmlText } from '../../escape/markdown.js';

/**
 * Sidebars in the shape of VitePress `themeConfig.sidebar`, from the entries the plan decided.
 * VitePress renders `text` as HTML, so spec text in labels has `&`, `<` and `>` escaped (and nothing
 * else: no Vue template reads it).
 */
export interface SidebarItem {
  text: string;
  link?: string;
  collapsed?: boolean;
  items?: SidebarItem[];
}

/** The per-API sidebar (`docs/sidebar.json`): one group with the overview, changelog, operations and schemas. */
export function apiSidebar(sidebar: SidebarPlan): SidebarItem[] {
  const items: SidebarItem[] = [item(sidebar.overview)];
  if (sidebar.changelog) items.push(item(sidebar.changelog));
  if (sidebar.operationGroups.length) {
    // Many operations: every tag group starts folded (VitePress opens the one holding the current page).
    const collapsed = sidebar.operations.length > FOLD_ABOVE;
    items.push({ text: 'Operations', collapsed: false, items: sidebar.operationGroups.map((g) => group(g, collapsed, TAG_LEVELS)) });
  } else if (sidebar.operations.length) items.push({ text: 'Operations', collapsed: false, items: sidebar.operations.map(item) });
  if (sidebar.schemas.length) items.push({ text: 'Schemas', collapsed: true, items: sidebar.schemas.map(item) });
  return [{ text: escapeHtmlText(sidebar.title), collapsed: false, items }];
}

/** Sidebar JSON text, with a trailing newline. */
export function sidebarJson(items: SidebarItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/**
 * The sidebar for the whole output directory (`sidebar.json` at its root): every API's sidebar in
 * slug order, each API folded under its title.
 */
export function rootSidebar(plans: readonly ApiPlan[]): SidebarItem[] {
  const sorted = [...plans].sort((a, b) => compareStrings(a.slug, b.slug));
  return sorted.flatMap((plan) => apiSidebar(plan.docs.sidebar).map((group) => ({ ...group, collapsed: true })));
}

/** Operations an API may have before its tag groups start folded: a short sidebar reads best open. */
const FOLD_ABOVE = 30;

/**
 * Tag levels the sidebar nests: VitePress renders six levels (0-5: API, Operations, tag groups, links),
 * so below the third tag level the nested groups' operations are listed in their ancestor's group.
 */
const TAG_LEVELS = 3;

function group(g: SidebarGroupPlan, collapsed: boolean, levels: number): SidebarItem {
  const nested = levels > 1 ? g.groups.map((child) => group(child, collapsed, levels - 1)) : g.groups.flatMap(allEntries).map(item);
  return { text: escapeHtmlText(g.label), collapsed, items: [...g.entries.map(item), ...nested] };
}

function allEntries(g: SidebarGroupPlan): SidebarEntry[] {
  return [...g.entries, ...g.groups.flatMap(allEntries)];
}

function item(entry: SidebarEntry): SidebarItem {
  return { text: escapeHtmlText(entry.label), link: entry.link };
}
