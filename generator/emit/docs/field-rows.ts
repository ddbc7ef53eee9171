import type { JsonValue, PropertyIR, SchemaIR } from '../../ir/types.js';
import { schemaKind } from '../../ir/schema-kind.js';
import { constraintsOf } from './constraints.js';
import { codeSpan, escapeHtmlish, escapeTableCell } from '../../escape/markdown.js';
import { type LabelContext, typeLabel, valueCode } from './type-label.js';

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
  if (!options.expandRefs) return walkTable(root, options, 0, Infinity);
  for (let refDepth = MAX_DEPTH; refDepth > 0; refDepth--) {
    const table = walkTable(root, options, refDepth, ROW_BUDGET);
    if (table.rows.length <= ROW_BUDGET) return table;
  }
  return walkTable(root, options, 0, Infinity);
}

/** One walk; stops adding rows once `limit` is passed (the caller then retries with less nesting). */
function walkTable(root: SchemaIR, options: FieldWalkOptions, maxRefDepth: number, limit: number): FieldTable {
  const table: FieldTable = { rows: [], longEnums: [] };
  const start = resolve(root, true, options, new Set());
  if (start.schema) walk(start.schema, { path: '', depth: 0, refDepth: 0, maxRefDepth, limit, seen: start.seen, table, options });
  return table;
}

interface Walk {
  path: string;
  depth: number;
  /** Referenced schemas expanded on the path from the root (the root's own ref not counted). */
  refDepth: number;
  maxRefDepth: number;
  limit: number;
  seen: Set<string>;
  table: FieldTable;
  options: FieldWalkOptions;
}

function walk(schema: SchemaIR, w: Walk): void {
  if (schemaKind(schema) === 'array' && schema.items) {
    descend(schema.items, { ...w, path: `${w.path}[]` });
    return;
  }
  for (const prop of propertiesOf(schema, w)) {
    if (w.table.rows.length > w.limit) return;
    const path = w.path === '' ? prop.name : `${w.path}.${prop.name}`;
    addRow(path, prop, w);
    descend(prop.schema, { ...w, path, depth: w.depth + 1 });
  }
  const extra = schema.additionalProperties;
  if (extra && extra.bool === undefined && schema.properties?.length) {
    const path = w.path === '' ? '*' : `${w.path}.*`;
    addRow(path, { name: '*', required: false, schema: extra }, w, 'Any other property.');
  }
}

/** Walks into a property's value when it holds fields of its own. */
function descend(schema: SchemaIR, w: Walk): void {
  if (w.depth >= MAX_DEPTH) return;
  const { schema: target, seen } = resolve(schema, w.refDepth < w.maxRefDepth, w.options, w.seen);
  if (target === undefined) return;
  const refDepth = seen === w.seen ? w.refDepth : w.refDepth + 1;
  const kind = schemaKind(target);
  if (kind === 'array' && target.items) {
    descend(target.items, { ...w, seen, refDepth, path: `${w.path}[]` });
  } else if (kind === 'object' || kind === 'intersection') {
    walk(target, { ...w, seen, refDepth });
  }
}

/**
 * Follows refs (when `expand`: always at the root and for allOf parts) and unwraps `X or null`
 * unions. Returns undefined for a ref that must not be expanded here.
 */
function resolve(
  schema: SchemaIR,
  expand: boolean,
  options: FieldWalkOptions,
  seen: Set<string>,
): { schema: SchemaIR | undefined; seen: Set<string> } {
  let current = schema;
  let visited = seen;
  for (let hops = 0; hops < 8; hops++) {
    const variants = current.oneOf ?? current.anyOf;
    if (variants) {
      const nonNull = variants.filter((v) => schemaKind(v) !== 'null');
      if (nonNull.length !== 1) return { schema: undefined, seen: visited };
      current = nonNull[0]!;
      continue;
    }
    if (!current.ref) return { schema: current, seen: visited };
    if (!expand || visited.has(current.ref)) return { schema: undefined, seen: visited };
    const target = options.plan.resolve(current.ref);
    if (!target) return { schema: undefined, seen: visited };
    visited = new Set([...visited, current.ref]);
    current = target;
  }
  return { schema: undefined, seen: visited };
}

/** Properties of an object, merging `allOf` parts in order; names listed only in `required` show as `any`. */
function propertiesOf(schema: SchemaIR, w: Walk): PropertyIR[] {
  const props: PropertyIR[] = [...(schema.properties ?? [])];
  for (const part of schema.allOf ?? []) {
    const { schema: target } = resolve(part, true, w.options, w.seen);
    if (target) props.push(...propertiesOf(target, w));
  }
  for (const name of schema.required ?? []) {
    if (!props.some((p) => p.name === name)) {
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

function addRow(path: string, prop: PropertyIR, w: Walk, fallbackDescription?: string): void {
  const { options, table } = w;
  const constraints = constraintsOf(prop.schema, options);
  const description = prop.schema.description ?? refDescription(prop.schema, w) ?? fallbackDescription ?? '';
  table.rows.push({
    name: codeSpan(path),
    type: typeLabel(prop.schema, options),
    required: prop.required ? 'yes' : 'no',
    constraints: constraints.items.join('<br />'),
    description: escapeTableCell(description),
  });
  if (constraints.longEnum) table.longEnums.push(longEnumList(codeSpan(path), constraints.longEnum));
}

function refDescription(schema: SchemaIR, w: Walk): string | undefined {
  return schema.ref ? w.options.plan.resolve(schema.ref)?.description : undefined;
}

/** The `<details>` list of an enum too long for a cell. */
export function longEnumList(field: string, values: JsonValue[]): LongEnumList {
  return { field, summary: escapeHtmlish(`${values.length} values`), values: values.map(valueCode) };
}
