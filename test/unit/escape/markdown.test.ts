import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontMatterDescription, unescapedAttributeText, yamlScalar } from '../../../generator/escape/front-matter.js';
import {
  codeSpan,
  escapeBlock,
  escapeHtmlish,
  escapeHtmlText,
  escapeInline,
  escapeTableCell,
  headingText,
  linkDestination,
  linkText,
} from '../../../generator/escape/markdown.js';
import { markdownShape, mdxShape } from '../../hostile/markdown-shape.js';
import { CANARY_PAYLOADS, PAYLOADS } from '../../hostile/payloads.js';

/**
 * The Markdown and front-matter escaping functions against every hostile payload: the escaped text
 * must give the Markdown the same structure (GFM and MDX) as a plain word in its place, and front
 * matter must read back as the text. test/docs/escape.test.ts checks what the text renders as.
 */
const ALL = [...PAYLOADS, ...CANARY_PAYLOADS];

function sameShape(markdown: string, neutral: string): void {
  expect(markdownShape(markdown), markdown).toBe(markdownShape(neutral));
  expect(mdxShape(markdown), markdown).toBe(mdxShape(neutral));
}

describe.each(ALL.map((p) => [JSON.stringify(p).slice(0, 60), p]))('payload %s', (_label, payload) => {
  it('Markdown text (inline and block) adds no structure', () => {
    sameShape(`a ${escapeInline(payload)} b\n`, 'a n b\n');
    sameShape(`a\n\n${escapeBlock(payload)}\n\nb\n`, 'a\n\nn\n\nb\n');
    sameShape(`a ${codeSpan(payload)} b\n`, 'a `n` b\n');
  });

  it('a table cell stays one cell of one row', () => {
    const table = (cell: string) => `| h | i |\n| --- | --- |\n| ${cell} | x |\n`;
    sameShape(table(escapeTableCell(payload)), table('n'));
    sameShape(table(codeSpan(payload)), table('n'));
  });

  it('heading text and link text stay one heading and one link', () => {
    sameShape(`# ${headingText(payload)}\n\n## ${headingText(payload)}\n`, '# n\n\n## n\n');
    sameShape(`See [${linkText(payload)}](${linkDestination(`./a ${payload}.md`)}).\n`, 'See [n](./n.md).\n');
  });

  it('HTML text holds no tag or Vue interpolation', () => {
    expect(escapeHtmlish(payload)).not.toMatch(/[<>{}"'\n]/);
    expect(escapeHtmlText(payload)).not.toMatch(/[<>\n]/);
  });

  it('a front-matter scalar reads back as the text, on one line', () => {
    const scalar = yamlScalar(payload);
    expect(scalar).not.toMatch(/[\n\r\u2028\u2029]/);
    const read = parseYaml(`title: ${scalar}\n`) as { title: string };
    expect(read.title).toBe(payload.replace(/\s+/g, ' ').trim().replace(/<\//g, '<\u200b/'));
  });

  it('a front-matter description cannot end the HTML attribute VitePress writes it into', () => {
    const read = (parseYaml(`description: ${frontMatterDescription(payload)}\n`) as { description: string }).description;
    expect(read).not.toContain('"');
    expect(read).not.toMatch(/&[#\p{L}\p{N}]/u);
    // Nothing else changes: `"` reads as `'`, and the zero-width space after `&` is invisible.
    expect(unescapedAttributeText(payload).replace(/&\u200b/g, '&')).toBe(payload.replace(/"/g, "'"));
  });
});
