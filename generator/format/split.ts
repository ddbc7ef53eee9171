/**
 * Splits a large generated TypeScript file into runs of whole top-level statements, so prettier can
 * format the runs in parallel workers with far smaller ASTs (GitHub's 9.5 MB validators.gen.ts took
 * ~2 GB and one core as a single job). Prettier prints top-level statements independently, one per
 * line, with one blank line kept where the source had one; `joinFormatted` restores exactly that.
 *
 * Split points are found in the text, not a parse (which would cost as much as formatting): a line
 * at column 0 starting a declaration or a doc comment, right after a line that ends a statement.
 * Generated code indents everything nested, so such a line is a statement start; a split that is not
 * (say, inside a multi-line template literal) leaves a run prettier cannot parse, and the caller then
 * formats the whole file instead. test/large checks chunked and whole-file output are identical.
 */

/** Files below this size are formatted whole: splitting only pays for itself on big outputs. */
export const SPLIT_MIN_CHARS = 512_000;
/** Rough size of one run: big enough to amortise a job, small enough to spread over two workers. */
const TARGET_CHUNK_CHARS = 192_000;

const STATEMENT_START = /^(?:export |import |const |let |function |async function |class |interface |type |declare |\/\*\*)/;

/** The file as runs of whole statements (one run when it is small or has no safe split point). */
export function splitStatements(text: string): string[] {
  if (text.length < SPLIT_MIN_CHARS) return [text];
  const chunks: string[] = [];
  let chunkStart = 0;
  let previousLineEnd = ''; // last non-blank line before the current one, trimmed
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 24));
    if (
      lineStart - chunkStart >= TARGET_CHUNK_CHARS &&
      STATEMENT_START.test(line) &&
      (previousLineEnd.endsWith(';') || previousLineEnd === '}')
    ) {
      chunks.push(text.slice(chunkStart, lineStart));
      chunkStart = lineStart;
    }
    const full = text.slice(lineStart, lineEnd).trimEnd();
    if (full !== '') previousLineEnd = full[0] === ' ' || full[0] === '\t' ? ' ' : full;
    lineStart = lineEnd + 1;
  }
  chunks.push(text.slice(chunkStart));
  return chunks;
}

/** Joins formatted runs: one blank line between two runs where the source had at least one. */
export function joinFormatted(raw: readonly string[], formatted: readonly string[]): string {
  let out = formatted[0] ?? '';
  for (let i = 1; i < formatted.length; i++) {
    out += (/\n[ \t]*\n$/.test(raw[i - 1]!) ? '\n' : '') + formatted[i];
  }
  return out;
}
