import { compareStrings } from '../common/order.js';
import type { OperationIR, TagIR } from '../ir/types.js';
import type { SidebarEntry, SidebarGroupPlan } from './types.js';

/**
 * Operations grouped by tag for the docs sidebar (and the landing page), when the spec tags any:
 * - groups in the order of the spec's top-level `tags`, then tags only operations use, sorted;
 *   operations without a tag last, under "Other operations";
 * - an operation with several tags is listed once, under its first navigation tag: VitePress keeps
 *   one sidebar entry per page (the entry it highlights, the group it opens for the current page, and
 *   the previous/next links, which follow sidebar order and would loop through repeated pages);
 * - OpenAPI 3.2 `parent` nests a tag's group inside its parent's, after the parent's operations;
 *   `kind` other than `nav` (`badge`, `audience`, ...) marks a tag that does not group: such a tag is
 *   skipped when choosing an operation's group;
 * - a group shows the tag's `summary` (3.2) when it has one, else its name; empty groups are left out.
 * A spec whose operations carry no tag gets no groups: its sidebar stays one flat list.
 */
export function tagGroups(
  tags: readonly TagIR[],
  operations: readonly OperationIR[],
  entry: (op: OperationIR) => SidebarEntry,
): SidebarGroupPlan[] {
  const declared = new Map(tags.map((t) => [t.name, t]));
  const groups = (t: TagIR | undefined) => t === undefined || t.kind === undefined || t.kind === 'nav';
  const isGrouping = (name: string) => groups(declared.get(name));
  if (!operations.some((op) => op.tags.some(isGrouping))) return [];

  const members = new Map<string, SidebarEntry[]>();
  const untagged: SidebarEntry[] = [];
  for (const op of operations) {
    const tag = op.tags.find(isGrouping);
    if (tag === undefined) untagged.push(entry(op));
    else members.set(tag, [...(members.get(tag) ?? []), entry(op)]);
  }
  const undeclared = [...members.keys()].filter((name) => !declared.has(name)).sort(compareStrings);
  const order = [...tags.filter((t) => groups(t)).map((t) => t.name), ...undeclared];
  const parentOf = (name: string): string | undefined => {
    const parent = declared.get(name)?.parent;
    return parent !== undefined && declared.has(parent) && isGrouping(parent) && !isAncestor(name, parent, declared) ? parent : undefined;
  };
  const children = new Map<string, string[]>();
  for (const name of order) {
    const parent = parentOf(name);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), name]);
  }
  const build = (name: string): SidebarGroupPlan | undefined => {
    const nested = (children.get(name) ?? []).map(build).filter((g): g is SidebarGroupPlan => g !== undefined);
    const entries = members.get(name) ?? [];
    if (entries.length === 0 && nested.length === 0) return undefined;
    const tag = declared.get(name);
    return { label: tag?.summary ?? name, entries, groups: nested };
  };
  const out = order.filter((name) => parentOf(name) === undefined).map(build).filter((g): g is SidebarGroupPlan => g !== undefined);
  if (untagged.length > 0) out.push({ label: 'Other operations', entries: untagged, groups: [] });
  return out;
}

/** True when `name` is `candidate` or one of its ancestors: a `parent` chain that loops (validate.ts reports it). */
function isAncestor(name: string, candidate: string, declared: ReadonlyMap<string, TagIR>): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = candidate; at !== undefined && !seen.has(at); at = declared.get(at)?.parent) {
    if (at === name) return true;
    seen.add(at);
  }
  return false;
}
