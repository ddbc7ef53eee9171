import type { JsonValue, SchemaIR } from '../../ir/types.js';
import { schemaKind } from '../../ir/schema-kind.js';
import { codeSpan } from '../../escape/markdown.js';
import { type LabelContext, schemaLink, valueCode } from './type-label.js';

/** Enums longer than this fold into a `<details>` list instead of a table cell (the IANA timezone case). */
export const LONG_ENUM_THRESHOLD = 20;

/** The constraints column of a field or parameter, plus the values of an enum too long for a cell. */
export interface Constraints {
  /** Markdown fragments, one per constraint, in a fixed order. */
  items: string[];
  longEnum?: JsonValue[];
}

/**
 * Collects the validation keywords a reader needs. A `$ref` to a scalar or enum schema contributes
 * the target's constraints too, so `accessRole` lists its roles where it is used.
 */
export function constraintsOf(schema: SchemaIR, ctx: LabelContext, options: { includeEnum?: boolean } = {}): Constraints {
  const out: Constraints = { items: [] };
  addConstraints(schema, out, options.includeEnum ?? true);
  const target = schema.ref ? ctx.plan.resolve(schema.ref) : undefined;
  if (target && isScalarLike(target)) {
    // A long enum behind a ref is listed once, on the schema's own page.
    const link = schemaLink(schema.ref!, ctx);
    const long = link !== undefined && (target.enum?.length ?? 0) > LONG_ENUM_THRESHOLD;
    if (long) out.items.push(`one of ${target.enum!.length} values (see ${link})`);
    addConstraints(target, out, !long);
  }
  return out;
}

function isScalarLike(schema: SchemaIR): boolean {
  return !['object', 'array', 'union', 'intersection', 'ref'].includes(schemaKind(schema));
}

function addConstraints(s: SchemaIR, out: Constraints, includeEnum: boolean): void {
  const add = (item: string) => {
    if (!out.items.includes(item)) out.items.push(item);
  };
  if (s.enum && includeEnum) {
    if (s.enum.length > LONG_ENUM_THRESHOLD) {
      out.longEnum = s.enum;
      add(`one of ${s.enum.length} values (listed below)`);
    } else {
      add(`one of: ${s.enum.map(valueCode).join(', ')}`);
    }
  }
  if (s.minLength !== undefined) add(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) add(`max length ${s.maxLength}`);
  if (s.pattern !== undefined) add(`pattern ${codeSpan(s.pattern)}`);
  if (s.minimum !== undefined) add(`minimum ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) add(`greater than ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) add(`maximum ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) add(`less than ${s.exclusiveMaximum}`);
  if (s.multipleOf !== undefined) add(`multiple of ${s.multipleOf}`);
  if (s.minItems !== undefined) add(`min items ${s.minItems}`);
  if (s.maxItems !== undefined) add(`max items ${s.maxItems}`);
  if (s.uniqueItems) add('unique items');
  if (s.minProperties !== undefined) add(`min properties ${s.minProperties}`);
  if (s.maxProperties !== undefined) add(`max properties ${s.maxProperties}`);
  if (s.default) add(`default ${valueCode(s.default.value)}`);
  if (s.readOnly) add('read-only');
  if (s.writeOnly) add('write-only');
  if (s.deprecated) add('deprecated');
  // Object and array examples belong in the example blocks, not in a table cell.
  const example = s.examples?.[0];
  if (example !== undefined && (example === null || typeof example !== 'object')) add(`example ${valueCode(example)}`);
}
