import ts from 'typescript';
import { hardline, join, literalline, type Doc } from '../print/doc.js';
import { Unsupported } from './unsupported.js';

/**
 * The JSDoc comments openapi-typescript attaches to members, as prettier prints them after
 * TypeScript's printer wrote them (emitter.ts writeCommentRange, then prettier's printComment).
 *
 * TypeScript splits the comment at every line break it knows (LF, CR, CRLF, U+2028, U+2029),
 * writes each line trimmed and, after the first, indented by 4 spaces per level plus the line's
 * own leading whitespace. prettier then re-indents a comment whose lines all start with `*`
 * (" * text" under the member), and prints any other block comment verbatim, TypeScript's
 * indentation included.
 */
export function leadingComments(node: ts.Node, depth: number, restore: (text: string) => string): Doc[] {
  const comments = ts.getSyntheticLeadingComments(node);
  if (!comments || comments.length === 0) return [];
  const parts: Doc[] = [];
  for (const comment of comments) {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || !comment.hasTrailingNewLine || comment.hasLeadingNewline) {
      throw new Unsupported('a comment that is not a block comment on its own line');
    }
    parts.push(blockComment(restore(comment.text), depth), hardline);
  }
  return parts;
}

const TS_LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** `text` between `/*` and `*\/`; `depth` is TypeScript's indentation level at the member. */
function blockComment(text: string, depth: number): Doc {
  if (text.includes('*/')) throw new Unsupported('a comment that closes early');
  const written = `/*${text}*/`.split(TS_LINE_BREAK).map((l, i) => (i === 0 ? l.trim() : ' '.repeat(4 * depth + tsIndentWidth(l)) + l.trim()));
  const value = written.join('\n').slice(2, -2);
  // prettier's isIndentableBlockComment: several lines, each starting with `*` once trimmed.
  const lines = `*${value}*`.split('\n').map((l) => l.trimStart());
  if (lines.length === 1 || !lines.every((l) => l.startsWith('*'))) return ['/*', join(literalline, value.split('\n')), '*/'];
  const parts: Doc[] = ['/'];
  lines.forEach((l, i) => {
    if (i === 0) parts.push(l.trimEnd(), hardline);
    else if (i === lines.length - 1) parts.push(' ', l);
    else parts.push(' ', l.trimEnd(), hardline);
  });
  parts.push('/');
  return parts;
}

/** TypeScript's calculateIndent: leading single-line whitespace, tabs to the next multiple of 4. */
function tsIndentWidth(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === '\t') width += 4 - (width % 4);
    else if (TS_SINGLE_LINE_WHITESPACE.test(c)) width++;
    else break;
  }
  return width;
}

const TS_SINGLE_LINE_WHITESPACE = /[ \v\f\u00a0\u0085\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
