import { describe, expect, it } from 'vitest';
import { apiSidebar, type SidebarItem } from '../../generator/emit/docs/sidebar.js';
import type { OperationIR, TagIR } from '../../generator/ir/types.js';
import { planApi } from '../../generator/plan/plan.js';
import { op } from '../client/support/ir.js';
import { ir } from './ir-builder.js';

/**
 * The docs sidebar groups operations by tag (plan/tag-groups.ts, emit/docs/sidebar.ts), from hand-built
 * IR: group order, one entry per operation, 3.2 parent nesting and kind, folding of long lists.
 */
const tagged = (id: string, tags: string[]): OperationIR => op(id, { tags, summary: undefined });

function operationsGroup(tags: TagIR[], operations: OperationIR[]): SidebarItem {
  const api = ir({}, operations, { tags });
  return apiSidebar(planApi(api).docs.sidebar)[0]!.items!.find((i) => i.text === 'Operations')!;
}

/** Group titles and entry links, indented by depth. */
function outline(item: SidebarItem, depth = 0): string[] {
  return (item.items ?? []).flatMap((i) =>
    i.link ? [`${'  '.repeat(depth)}${i.link.split('/').pop()}`] : [`${'  '.repeat(depth)}[${i.text}]${i.collapsed ? ' folded' : ''}`, ...outline(i, depth + 1)],
  );
}

describe('sidebar grouped by tag', () => {
  it('declared tags in spec order, then undeclared ones sorted, then untagged; each operation once, under its first tag', () => {
    const group = operationsGroup(
      [{ name: 'users' }, { name: 'billing' }, { name: 'empty' }],
      [tagged('health', []), tagged('zebras', ['zoo']), tagged('createUser', ['users', 'billing']), tagged('invoices', ['billing']), tagged('apes', ['animals'])],
    );
    expect(outline(group)).toEqual([
      '[users]',
      '  createUser',
      '[billing]',
      '  invoices',
      '[animals]',
      '  apes',
      '[zoo]',
      '  zebras',
      '[Other operations]',
      '  health',
    ]);
  });

  it('a spec whose operations have no tag keeps one flat list', () => {
    expect(outline(operationsGroup([{ name: 'unused' }], [tagged('a', []), tagged('b', [])]))).toEqual(['a', 'b']);
  });

  it('3.2 parent nests a group after its parent\'s own operations; kind other than nav does not group; summary labels', () => {
    const group = operationsGroup(
      [{ name: 'store', summary: 'The <store>' }, { name: 'orders', parent: 'store' }, { name: 'returns', parent: 'orders' }, { name: 'beta', kind: 'badge' }, { name: 'loop', parent: 'loop' }],
      [tagged('returnOrder', ['returns']), tagged('listOrders', ['beta', 'orders']), tagged('status', ['store']), tagged('ping', ['beta']), tagged('self', ['loop'])],
    );
    expect(outline(group)).toEqual([
      '[The &lt;store&gt;]',
      '  status',
      '  [orders]',
      '    listOrders',
      '    [returns]',
      '      returnOrder',
      // A tag that is its own ancestor (validate.ts reports it) stands at the top level.
      '[loop]',
      '  self',
      '[Other operations]',
      '  ping',
    ]);
  });

  it('nests three tag levels at most (VitePress renders six sidebar levels): deeper operations join the third', () => {
    const chain = ['a', 'b', 'c', 'd', 'e'].map((name, i, all) => ({ name, ...(i > 0 ? { parent: all[i - 1]! } : {}) }));
    const group = operationsGroup(chain, chain.map((t) => tagged(`op${t.name}`, [t.name])));
    expect(outline(group)).toEqual(['[a]', '  opa', '  [b]', '    opb', '    [c]', '      opc', '      opd', '      ope']);
  });

  it('folds every group once the API has more than 30 operations (VitePress opens the one holding the current page)', () => {
    const many = Array.from({ length: 31 }, (_, i) => tagged(`op${i}`, [i % 2 ? 'odd' : 'even']));
    expect(outline(operationsGroup([], many)).filter((l) => l.startsWith('['))).toEqual(['[even] folded', '[odd] folded']);
    expect(outline(operationsGroup([], many.slice(0, 30))).filter((l) => l.startsWith('['))).toEqual(['[even]', '[odd]']);
  });
});
