import type { JsonValue, PropertyIR, SchemaIR } from '../../ir/types.js';
import { schemaKind } from '../../ir/schema-kind.js';
import { codeSpan, escapeHtmlish } from '../../escape/markdown.js';
import { fieldCells } from './field-cells.js';
import { type LabelContext, valueCode } from './type-label.js';

/** One row of a field table, every cell already Markdown. */
export interface FieldRow {
  name: string;
  type: string;
  required: string;
  constraints: string;
  description: string;
}

/** An enum too long for a table cell, listed after the table in a `<details>` block. */
export interface LongEnumList {
  /** Inline code naming the field. */
  field: string;
  /** `<summary>` text, HTML-escaped. */
  summary: string;
  values: string[];
}

/** The rows of a field table and the long enums listed after it. */
export interface FieldTable {
  rows: FieldRow[];
  longEnums: LongEnumList[];
}

/** Where the table is printed and whether referenced schemas are expanded. */
export interface FieldWalkOptions extends LabelContext {
  /** Expand `$ref`s to component schemas inline (operation pages) or only link them (schema pages). */
  expandRefs: boolean;
}

/** Nesting deeper than this is left to the linked schema pages. */
const MAX_DEPTH = 6;

/**
 * Rows a table may reach by expanding nested referenced schemas. Past it, nested refs are expanded
 * less deeply (the same depth across the table) and otherwise only linked. Expanding every ref six
 * levels deep gave Stripe 42 kB pages, 52 MB of Markdown in all; with this budget, 9.3 MB.
 */
const ROW_BUDGET = 100;

/**
 * Flattens an object schema into rows with dotted names (`data.user.organizations[].uid`), walking
 * inline objects, array items and, when asked, referenced schemas. A ref already being expanded on
 * the current path is not expanded again, so recursive schemas stay finite.
 */
export function fieldTable(root: SchemaIR, options: FieldWalkOptions): FieldTable {
  return renderRows(chooseRows(root, options), options);
}

/** A row found by the walk, before its cells are built. */
interface PendingRow {
  path: string;
  prop: PropertyIR;
  /** Referenced schemas expanded on the way to the row (the root's own ref not counted). */
  refDepth: number;
  fallbackDescription?: string;
}

/** One table's walk. `maxRefDepth` and `budget` only ever fall as it goes. */
interface TableWalk {
  options: FieldWalkOptions;
  rows: PendingRow[];
  maxRefDepth: number;
  budget: number;
  /** Refs being expanded on the current path. */
  seen: Set<string>;
}

/**
 * The rows of the deepest ref expansion (at most MAX_DEPTH) whose table fits the budget, in one walk:
 * when the rows found so far pass the budget, the expansion depth drops by one, the rows only that
 * depth reached are dropped, and the walk goes on with the lower depth. A table printed at depth d
 * holds exactly the rows with refDepth ≤ d, in walk order, so this equals walking again at each depth.
 * At depth 0 (refs only linked) the table is printed whatever its size.
 */
function chooseRows(root: SchemaIR, options: FieldWalkOptions): PendingRow[] {
  const start = resolve(root, true, options, NO_REFS);
  if (!start.schema) return [];
  const t: TableWalk = {
    options,
    rows: [],
    maxRefDepth: options.expandRefs ? MAX_DEPTH : 0,
    budget: options.expandRefs ? ROW_BUDGET : Infinity,
    seen: new Set(start.refs),
  };
  walk(start.schema, '', 0, 0, t);
  return t.rows;
}

function addRow(t: TableWalk, row: PendingRow): void {
  t.rows.push(row);
  while (t.rows.length > t.budget) {
    t.maxRefDepth--;
    if (t.maxRefDepth === 0) t.budget = Infinity;
    t.rows = t.rows.filter((r) => r.refDepth <= t.maxRefDepth);
  }
}

function renderRows(pending: PendingRow[], options: FieldWalkOptions): FieldTable {
  const table: FieldTable = { rows: [], longEnums: [] };
  for (const { path, prop, fallbackDescription } of pending) {
    const cells = fieldCells(prop.schema, options, fallbackDescription);
    const name = codeSpan(path);
    table.rows.push({ name, type: cells.type, required: prop.required ? 'yes' : 'no', constraints: cells.constraints, description: cells.description });
    if (cells.longEnum) table.longEnums.push(longEnumList(name, cells.longEnum));
  }
  return table;
}

function walk(schema: SchemaIR, path: string, depth: number, refDepth: number, t: TableWalk): void {
  if (schemaKind(schema) === 'array' && schema.items) {
    descend(schema.items, `${path}[]`, depth, refDepth, t);
    return;
  }
  for (const prop of propertiesOf(schema, t)) {
    // The depth fell below this object's while walking it: none of its rows are kept any more.
    if (refDepth > t.maxRefDepth) return;
    const propPath = path === '' ? prop.name : `${path}.${prop.name}`;
    addRow(t, { path: propPath, prop, refDepth });
    descend(prop.schema, propPath, depth + 1, refDepth, t);
  }
  const extra = schema.additionalProperties;
  if (extra && extra.bool === undefined && schema.properties?.length && refDepth <= t.maxRefDepth) {
    const extraPath = path === '' ? '*' : `${path}.*`;
    addRow(t, { path: extraPath, prop: { name: '*', required: false, schema: extra }, refDepth, fallbackDescription: 'Any other property.' });
  }
}

/** Walks into a property's value when it holds fields of its own. */
function descend(schema: SchemaIR, path: string, depth: number, refDepth: number, t: TableWalk): void {
  if (depth >= MAX_DEPTH) return;
  const { schema: target, refs } = resolve(schema, refDepth < t.maxRefDepth, t.options, t.seen);
  if (target === undefined) return;
  const kind = schemaKind(target);
  if (kind !== 'array' && kind !== 'object' && kind !== 'intersection') return;
  for (const ref of refs) t.seen.add(ref);
  const innerDepth = refs.length > 0 ? refDepth + 1 : refDepth;
  if (kind === 'array') {
    if (target.items) descend(target.items, `${path}[]`, depth, innerDepth, t);
  } else {
    walk(target, path, depth, innerDepth, t);
  }
  for (const ref of refs) t.seen.delete(ref);
}

const NO_REFS: ReadonlySet<string> = new Set();

/**
 * Follows refs (when `expand`: always at the root and for allOf parts) and unwraps `X or null`
 * unions; `refs` are the refs followed on the way. Returns undefined for a ref that must not be
 * expanded here (not allowed, or already expanded on the path).
 */
function resolve(
  schema: SchemaIR,
  expand: boolean,
  options: FieldWalkOptions,
  seen: ReadonlySet<string>,
): { schema: SchemaIR | undefined; refs: string[] } {
  let current = schema;
  const refs: string[] = [];
  for (let hops = 0; hops < 8; hops++) {
    const variants = current.oneOf ?? current.anyOf;
    if (variants) {
      const nonNull = variants.filter((v) => schemaKind(v) !== 'null');
      if (nonNull.length !== 1) return { schema: undefined, refs };
      current = nonNull[0]!;
      continue;
    }
    if (!current.ref) return { schema: current, refs };
    if (!expand || seen.has(current.ref) || refs.includes(current.ref)) return { schema: undefined, refs };
    const target = options.plan.resolve(current.ref);
    if (!target) return { schema: undefined, refs };
    refs.push(current.ref);
    current = target;
  }
  return { schema: undefined, refs };
}

/**
 * Properties of an object, merging `allOf` parts in order; names listed only in `required` show as
 * `any`. Without `allOf` the answer depends on the schema alone and is kept.
 */
function propertiesOf(schema: SchemaIR, t: TableWalk): PropertyIR[] {
  if (schema.allOf) return mergedProperties(schema, t);
  let props = ownProperties.get(schema);
  if (!props) {
    props = mergedProperties(schema, t);
    ownProperties.set(schema, props);
  }
  return props;
}

const ownProperties = new WeakMap<SchemaIR, PropertyIR[]>();

function mergedProperties(schema: SchemaIR, t: TableWalk): PropertyIR[] {
  const props: PropertyIR[] = [...(schema.properties ?? [])];
  for (const part of schema.allOf ?? []) {
    const { schema: target } = resolve(part, true, t.options, t.seen);
    if (target) props.push(...propertiesOf(target, t));
  }
  const named = new Set(props.map((p) => p.name));
  for (const name of schema.required ?? []) {
    if (!named.has(name)) {
      named.add(name);
      props.push({ name, required: true, schema: { pointer: `${schema.pointer}/required`, bool: true } });
    }
  }
  const byName = new Map<string, PropertyIR>();
  for (const prop of props) byName.set(prop.name, byName.has(prop.name) ? mergeRequired(byName.get(prop.name)!, prop) : prop);
  return [...byName.values()];
}

function mergeRequired(a: PropertyIR, b: PropertyIR): PropertyIR {
  return { ...a, required: a.required || b.required };
}

/** The `<details>` list of an enum too long for a cell. */
export function longEnumList(field: string, values: JsonValue[]): LongEnumList {
  return { field, summary: escapeHtmlish(`${values.length} values`), values: values.map(valueCode) };
}
