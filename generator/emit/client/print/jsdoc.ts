import { hardline, join, type Doc } from '../../print/doc.js';

/** A JSDoc comment: its text (already through escape/typescript's commentText) and block tags. */
export interface JsDoc {
  text: string;
  tags?: readonly string[];
}

/**
 * A JSDoc comment as prettier prints it: one line stays `/** text *\/` verbatim; several lines are an
 * "indentable" block (every line starts with `*`), whose lines prettier re-indents under the
 * declaration and trims at the end (printIndentableBlockComment). Line breaks in spec text (CR, CRLF)
 * become lines of their own, as prettier's LF normalisation would make them.
 */
export function jsDoc(doc: JsDoc | string): Doc {
  const { text, tags = [] } = typeof doc === 'string' ? { text: doc } : doc;
  const lines = [...text.split(/\r\n|\r|\n/), ...tags.map((t) => `@${t}`)];
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', hardline, join(hardline, lines.map((l) => ` * ${l}`.trimEnd())), hardline, ' */'];
}
