import { layoutStatement } from './layout.js';
import { Unsupported } from './parse.js';

/** prettier's printWidth for generated code (generator/format.ts pins the same). */
export const WIDTH = 100;

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x20-\x7e]*$/;

/**
 * The text of one line of generated code at `level` indents: as it is when it fits (what prettier does
 * with a statement that fits), else (or `always`) laid out as prettier breaks it. Only printable ASCII is measured
 * here; other text goes to the layout, whose printer measures wide and combining characters as
 * prettier does.
 */
export function printLine(text: string, level: number, out: TextOut, always = false): string {
  if (!always && text.length + 2 * level <= WIDTH && ASCII.test(text)) return '  '.repeat(level) + text;
  if (UNBREAKABLE.test(text)) return '  '.repeat(level) + text;
  try {
    return layoutStatement(text, level);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    // A shape the layout does not know: valid code, left for prettier to format.
    out.unformatted++;
    if (process.env.VALIDATORS_PRINT_DEBUG) console.error('unformatted:', (error as Error).message, '|', text);
    return '  '.repeat(level) + text;
  }
}

/** Printed lines, and how many of them still need prettier. */
export interface TextOut {
  lines: string[];
  unformatted: number;
}

/** Lines prettier cannot break: `case` labels, loops and blocks the emitter only writes short. */
const UNBREAKABLE = /^(?:case .*:|default:|break;|\}|\} else \{|for \(.*\) \{|switch \(.*\) \{|[A-Za-z_$][\w$]* = (?:true|false);)$/s;

/**
 * The statements of a function body (one statement or block delimiter per line, as the keyword
 * compilers write them) indented as prettier indents them: one level per block, and the statements
 * of a `case` one level below it.
 */
export function printBody(lines: readonly string[], level: number, out: TextOut): void {
  // Per open block: is it a switch, and has a case label opened inside it.
  const blocks: { switch: boolean; inCase: boolean }[] = [];
  let depth = level;
  for (const text of lines) {
    if (text.startsWith('}')) {
      const closed = blocks.pop()!;
      depth -= closed.switch && closed.inCase ? 2 : 1;
    }
    if (text.startsWith('case ') || text === 'default:') {
      const block = blocks[blocks.length - 1]!;
      if (block.inCase) depth--;
      out.lines.push(printLine(text, depth, out));
      block.inCase = true;
      depth++;
      continue;
    }
    out.lines.push(printLine(text, depth, out));
    if (text.endsWith('{')) {
      blocks.push({ switch: text.startsWith('switch '), inCase: false });
      depth++;
    }
  }
}
