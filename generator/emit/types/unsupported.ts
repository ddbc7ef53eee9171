/**
 * Thrown by the types printer for a node or situation it does not reproduce exactly. The printer
 * never guesses: the top-level statement it was printing goes to prettier instead.
 */
export class Unsupported extends Error {
  constructor(readonly what: string) {
    super(`types printer: ${what}`);
  }
}

/** TypeScript's emit flags of a synthesized node (ts.getEmitFlags is internal). */
export function hasSingleLineFlag(node: import('typescript').Node): boolean {
  const flags = (node as { emitNode?: { flags?: number } }).emitNode?.flags ?? 0;
  return (flags & 1) !== 0; // EmitFlags.SingleLine
}
