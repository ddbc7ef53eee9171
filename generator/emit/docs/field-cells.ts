import type { JsonValue, SchemaIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { escapeTableCell } from '../../escape/markdown.js';
import { constraintsOf } from './constraints.js';
import { type LabelContext, typeLabel } from './type-label.js';

/** The cells of a field-table row that depend on the field's schema alone, already Markdown. */
export interface FieldCells {
  type: string;
  constraints: string;
  description: string;
  /** An enum too long for the constraints cell (listed after the table). */
  longEnum?: JsonValue[];
}

/**
 * A field's cells, computed once per schema and page directory: links are relative, so pages in one
 * directory print the same cells. Large specs reach the same schemas from many tables (Stripe's
 * expandable objects appear under hundreds of operations), and building a cell escapes Markdown and
 * resolves refs each time. The memo lives as long as the plan it was built for.
 */
export function fieldCells(schema: SchemaIR, ctx: LabelContext, fallbackDescription = ''): FieldCells {
  const byDirectory = memo.get(ctx.plan) ?? new Map<string, WeakMap<SchemaIR, FieldCells>>();
  memo.set(ctx.plan, byDirectory);
  const directory = ctx.fromDocPath.slice(0, ctx.fromDocPath.lastIndexOf('/') + 1);
  const bySchema = byDirectory.get(directory) ?? new WeakMap<SchemaIR, FieldCells>();
  byDirectory.set(directory, bySchema);
  // Rows with a fallback description (`*` rows) are few; they are not kept.
  if (fallbackDescription !== '') return buildCells(schema, ctx, fallbackDescription);
  let cells = bySchema.get(schema);
  if (!cells) {
    cells = buildCells(schema, ctx, '');
    bySchema.set(schema, cells);
  }
  return cells;
}

const memo = new WeakMap<ApiPlan, Map<string, WeakMap<SchemaIR, FieldCells>>>();

function buildCells(schema: SchemaIR, ctx: LabelContext, fallbackDescription: string): FieldCells {
  const constraints = constraintsOf(schema, ctx);
  const description = schema.description ?? refDescription(schema, ctx.plan) ?? fallbackDescription;
  return {
    type: typeLabel(schema, ctx),
    constraints: constraints.items.join('<br />'),
    description: escapeTableCell(description),
    longEnum: constraints.longEnum,
  };
}

function refDescription(schema: SchemaIR, plan: ApiPlan): string | undefined {
  return schema.ref ? plan.resolve(schema.ref)?.description : undefined;
}
