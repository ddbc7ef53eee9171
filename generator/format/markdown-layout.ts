/**
 * Prettier's Markdown layout for the docs pages our templates print, without running prettier's
 * Markdown parser (4-5 µs per character: on GitHub's spec the docs pages were most of the formatting
 * time). Our pages use a small set of blocks: YAML front matter, headings, paragraphs of escaped text,
 * lists, `<details>` HTML, GFM tables and fenced code. For those, prettier's Markdown output differs
 * from the template's only in a few places, which this module reproduces:
 *
 * - front matter is formatted as YAML: a double-quoted scalar is re-quoted per prettier's rule;
 * - table cells are trimmed and padded to the column's string width, or the table is printed compact
 *   (`| --- |`) when its padded form is wider than the print width (proseWrap 'never');
 * - the lines of one paragraph are joined with a space (proseWrap 'never');
 * - code in a fence whose language prettier knows (`ts`, `json`) is formatted with that language's
 *   parser, as prettier's Markdown printer does for embedded code: those blocks are returned as jobs.
 *
 * Anything outside that set (a line this module does not recognise, non-ASCII text where prettier's
 * CJK spacing rules apply) returns undefined, and the page goes through prettier whole. Prettier stays
 * the judge: test/docs/markdown-layout.test.ts asserts prettier leaves every laid-out page unchanged.
 */

import { splitRow as splitCells } from './tables.js';

/** A piece of a laid-out page: final text, or embedded code prettier must format with `parser`. */
export type LayoutPart = string | { code: string; parser: 'typescript' | 'json'; fence: string; lang: string };

/** Prettier's print width (format.ts pins it); a padded table wider than this is printed compact. */
const PRINT_WIDTH = 100;

/** Fence languages prettier formats inside Markdown, with the parser it infers for each. */
const EMBEDDED: Record<string, 'typescript' | 'json'> = { ts: 'typescript', typescript: 'typescript', json: 'json' };
/** Fence languages prettier has no parser for: their code is printed as written. */
const VERBATIM_LANGS = new Set(['sh', 'bash', 'shell', 'text', 'http', 'xml', '']);

/**
 * Non-ASCII characters prettier counts one column wide and treats like Latin letters or punctuation
 * (Latin-1 and Latin Extended, general punctuation), minus spaces, © and ® (emoji to prettier's
 * string width) and ‼ ⁉. Next to a line break, anything else (CJK above all, where prettier joins
 * lines without a space) sends the page to prettier.
 */
const NARROW = /^[\x21-\x7e\u00a1-\u00a8\u00aa-\u00ad\u00af-\u024f\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e]$/u;

/** ASCII punctuation by Unicode's categories (P*), the set prettier escapes `_` next to; not `\` or `_`. */
const EDGE_PUNCTUATION = /^[!"#%&'()*,./:;?@[\]{}-]$/;

/**
 * The text with each code span replaced by `x` (prettier prints a span's content as written), or
 * undefined for a span whose backtick fence or padding prettier could print differently.
 */
function maskCodeSpans(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i++;
    } else if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      const content = text.slice(i + 1, close);
      if (close === -1 || text[i + 1] === '`' || text[close + 1] === '`' || content.trim() !== content) return undefined;
      out += 'x';
      i = close;
    } else out += ch;
  }
  return out;
}

/** Runs of spaces outside code spans as one space, as prettier prints them (code spans found as maskCodeSpans does). */
function collapseSpaces(text: string): string {
  if (!text.includes('  ')) return text;
  let out = '';
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' && spaces) continue;
    spaces = ch === ' ';
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i++;
    } else if (ch === '`' && text.indexOf('`', i + 1) !== -1) {
      const close = text.indexOf('`', i + 1);
      out += text.slice(i, close + 1);
      i = close;
    } else out += ch;
  }
  return out;
}

/**
 * Whether prettier might print this text differently: emphasis with single `*`, hard breaks, runs
 * of spaces, control and combining characters, unusual code spans, and a `\_` prettier would
 * unescape (it escapes `_` only next to whitespace or punctuation, where ours escapes every `_` not
 * between two letters or digits).
 */
function unsafeText(text: string): boolean {
  const masked = maskCodeSpans(text);
  if (masked === undefined) return true;
  if (/^\s|\s$| {2}|[^\S ]|[\p{C}\p{M}]/u.test(text)) return true;
  if (/\*/.test(masked.replace(/\\\*|\*\*/g, ''))) return true;
  const edge = (c: string | undefined) => c === undefined || c === ' ' || EDGE_PUNCTUATION.test(c);
  for (let k = masked.indexOf('\\_'); k !== -1; ) {
    // A run of escaped underscores (`\_\_init\_\_`) is one unit: prettier keeps the run as written.
    let end = k + 2;
    while (masked.startsWith('\\_', end)) end += 2;
    const before = masked[k - 1];
    const after = masked[end] === '\\' ? masked[end + 1] : masked[end];
    if (before === '\\' || before === '_' || after === '_' || !(edge(before) || edge(after))) return true;
    k = masked.indexOf('\\_', end);
  }
  return false;
}

/** A paragraph line that cannot start another block (our escaping guards spec text; this guards the rest). */
const PARAGRAPH_START = /^(?!\d+[.)]|`{3}|<(?!code>))[^\s#>*+\-=_~|]/;

/** The page in prettier's layout as parts to join, or undefined when it needs prettier as a whole. */
export function layoutMarkdown(page: string, stringWidth?: (text: string) => number): LayoutPart[] | undefined {
  if (!page.endsWith('\n')) return undefined;
  const lines = page.slice(0, -1).split('\n');
  const parts: LayoutPart[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length) parts.push(text.join('\n') + '\n');
    text = [];
  };
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end === -1) return undefined;
    const yaml = frontMatter(lines.slice(1, end));
    if (yaml === undefined) return undefined;
    text.push('---', ...yaml, '---');
    i = end + 1;
  }
  let previousBlank = text.length === 0;
  // Two lists with only a blank line between are one loose list to prettier (blank lines between all items).
  let previousList = false;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      // Prettier folds a run of blank lines (a template's empty conditional leaves one) into one.
      if (!previousBlank) text.push('');
      previousBlank = true;
      i++;
      continue;
    }
    if (!previousBlank) return undefined; // blocks are always separated by one blank line below
    const fence = /^(`{3,})([\w-]*)$/.exec(line);
    if (fence) {
      const close = lines.indexOf(fence[1]!, i + 1);
      if (close === -1) return undefined;
      const lang = fence[2]!;
      const code = lines.slice(i + 1, close).join('\n');
      const parser = EMBEDDED[lang];
      if (parser) {
        flush();
        // The closing fence's line break comes first in the next text part.
        parts.push({ code, parser, fence: fence[1]!, lang }, '\n');
      } else if (VERBATIM_LANGS.has(lang) && code.trim() !== '') {
        text.push(...lines.slice(i, close + 1));
      } else return undefined;
      i = close + 1;
      previousBlank = false;
      previousList = false;
      continue;
    }
    if (line.startsWith('|')) {
      let end = i;
      while (end < lines.length && lines[end]!.startsWith('|')) end++;
      const table = layoutTable(lines.slice(i, end), stringWidth);
      if (table === undefined) return undefined;
      text.push(...table);
      i = end;
      previousBlank = false;
      previousList = false;
      continue;
    }
    // A paragraph, heading, list or HTML block: lines up to the next blank line.
    let end = i;
    while (end < lines.length && lines[end] !== '') end++;
    const block = layoutTextBlock(lines.slice(i, end));
    if (block === undefined) return undefined;
    const isList = line.startsWith('- ');
    if (isList && previousList) return undefined;
    text.push(...block);
    i = end;
    previousBlank = false;
    previousList = isList;
  }
  while (text.at(-1) === '') text.pop();
  if (parts.at(-1) === '\n' && text.length === 0) return parts;
  flush();
  return parts;
}

/** Joins laid-out parts, given prettier's output for each code part (with its final newline). */
export function joinLayout(parts: readonly LayoutPart[], formatted: readonly string[]): string {
  let k = 0;
  return parts
    .map((p) => (typeof p === 'string' ? p : `${p.fence}${p.lang}\n${formatted[k++]!.replace(/\n$/, '')}\n${p.fence}`))
    .join('');
}

/**
 * Front matter lines `key: "json string"` re-quoted as prettier's YAML printer does with
 * singleQuote: a string with an escape other than `\"` keeps double quotes; one with `"` and no other
 * escape goes to single quotes (`'` doubled); one with `'` keeps double quotes; else single quotes.
 */
function frontMatter(lines: string[]): string[] | undefined {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^([a-z]+): "(.*)"$/.exec(line);
    if (!m) return undefined;
    const [, key, raw] = m as unknown as [string, string, string];
    if (/(^|[^\\])"/.test(raw)) return undefined; // not a JSON string: not ours
    if (/\\[^"]/.test(raw)) out.push(line);
    else if (raw.includes('"')) out.push(`${key}: '${raw.replaceAll('\\"', '"').replaceAll("'", "''")}'`);
    else if (raw.includes("'")) out.push(line);
    else out.push(`${key}: '${raw}'`);
    // With proseWrap 'never' prettier keeps a long scalar on one line (descriptions run to ~175
    // characters); beyond twice the print width, prettier decides.
    if (out.at(-1)!.length > PRINT_WIDTH * 2) return undefined;
  }
  return out;
}

/** A block of text lines: a heading, a list, our `<details>` lines, a one-line note, or a paragraph. */
function layoutTextBlock(block: string[]): string[] | undefined {
  const lines = block.map(collapseSpaces);
  for (const line of lines) if (unsafeText(line)) return undefined;
  const first = lines[0]!;
  if (/^#{1,6} \S/.test(first)) return lines.length === 1 && !first.endsWith('#') ? lines : undefined;
  if (first.startsWith('- ')) return lines.every((l) => /^- \S/.test(l)) ? lines : undefined;
  if (first.startsWith('> **')) return lines.length === 1 ? lines : undefined;
  const html = /^<(?:\/?details>|summary>.*<\/summary>)$/;
  if (html.test(first)) return lines.every((l) => html.test(l)) ? lines : undefined;
  if (!lines.every((l) => PARAGRAPH_START.test(l))) return undefined;
  // Prettier prints a paragraph's soft line breaks as spaces (proseWrap 'never'), but between CJK
  // characters as nothing: a break next to anything but ASCII or Latin goes to prettier.
  for (let k = 1; k < lines.length; k++) {
    if (!NARROW.test(lines[k - 1]!.at(-1)!) || !NARROW.test(lines[k]![0]!)) return undefined;
  }
  return [lines.join(' ')];
}

/**
 * A GFM table as prettier prints it: cells trimmed, then each column padded to its widest cell (at
 * least 3), or every delimiter `---` and cells unpadded when the padded table is wider than the print
 * width. Only our own tables qualify: `| --- |` delimiter row, as many cells in every row.
 */
function layoutTable(rows: string[], stringWidth = asciiWidth): string[] | undefined {
  if (rows.length < 2) return undefined;
  const cells = rows.map((row) => splitRow(row)?.map(collapseSpaces));
  const columns = cells[0]!.length;
  if (cells.some((r) => r === undefined || r.length !== columns)) return undefined;
  if (!cells[1]!.every((c) => c === '---')) return undefined;
  for (const row of cells) for (const cell of row!) if (cell !== '' && unsafeText(cell)) return undefined;
  const cellWidths = cells.map((r, i) => r!.map((c) => (i === 1 ? 0 : stringWidth(c))));
  if (cellWidths.some((r) => r.some((w) => Number.isNaN(w)))) return undefined;
  const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...cellWidths.map((r) => r[c]!)));
  const total = widths.reduce((n, w) => n + w, 0) + 3 * columns + 1;
  if (total > PRINT_WIDTH) return cells.map((r) => `| ${r!.join(' | ')} |`);
  return cells.map((r, i) =>
    `| ${r!.map((c, k) => (i === 1 ? '-'.repeat(widths[k]!) : c + ' '.repeat(widths[k]! - cellWidths[i]![k]!))).join(' | ')} |`,
  );
}

/** A cell's width in columns when it is ASCII; NaN otherwise (the caller then passes prettier's getStringWidth). */
function asciiWidth(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : NaN;
}

/** Trimmed cells of a row, split at pipes that are not backslash-escaped; undefined when the row is not closed. */
function splitRow(row: string): string[] | undefined {
  if (!row.endsWith('|') || row.endsWith('\\|') || row.length < 2) return undefined;
  return splitCells(row).map((cell) => cell.trim());
}
