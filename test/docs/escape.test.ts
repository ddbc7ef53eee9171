import fc from 'fast-check';
import * as prettier from 'prettier';
import { decodeHTML } from 'entities';
import { createMarkdownRenderer } from 'vitepress';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeBlock,
  escapeHtmlish,
  escapeInline,
  escapeTableCell,
  fencedBlock,
} from '../../generator/escape/markdown.js';
import { yamlScalar } from '../../generator/escape/front-matter.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { parseGfm, parseMdx } from './renderers.js';
import { docsFiles, generateApis, root, stripFrontMatter } from './support.js';

/**
 * Spec text must render as literal text. The round-trip checks render the escaped text with
 * VitePress's own markdown-it (after prettier, as the pipeline does) and compare the visible text
 * with the input. Vue compiles VitePress pages as templates, so the HTML must also hold no `{{`.
 */
type Md = Awaited<ReturnType<typeof createMarkdownRenderer>>;
let md: Md;
beforeAll(async () => {
  md = await createMarkdownRenderer(root, {}, '/');
}, 60_000);

const format = (markdown: string) => prettier.format(markdown, { ...PRETTIER_OPTIONS, parser: 'markdown' });

describe('escape functions', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['*bold* _it_ ~s~', '\\*bold\\* \\_it\\_ \\~s\\~'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['{{ x }} ${y}', '\\{&#123; x \\}\\} \\$\\{y\\}'],
    ['{{{', '\\{&#123;&#123;'],
    ['PATCH /a/{id}', 'PATCH /a/\\{id\\}'],
    ['[a](b)', '\\[a\\](b)'],
    ['# heading', '\\# heading'],
    ['1. item', '1\\. item'],
    ['- item', '\\- item'],
    ['::: warning', '\\::: warning'],
    ['import x', '&#105;mport x'],
    ['export x', '&#101;xport x'],
    ['&amp; \\', '\\&amp; \\\\'],
    [':tada:', '\\:tada:'],
    ['line\nbreak', 'line break'],
  ])('escapeInline(%j) = %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it.each([
    ['a\nb | c', 'a<br />b \\| c'],
    ['  padded  \n\n# h', 'padded<br />\\# h'],
  ])('escapeTableCell(%j) = %j', (input, expected) => {
    expect(escapeTableCell(input)).toBe(expected);
  });

  it.each([
    ['x', '`x`'],
    ['a`b', '``a`b``'],
    ['`a', '`` `a ``'],
    [' a ', '`  a  `'],
    ['a|b', '<code>a\\|b</code>'],
    ['{{ x }}', '<code>\\{&#123; x \\}\\}</code>'],
    ['', '<code></code>'],
  ])('codeSpan(%j) = %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('escapeHtmlish turns every HTML and Vue-significant character into a reference', () => {
    expect(escapeHtmlish(`<a href="x">'{}'&</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#123;&#125;&#39;&#38;&#60;/a&#62;');
  });

  it('escapeBlock keeps paragraphs, drops indentation and escapes each line start', () => {
    expect(escapeBlock('  # one\n    code?\n\n\n\n- two')).toBe('\\# one\ncode?\n\n\\- two');
  });

  it('fencedBlock uses a fence longer than any backtick run', () => {
    expect(fencedBlock('json', '"```"')).toBe('````json\n"```"\n````');
  });

  it('yamlScalar is one double-quoted line, with `</` broken up', () => {
    expect(yamlScalar('a\n"b": c')).toBe('"a \\"b\\": c"');
    expect(yamlScalar('x </script>')).toBe('"x <\u200b/script>"');
  });
});

/** Text of hostile characters; no `.`/`@` so linkify never sees a domain, no newlines (inline contexts). */
const hostileText = fc.string({
  unit: fc.constantFrom(...'ab1 \\`*_[]()|~<>{}&#+-=:!$/"\''.split(''), '{{', '}}', '</script>', '*/', '${x}', ':x:', 'import ', '1.'),
  maxLength: 40,
});

/** The text a browser shows: tags dropped, references decoded, whitespace runs collapsed as HTML does. */
function visible(html: string): string {
  return collapse(decodeHTML(html.replace(/<[^>]*>/g, '')));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('escaped text reads as itself in MDX (Docusaurus) and plain CommonMark + GFM (after prettier)', () => {
  it('escapeInline in a paragraph, escapeTableCell and codeSpan in a table', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (a, b) => {
        const paragraph = await format(`${escapeInline(a)}\n`);
        const table = await format(`| A | B |\n| --- | --- |\n| ${escapeTableCell(a)} | ${codeSpan(b)} |\n`);
        for (const parse of [parseMdx, parseGfm]) {
          expect(parse(paragraph), paragraph).toEqual({ text: collapse(a), foreign: [] });
          expect(parse(table), table).toEqual({ text: collapse(`A B ${a} ${b}`), foreign: [] });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('escaped text renders as itself in VitePress (after prettier)', () => {
  it('escapeInline in a paragraph', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const html = md.render(await format(`${escapeInline(text)}\n`), {});
        if (text.trim() === '') return;
        const inner = /^<p>([^<]*)<\/p>\n$/.exec(html);
        expect(inner, html).not.toBeNull();
        expect(visible(inner![1]!)).toBe(collapse(text));
        expect(html).not.toContain('{{');
      }),
      { numRuns: 300 },
    );
  });

  it('escapeBlock as paragraphs', async () => {
    const lines = fc.array(fc.oneof(hostileText, fc.constantFrom('', '    ', '---', '===', '> q', '1) x')), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(lines, async (parts) => {
        const text = parts.join('\n');
        const html = md.render(await format(`${escapeBlock(text)}\n`), {});
        const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
        expect([...tags].filter((t) => t !== 'p'), html).toEqual([]);
        expect(visible(html)).toBe(collapse(text));
        expect(html).not.toContain('{{');
      }),
      { numRuns: 300 },
    );
  });

  it('escapeTableCell and codeSpan in a table', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (a, b) => {
        const table = `| A | B |\n| --- | --- |\n| ${escapeTableCell(a)} | ${codeSpan(b)} |\n`;
        const html = md.render(await format(table), {});
        const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);
        expect(cells, html).toHaveLength(2);
        expect(cells[0]).not.toMatch(/</);
        expect(visible(cells[0]!)).toBe(collapse(a));
        expect(cells[1]).toMatch(/^<code>[^<]*<\/code>$/);
        expect(visible(cells[1]!)).toBe(collapse(b));
        expect(html).not.toContain('{{');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the hostile fixture', () => {
  const allowedTags = new Set(
    ['p', 'h1', 'h2', 'h3', 'a', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'ul', 'li', 'blockquote', 'strong', 'details', 'summary', 'div', 'pre', 'span', 'button'],
  );

  it('renders as text: no injected elements, no Vue interpolation, hostile strings visible', async () => {
    const [api] = await generateApis(['test/fixtures/docs-hostile.yaml']);
    const docs = docsFiles(api!);
    const page = docs.get('operations/createItem.md')!;
    for (const [name, markdown] of docs) {
      if (!name.endsWith('.md')) continue;
      const html = md.render(stripFrontMatter(markdown), {});
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].filter((t) => !allowedTags.has(t)), name).toEqual([]);
      // Code blocks are wrapped in v-pre by VitePress; everything else is a Vue template.
      const outsidePre = html.replace(/<pre[^>]*v-pre[^>]*>[\s\S]*?<\/pre>/g, '');
      expect(outsidePre, name).not.toContain('{{');
      expect(html, name).not.toMatch(/<[a-z][^>]*\son\w+=|href="javascript:/i);
    }
    const text = visible(md.render(stripFrontMatter(page), {}).replace(/<pre[\s\S]*?<\/pre>/g, ''));
    for (const literal of ['Create an <item> | `fast` *now* {{ x }} </script>', 'ID with `code` | pipe <b>bold</b> {{ id }} */', '{{ name }}', 'a|b', '${x}']) {
      expect(text).toContain(literal);
    }
  });
});
