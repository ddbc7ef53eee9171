import type { SchemaIR } from '../../ir/types.js';
import { schemaKind } from '../../ir/schema-kind.js';
import { LONG_ENUM_THRESHOLD, constraintsOf } from './constraints.js';
import { type FieldRow, type LongEnumList, fieldTable } from './field-rows.js';
import { type FrontMatter, frontMatter } from './front-matter.js';
import { escapeBlock, escapeHtmlish, headingText, linkDestination, linkText } from '../../escape/markdown.js';
import { printedJson } from './example-values.js';
import type { PrintedCode } from './printed-code.js';
import { typeLabel, valueCode } from './type-label.js';
import type { ApiPlan, SchemaPlan } from '../../plan/types.js';
import type { UsageSite } from './usage.js';

/** Everything `schema.md.hbs` prints. */
export interface SchemaPage {
  frontMatter: FrontMatter;
  title: string;
  description: string;
  sourceNote: string;
  type: string;
  hasConstraints: boolean;
  constraints: string[];
  hasFields: boolean;
  fields: FieldRow[];
  longEnums: LongEnumList[];
  hasEnum: boolean;
  enumIsLong: boolean;
  enumSummary: string;
  enumValues: string[];
  hasVariants: boolean;
  variantsIntro: string;
  variants: string[];
  hasExample: boolean;
  example: string;
  hasUsedBy: boolean;
  usedBy: { label: string; link: string }[];
}

/** Builds the view model of one component schema page; every string is final Markdown. `code` records the example blocks printed in prettier's layout. */
export function schemaPage(named: SchemaPlan, plan: ApiPlan, usage: UsageSite[], code: PrintedCode): SchemaPage {
  const ctx = { plan, fromDocPath: named.docPath };
  const schema = named.named.schema;
  const table = fieldTable(schema, { ...ctx, expandRefs: false });
  // The enum values get their own section below; the table-cell form would repeat them.
  const constraints = constraintsOf(schema, ctx, { includeEnum: false });
  const enumValues = schema.enum ?? [];
  const variants = variantsOf(schema);
  const example = schema.examples?.[0];
  return {
    frontMatter: frontMatter(named.typeName, schema.description ?? schema.title),
    title: headingText(named.typeName),
    description: schema.description ? escapeBlock(schema.description) : '',
    sourceNote: schema.sourceNote ? escapeBlock(schema.sourceNote) : '',
    type: typeLabel(schema, ctx),
    hasConstraints: constraints.items.length > 0,
    constraints: constraints.items,
    hasFields: table.rows.length > 0,
    fields: table.rows,
    longEnums: table.longEnums,
    hasEnum: enumValues.length > 0,
    enumIsLong: enumValues.length > LONG_ENUM_THRESHOLD,
    enumSummary: escapeHtmlish(`${enumValues.length} values`),
    enumValues: enumValues.map(valueCode),
    hasVariants: variants.schemas.length > 0,
    variantsIntro: variants.intro,
    variants: variants.schemas.map((s) => typeLabel(s, ctx)),
    hasExample: example !== undefined,
    example: example === undefined ? '' : code.block('json', printedJson(example), () => JSON.stringify(example, null, 2)),
    hasUsedBy: usage.length > 0,
    usedBy: usage.map((site) => ({ label: linkText(site.label), link: linkDestination(plan.docs.link(named.docPath, site.docPath)) })),
  };
}

function variantsOf(schema: SchemaIR): { intro: string; schemas: SchemaIR[] } {
  const kind = schemaKind(schema);
  if (kind === 'union') {
    return { intro: schema.oneOf ? 'Exactly one of:' : 'Any of:', schemas: (schema.oneOf ?? schema.anyOf)! };
  }
  if (kind === 'intersection') return { intro: 'All of:', schemas: schema.allOf! };
  return { intro: '', schemas: [] };
}
