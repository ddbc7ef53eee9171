import { describe, expect, it } from 'vitest';
import { fieldTable } from '../../generator/emit/docs/field-rows.js';
import { sampleValue } from '../../generator/emit/docs/samples.js';
import { rootSidebar } from '../../generator/emit/docs/sidebar.js';
import { typeLabel } from '../../generator/emit/docs/type-label.js';
import { relativeLink, siteLink } from '../../generator/plan/files.js';
import { planApi } from '../../generator/plan/plan.js';
import { ir, ref, s } from './ir-builder.js';

/** Docs view-model pieces fed hand-built IR, so a docs bug never hides behind a parser bug. */
describe('links', () => {
  it.each([
    ['index.md', 'operations/a.md', './operations/a.md'],
    ['operations/a.md', 'schemas/B.md', '../schemas/B.md'],
    ['schemas/A.md', 'schemas/B.md', './B.md'],
    ['operations/a.md', 'index.md', '../index.md'],
  ])('relativeLink(%s, %s) = %s', (from, to, expected) => {
    expect(relativeLink(from, to)).toBe(expected);
  });

  it('siteLink mounts docs at /<slug>/ without extensions', () => {
    expect(siteLink('exante', 'index.md')).toBe('/exante/');
    expect(siteLink('exante', 'operations/updateCurrentUserProfile.md')).toBe('/exante/operations/updateCurrentUserProfile');
  });
});

describe('field tables', () => {
  const plan = planApi(ir({
    Node: s({ types: ['object'], properties: [
      { name: 'name', required: true, schema: s({ types: ['string'], maxLength: 5 }) },
      { name: 'children', required: false, schema: s({ types: ['array'], items: ref('Node') }) },
      { name: 'parent', required: false, schema: s({ oneOf: [ref('Node'), s({ types: ['null'] })] }) },
    ] }),
    Wrapper: s({ types: ['object'], properties: [
      { name: 'root', required: true, schema: ref('Node') },
      { name: 'meta', required: false, schema: s({ types: ['object'], properties: [
        { name: 'tags', required: false, schema: s({ types: ['array'], items: s({ types: ['string'] }) }) },
      ] }) },
    ] }),
  }));

  it('walks refs once per path on operation pages, so recursion stays finite', () => {
    const table = fieldTable(ref('Wrapper'), { plan, fromDocPath: 'operations/x.md', expandRefs: true });
    expect(table.rows.map((r) => r.name)).toEqual([
      '`root`', '`root.name`', '`root.children`', '`root.parent`', '`meta`', '`meta.tags`',
    ]);
    expect(table.rows[3]!.type).toBe('[Node](../schemas/Node.md) or null');
    expect(table.rows[1]!.constraints).toBe('max length 5');
  });

  it('only links refs on schema pages', () => {
    const table = fieldTable(plan.schemas[1]!.named.schema, { plan, fromDocPath: 'schemas/Wrapper.md', expandRefs: false });
    expect(table.rows.map((r) => r.name)).toEqual(['`root`', '`meta`', '`meta.tags`']);
    expect(table.rows[0]!.type).toBe('[Node](./Node.md)');
  });

  // `width` properties per level, each a ref to the next level (the last level's are strings).
  const levels = (count: number, width: number) => {
    const props = (next?: string) => Array.from({ length: width }, (_, i) => ({ name: `p${i}`, required: false, schema: next ? ref(next) : s({ types: ['string'] }) }));
    return planApi(ir(Object.fromEntries(Array.from({ length: count }, (_, i) => [`L${i}`, s({ types: ['object'], properties: props(i + 1 < count ? `L${i + 1}` : undefined) })]))));
  };
  const names = (plan: ReturnType<typeof levels>) => fieldTable(ref('L0'), { plan, fromDocPath: 'operations/x.md', expandRefs: true }).rows.map((r) => r.name);

  it('expands refs as deep as 100 rows allow, the same depth across the table', () => {
    // Width 3: 3 rows with no ref expanded, 12 with one, 39 with two, 120 with three.
    const rows = names(levels(5, 3));
    expect(rows).toHaveLength(39);
    expect(rows.slice(0, 5)).toEqual(['`p0`', '`p0.p0`', '`p0.p0.p0`', '`p0.p0.p1`', '`p0.p0.p2`']);
    expect(rows).not.toContain('`p0.p0.p0.p0`');
  });

  it('expands every ref when the whole tree fits the budget', () => {
    const rows = names(levels(3, 4));
    expect(rows).toHaveLength(4 + 16 + 64);
    expect(rows.at(-1)).toBe('`p3.p3.p3`');
  });

  it('only links refs when even one level passes the budget, and then keeps every row', () => {
    const wide = Array.from({ length: 101 }, (_, i) => ({ name: `f${i}`, required: false, schema: ref('L0') }));
    const local = planApi(ir({ Wide: s({ types: ['object'], properties: wide }), L0: s({ types: ['object'], properties: [{ name: 'x', required: false, schema: s({ types: ['string'] }) }] }) }));
    const table = fieldTable(ref('Wide'), { plan: local, fromDocPath: 'operations/x.md', expandRefs: true });
    expect(table.rows).toHaveLength(101);
    expect(table.rows.every((r) => !r.name.includes('.'))).toBe(true);
  });

  it('lists an inline enum over 20 values after the table, a short one in the cell', () => {
    const many = Array.from({ length: 21 }, (_, i) => `v${i}`);
    const local = planApi(ir({ E: s({ types: ['object'], properties: [
      { name: 'long', required: false, schema: s({ types: ['string'], enum: many }) },
      { name: 'short', required: false, schema: s({ types: ['string'], enum: many.slice(0, 20) }) },
    ] }) }));
    const table = fieldTable(ref('E'), { plan: local, fromDocPath: 'operations/x.md', expandRefs: true });
    expect(table.rows[0]!.constraints).toBe('one of 21 values (listed below)');
    expect(table.rows[1]!.constraints).toMatch(/^one of: `v0`, `v1`/);
    expect(table.longEnums).toHaveLength(1);
    expect(table.longEnums[0]!.values).toHaveLength(21);
  });
});

describe('type labels', () => {
  const ctx = { plan: planApi(ir({ User: s({ types: ['object'] }) })), fromDocPath: 'operations/x.md' };
  it.each([
    [s({ types: ['string'], format: 'uuid' }), 'string (uuid)'],
    [s({ types: ['integer', 'null'] }), 'integer or null'],
    [s({ types: ['array'], items: ref('User') }), 'array of [User](../schemas/User.md)'],
    [s({ types: ['object'], additionalProperties: s({ types: ['number'] }) }), 'map of number'],
    [s({ anyOf: [s({ types: ['string'] }), s({ types: ['integer'] })] }), 'string or integer'],
    [s({ const: { value: 'a|b' } }), 'constant <code>a\\|b</code>'],
  ])('%# %j', (schema, expected) => {
    expect(typeLabel(schema, ctx)).toBe(expected);
  });
});

describe('samples for examples', () => {
  it('tags a discriminated union with its first mapping value', () => {
    const plan = planApi(ir({
      Cat: s({ types: ['object'], required: ['kind'], properties: [{ name: 'kind', required: true, schema: s({ types: ['string'] }) }] }),
    }));
    const union = s({ oneOf: [ref('Cat')], discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', ref: '/components/schemas/Cat' }] } });
    expect(sampleValue(union, plan, 'request')).toEqual({ kind: 'cat' });
  });

  it('keeps required and defaulted properties, drops read-only ones in requests', () => {
    const plan = planApi(ir());
    const obj = s({ types: ['object'], properties: [
      { name: 'id', required: false, schema: s({ types: ['integer'], readOnly: true }) },
      { name: 'size', required: false, schema: s({ types: ['string'], enum: ['s', 'm'], default: { value: 'm' } }) },
      { name: 'at', required: true, schema: s({ types: ['string'], format: 'date-time' }) },
    ] });
    expect(sampleValue(obj, plan, 'request')).toEqual({ size: 'm', at: '2024-01-01T00:00:00Z' });
    expect(sampleValue(obj, plan, 'response')).toEqual({ id: 1, size: 'm', at: '2024-01-01T00:00:00Z' });
  });

  it('leaves out optional properties and array items that recurse, so the example fits its type', () => {
    const plan = planApi(ir({
      Node: s({ types: ['object'], properties: [
        { name: 'name', required: true, schema: s({ types: ['string'] }) },
        { name: 'child', required: false, schema: ref('Node') },
        { name: 'children', required: false, schema: s({ types: ['array'], items: ref('Node') }) },
      ] }),
    }));
    expect(sampleValue(ref('Node'), plan, 'request')).toEqual({ name: 'string', children: [] });
  });
});

describe('root sidebar', () => {
  it('concatenates per-API sidebars in slug order, collapsed', () => {
    const api = (slug: string) => planApi(ir({}, [], { specFile: `specs/${slug}.yaml`, title: slug.toUpperCase() }));
    const out = rootSidebar([api('b'), api('a')]);
    expect(out.map((g) => g.text)).toEqual(['A', 'B']);
    expect(out.map((g) => g.items?.[0]?.link)).toEqual(['/a/', '/b/']);
    expect(out.every((g) => g.collapsed)).toBe(true);
  });
});
