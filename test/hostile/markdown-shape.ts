import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/**
 * The structure of a docs page as CommonMark + GFM (micromark, GitHub's reading) and MDX 3
 * (Docusaurus) parse it: headings with their depth, tables with their size, links, lists, quotes,
 * code blocks, and any raw HTML or MDX node other than the tags the templates write themselves.
 * Spec text only ever adds text, so a hostile spec's pages must have the shapes of the neutral one's.
 */
const gfm = createProcessor({ format: 'md', remarkPlugins: [remarkGfm] });
const mdx = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

interface Node {
  type: string;
  depth?: number;
  ordered?: boolean;
  lang?: string | null;
  value?: string;
  name?: string | null;
  children?: Node[];
}

/** Raw HTML the templates write around spec text (line breaks in cells, inline code holding `|` or `{{`). */
const TEMPLATE_HTML = /^<\/?(br|code) ?\/?>$/;
const TEMPLATE_JSX = new Set(['br', 'code']);

function shape(tree: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    switch (node.type) {
      case 'heading':
        out.push(`h${node.depth}`);
        break;
      case 'table':
        out.push(`table ${node.children!.length}x${node.children![0]?.children?.length ?? 0}`);
        break;
      case 'list':
        out.push(node.ordered ? 'ol' : 'ul');
        break;
      case 'code':
        out.push(`code ${node.lang ?? ''}`);
        break;
      case 'link':
      case 'image':
      case 'blockquote':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteReference':
      case 'math':
      case 'inlineMath':
        out.push(node.type);
        break;
      case 'html':
        if (!TEMPLATE_HTML.test(node.value ?? '')) out.push(`html ${node.value}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!TEMPLATE_JSX.has(node.name ?? '')) out.push(`jsx ${node.name}`);
        break;
      default:
        if (node.type.startsWith('mdx')) out.push(`${node.type} ${node.value ?? ''}`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** The page's shape as GFM reads it. */
export function markdownShape(markdown: string): string {
  return JSON.stringify(shape(gfm.parse(bodyOf(markdown)) as unknown as Node));
}

/** The page's shape as MDX reads it (throws on what a Docusaurus build would reject). */
export function mdxShape(markdown: string): string {
  return JSON.stringify(shape(mdx.parse(bodyOf(markdown)) as unknown as Node));
}

const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
