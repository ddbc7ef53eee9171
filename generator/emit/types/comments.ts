import ts from 'typescript';
import { hardline, type Doc } from './doc.js';
import { Unsupported } from './unsupported.js';

/**
 * The JSDoc comments openapi-typescript attaches to property signatures, as prettier prints them
 * after TypeScript's printer wrote them. TypeScript writes each line of a multi-line comment
 * trimmed and re-indented; prettier then re-indents a comment whose every line starts with `*`
 * (" * text" under the member) and prints any other block comment verbatim. openapi-typescript
 * prefixes every line with ` *`, so only line breaks TypeScript sees and prettier does not (a
 * lone CR, U+2028, U+2029) or empty lines could make a comment verbatim: those are left to prettier.
 */
export function leadingComments(node: ts.Node, restore: (text: string) => string): Doc[] {
  const comments = ts.getSyntheticLeadingComments(node);
  if (!comments || comments.length === 0) return [];
  const parts: Doc[] = [];
  for (const comment of comments) {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || !comment.hasTrailingNewLine || comment.hasLeadingNewline) {
      throw new Unsupported('a comment that is not a JSDoc block on its own line');
    }
    parts.push(blockComment(restore(comment.text)), hardline);
  }
  return parts;
}

const OTHER_LINE_BREAKS = /[\r\u2028\u2029]/;

function blockComment(text: string): Doc {
  if (OTHER_LINE_BREAKS.test(text)) throw new Unsupported('a comment with a line break other than LF');
  if (text.includes('*/')) throw new Unsupported('a comment that closes early');
  // TypeScript's printer writes every line of the comment trimmed (writeTrimmedCurrentLine).
  const written = `/*${text}*/`.split('\n').map((l) => l.trim());
  if (written.length === 1) return written[0]!;
  // prettier (isIndentableBlockComment): lines of `*${value}*`, each trimmed at the start, must start with `*`.
  const value = written.join('\n').slice(2, -2);
  const lines = `*${value}*`.split('\n').map((l) => l.trimStart());
  if (!lines.every((l) => l.startsWith('*'))) throw new Unsupported('a block comment prettier prints verbatim');
  const parts: Doc[] = ['/'];
  lines.forEach((l, i) => {
    if (i === 0) parts.push(l.trimEnd(), hardline);
    else if (i === lines.length - 1) parts.push(' ', l);
    else parts.push(' ', l.trimEnd(), hardline);
  });
  parts.push('/');
  return parts;
}
