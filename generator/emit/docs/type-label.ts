import type { JsonValue, SchemaIR } from '../../ir/types.js';
import { isClosedEmptyObject, isFreeFormObject, isNullable, nonNullTypes, schemaKind } from '../../ir/schema-kind.js';
import type { ApiPlan } from '../../plan/types.js';
import { codeSpan, escapeInline, linkDestination, linkText } from '../../escape/markdown.js';

/** Where a label is printed: the API's plan (for ref lookups and pages) and the page (for relative links). */
export interface LabelContext {
  plan: ApiPlan;
  fromDocPath: string;
}

/** How a JSON value reads in docs: strings bare (so enum values look like themselves), the rest as JSON. */
export function displayValue(value: JsonValue): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}

/** A JSON value as inline code. */
export function valueCode(value: JsonValue): string {
  return codeSpan(displayValue(value));
}

/** Link to a named schema's page, or undefined when the pointer is not a component schema. */
export function schemaLink(pointer: string, ctx: LabelContext): string | undefined {
  const named = ctx.plan.schema(pointer);
  if (!named) return undefined;
  return `[${linkText(named.typeName)}](${linkDestination(ctx.plan.docs.link(ctx.fromDocPath, named.docPath))})`;
}

/** The schema's type as Markdown, e.g. `string (uuid)`, `array of [User](../schemas/User.md)`, `… or null`. */
export function typeLabel(schema: SchemaIR, ctx: LabelContext, depth = 0): string {
  const base = baseLabel(schema, ctx, depth);
  const kind = schemaKind(schema);
  const nullable = isNullable(schema) && kind !== 'null' && kind !== 'multi-type' && !base.endsWith(' or null');
  return nullable ? `${base} or null` : base;
}

function baseLabel(schema: SchemaIR, ctx: LabelContext, depth: number): string {
  // Unnamed ref chains and deep composition stop here; the page of the named schema says the rest.
  if (depth > 4) return 'any';
  const kind = schemaKind(schema);
  switch (kind) {
    case 'never':
      return 'never';
    case 'any':
      return 'any';
    case 'ref': {
      const link = schemaLink(schema.ref!, ctx);
      if (link) return link;
      const target = ctx.plan.resolve(schema.ref!);
      return target ? typeLabel(target, ctx, depth + 1) : 'any';
    }
    case 'const':
      return `constant ${valueCode(schema.const!.value)}`;
    case 'enum':
      return withFormat(enumBaseType(schema), schema);
    case 'union':
      return joinAlternatives((schema.oneOf ?? schema.anyOf)!.map((s) => typeLabel(s, ctx, depth + 1)), ' or ');
    case 'intersection':
      return joinAlternatives(schema.allOf!.map((s) => typeLabel(s, ctx, depth + 1)), ' and ');
    case 'object':
      return objectLabel(schema, ctx, depth);
    case 'array':
      return arrayLabel(schema, ctx, depth);
    case 'multi-type':
      return (schema.types ?? []).join(' or ');
    default:
      return withFormat(kind, schema);
  }
}

function enumBaseType(schema: SchemaIR): string {
  const types = nonNullTypes(schema);
  if (types.length > 0) return types.join(' or ');
  const seen = new Set(schema.enum!.filter((v) => v !== null).map((v) => (Array.isArray(v) ? 'array' : typeof v)));
  return seen.size === 1 ? [...seen][0]! : 'any';
}

function objectLabel(schema: SchemaIR, ctx: LabelContext, depth: number): string {
  if (isFreeFormObject(schema)) return 'object (any properties)';
  if (isClosedEmptyObject(schema)) return 'empty object';
  const extra = schema.additionalProperties;
  if (!schema.properties?.length && extra && extra.bool === undefined) {
    return `map of ${typeLabel(extra, ctx, depth + 1)}`;
  }
  return 'object';
}

function arrayLabel(schema: SchemaIR, ctx: LabelContext, depth: number): string {
  if (schema.prefixItems) {
    return `tuple of ${schema.prefixItems.map((s) => typeLabel(s, ctx, depth + 1)).join(', ')}`;
  }
  return schema.items ? `array of ${typeLabel(schema.items, ctx, depth + 1)}` : 'array';
}

function withFormat(base: string, schema: SchemaIR): string {
  return schema.format ? `${base} (${escapeInline(schema.format)})` : base;
}

/** Drops duplicate alternatives and keeps `null` last so `Persona or null` reads naturally. */
function joinAlternatives(labels: string[], separator: string): string {
  const unique = [...new Set(labels)];
  const ordered = [...unique.filter((l) => l !== 'null'), ...unique.filter((l) => l === 'null')];
  return ordered.join(separator);
}
