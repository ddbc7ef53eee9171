import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/**
 * Markdown as the other two renderers the docs target read it: Docusaurus (MDX 3 with GFM, the
 * compiler Docusaurus uses) and a plain CommonMark + GFM renderer (micromark, as GitHub's spec
 * reads it). Each returns the visible text and what else the parser found.
 */
const mdx = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });
const gfm = createProcessor({ format: 'md', remarkPlugins: [remarkGfm] });

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  children?: Node[];
}

/** JSX that the docs may contain in MDX: the few tags the templates write themselves. */
const ALLOWED_JSX = new Set(['br', 'code', 'details', 'summary']);

/** The same tags as raw HTML, as a plain Markdown parser reports them. */
const ALLOWED_HTML = /^<\/?(br|code|details|summary) ?\/?>$/;

export interface Parsed {
  /** Text a reader sees (text and inline code), whitespace collapsed. */
  text: string;
  /** Nodes that are not text: MDX expressions, ESM, JSX other than the allowed tags, raw HTML. */
  foreign: string[];
}

/** Parses with MDX (throws on what MDX cannot parse, as a Docusaurus build would fail). */
export function parseMdx(markdown: string): Parsed {
  return summarize(mdx.parse(markdown) as unknown as Node);
}

/** Parses as plain CommonMark + GFM. */
export function parseGfm(markdown: string): Parsed {
  return summarize(gfm.parse(markdown) as unknown as Node);
}

function summarize(tree: Node): Parsed {
  const text: string[] = [];
  const foreign: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text.push(node.value ?? '');
    else if (node.type === 'break') text.push(' ');
    else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (!ALLOWED_JSX.has(node.name ?? '')) foreign.push(`<${node.name ?? ''}>`);
      if (node.name === 'br') text.push(' ');
    } else if (node.type === 'html' && ALLOWED_HTML.test(node.value ?? '')) {
      if (/^<br/.test(node.value!)) text.push(' ');
    } else if (/^mdx|^html$/.test(node.type)) foreign.push(`${node.type}: ${node.value ?? ''}`);
    else if (node.type === 'tableCell') text.push(' ');
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { text: text.join('').replace(/\s+/g, ' ').trim(), foreign };
}
