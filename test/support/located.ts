import { DIAGNOSTIC_CATALOG, fromPointer, type Diagnostic } from '../../generator/diagnostics.js';

/**
 * Why a diagnostic is not properly located, or undefined when it is: it names the spec, has a known
 * code and a line/column, and in the JSON spec text that position holds the key (or array item) its
 * pointer names.
 */
export function locationProblem(d: Diagnostic, specFile: string, specText: string): string | undefined {
  if (d.file !== specFile) return `file ${d.file}`;
  if (!(d.code in DIAGNOSTIC_CATALOG)) return `unknown code ${d.code}`;
  if (!(d.line >= 1 && d.col >= 1)) return `no position ${d.line}:${d.col}`;
  const last = fromPointer(d.pointer).at(-1);
  const at = (linesOf(specText)[d.line - 1] ?? '').slice(d.col - 1);
  if (last !== undefined && !/^\d+$/.test(last) && !at.startsWith(JSON.stringify(last))) {
    return `${d.line}:${d.col} holds ${JSON.stringify(at.slice(0, 40))}, not the key ${JSON.stringify(last)}`;
  }
  return undefined;
}

let cached: { text: string; lines: string[] } | undefined;

/** Lines of the spec text, split once per text (a large spec has thousands of diagnostics). */
function linesOf(text: string): string[] {
  if (cached?.text !== text) cached = { text, lines: text.split('\n') };
  return cached.lines;
}
