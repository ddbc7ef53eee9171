/**
 * The one string order of the generator: code units, the same on every machine and locale
 * (`localeCompare` is not). Names, file lists, output order and diagnostics all sort with it.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Something reported at a place in a file: diagnostics, and the findings reports are made of. */
export interface Located {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
}

/** Report order, the same for every report: file, line, column, code, then message. */
export function compareLocated(a: Located, b: Located): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}
