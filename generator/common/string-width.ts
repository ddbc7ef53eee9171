import { createRequire } from 'node:module';

const NOT_ASCII = /[^\x20-\x7F]/;
let prettierWidth: ((text: string) => number) | undefined;

/**
 * Display width as prettier measures it: wide East Asian characters and emoji count 2, marks 0.
 * Prettier's own function, from its small CommonJS entry (~10 ms to load, against ~50 ms for its
 * ES module entry), loaded on the first string that is not printable ASCII.
 */
export function stringWidth(text: string): number {
  if (!NOT_ASCII.test(text)) return text.length;
  prettierWidth ??= (createRequire(import.meta.url)('prettier') as { util: { getStringWidth(text: string): number } }).util.getStringWidth;
  return prettierWidth(text);
}
