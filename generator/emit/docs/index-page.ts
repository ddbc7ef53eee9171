import type { ApiIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { authSection } from './auth.js';
import { quickStartExample } from './examples.js';
import { type FrontMatter, frontMatter, summaryOf } from './front-matter.js';
import { codeSpan, escapeBlock, escapeInline, escapeTableCell } from './markdown-escape.js';

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
  operations: { link: string; label: string; method: string; path: string; deprecated: boolean }[];
  hasSchemas: boolean;
  schemas: { link: string; name: string; description: string }[];
}

/** Builds the view model of the API's landing page. */
export function indexPage(api: ApiIR, plan: ApiPlan): IndexPage {
  const index = plan.docs.index;
  return {
    frontMatter: frontMatter(api.title, api.description),
    title: escapeInline(api.title),
    version: codeSpan(api.version),
    description: api.description ? escapeBlock(api.description) : '',
    sourceNote: api.sourceNote ? escapeBlock(api.sourceNote) : '',
    hasServers: api.servers.length > 0,
    servers: api.servers.map((s) => ({
      url: codeSpan(s.url),
      description: escapeTableCell(s.description ?? ''),
      variables: s.variables
        .map((v) => `${codeSpan(v.name)} (default ${codeSpan(v.default)}${v.enum ? `; one of ${v.enum.map(codeSpan).join(', ')}` : ''})`)
        .join('<br />'),
    })),
    hasAuth: api.securitySchemes.length > 0,
    auth: api.securitySchemes.map((s) => authSection(s, plan)),
    quickStart: quickStartExample(api, plan),
    operations: api.operations.map((op) => ({
      link: plan.docs.link(index, plan.operation(op).docPath),
      label: escapeInline(op.summary ?? plan.operation(op).method),
      method: op.requestMethod,
      path: codeSpan(op.path),
      deprecated: op.deprecated,
    })),
    hasSchemas: plan.schemas.length > 0,
    schemas: plan.schemas.map((named) => ({
      link: plan.docs.link(index, named.docPath),
      name: escapeInline(named.typeName),
      description: escapeTableCell(summaryOf(named.named.schema.description ?? '')),
    })),
  };
}
