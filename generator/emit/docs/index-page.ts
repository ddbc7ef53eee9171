import type { ApiIR, OperationIR } from '../../ir/types.js';
import type { ApiPlan, SidebarGroupPlan } from '../../plan/types.js';
import { authSection } from './auth.js';
import { quickStartExample } from './examples.js';
import { type FrontMatter, frontMatter, summaryOf } from './front-matter.js';
import type { PrintedCode } from './printed-code.js';
import { codeSpan, escapeBlock, escapeTableCell, headingText, linkDestination, linkText } from '../../escape/markdown.js';

/** One row of the operations table. */
export interface OperationRow {
  link: string;
  label: string;
  method: string;
  path: string;
  deprecated: boolean;
}

/**
 * The sidebar's tag groups (plan/tag-groups.ts) as one table per group, nested groups flattened with
 * their parents' labels (`The store › Orders`).
 */
function operationGroups(api: ApiIR, plan: ApiPlan, row: (op: OperationIR) => OperationRow): IndexPage['operationGroups'] {
  // The sidebar lists api.operations in order: an entry's link names its operation.
  const byLink = new Map(api.operations.map((op, i) => [plan.docs.sidebar.operations[i]!.link, op]));
  const out: IndexPage['operationGroups'] = [];
  const visit = (group: SidebarGroupPlan, trail: string[]) => {
    const labels = [...trail, group.label];
    if (group.entries.length > 0) {
      out.push({ heading: labels.map(headingText).join(' › '), operations: group.entries.map((e) => row(byLink.get(e.link)!)) });
    }
    for (const child of group.groups) visit(child, labels);
  };
  for (const group of plan.docs.sidebar.operationGroups) visit(group, []);
  return out;
}

/** Everything `index.md.hbs` prints. */
export interface IndexPage {
  frontMatter: FrontMatter;
  title: string;
  version: string;
  description: string;
  sourceNote: string;
  hasServers: boolean;
  servers: { url: string; description: string; variables: string }[];
  hasAuth: boolean;
  auth: { name: string; howTo: string; description: string }[];
  quickStart: string;
  operations: OperationRow[];
  /** The operations by tag, as the sidebar groups them; empty when no operation has a tag. */
  operationGroups: { heading: string; operations: OperationRow[] }[];
  hasSchemas: boolean;
  schemas: { link: string; name: string; description: string }[];
}

/** Builds the view model of the API's landing page. `code` records the example blocks printed in prettier's layout. */
export function indexPage(api: ApiIR, plan: ApiPlan, code: PrintedCode): IndexPage {
  const index = plan.docs.index;
  const row = (op: OperationIR): OperationRow => ({
    link: linkDestination(plan.docs.link(index, plan.operation(op).docPath)),
    label: linkText(op.summary ?? plan.operation(op).method),
    method: op.requestMethod,
    path: codeSpan(op.path),
    deprecated: op.deprecated,
  });
  return {
    frontMatter: frontMatter(api.title, api.description),
    title: headingText(api.title),
    version: codeSpan(api.version),
    description: api.description ? escapeBlock(api.description) : '',
    sourceNote: api.sourceNote ? escapeBlock(api.sourceNote) : '',
    hasServers: api.servers.length > 0,
    servers: api.servers.map((s) => ({
      url: codeSpan(s.url),
      // 3.2's server `name` leads the description.
      description: [s.name === undefined ? '' : `**${escapeTableCell(s.name)}**`, escapeTableCell(s.description ?? '')].filter(Boolean).join(': '),
      variables: s.variables
        .map((v) => `${codeSpan(v.name)} (default ${codeSpan(v.default)}${v.enum ? `; one of ${v.enum.map(codeSpan).join(', ')}` : ''})`)
        .join('<br />'),
    })),
    hasAuth: api.securitySchemes.length > 0,
    auth: api.securitySchemes.map((s) => authSection(s, plan)),
    quickStart: quickStartExample(api, plan, code),
    operations: api.operations.map(row),
    operationGroups: operationGroups(api, plan, row),
    hasSchemas: plan.schemas.length > 0,
    schemas: plan.schemas.map((named) => ({
      link: linkDestination(plan.docs.link(index, named.docPath)),
      name: linkText(named.typeName),
      description: escapeTableCell(summaryOf(named.named.schema.description ?? '')),
    })),
  };
}
