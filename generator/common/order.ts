/**
 * The one string order of the generator: code units, the same on every machine and locale
 * (`localeCompare` is not). Names, file lists, output order and diagnostics all sort with it.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
