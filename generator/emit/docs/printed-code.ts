import { fencedBlock } from '../../escape/markdown.js';

/** Fence languages whose code the docs print in prettier's layout, with the parser that judges it. */
const PARSERS = { ts: 'typescript', json: 'json' } as const;

/**
 * The code blocks of one docs page that the emitter printed in prettier's layout (example-values.ts,
 * client-snippet.ts), so the format step keeps them as written instead of sending each to prettier
 * (GitHub's 1,700 examples cost seconds of prettier). A block we cannot vouch for is written as
 * before, in the raw form prettier then formats; only that block pays for prettier, not the page.
 * Tests hold every block recorded here to prettier's output for it.
 */
export class PrintedCode {
  private readonly printed = new Map<string, 'typescript' | 'json'>();

  /** A fenced block of `printed` (recorded as final), or of `raw()` when the printer refused (undefined). */
  block(lang: keyof typeof PARSERS, printed: string | undefined, raw: () => string): string {
    if (printed === undefined) return fencedBlock(lang, raw());
    const block = fencedBlock(lang, printed);
    // The code as the page's Markdown holds it between the fences (fencedBlock drops trailing newlines).
    this.printed.set(block.slice(block.indexOf('\n') + 1, block.lastIndexOf('\n')), PARSERS[lang]);
    return block;
  }

  /** The recorded blocks: code → the prettier parser it is final for. */
  get blocks(): ReadonlyMap<string, 'typescript' | 'json'> {
    return this.printed;
  }
}
