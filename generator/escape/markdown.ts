/**
 * Escaping of spec text for Markdown that must also survive MDX (Docusaurus) and Vue templates
 * (VitePress). Everything the spec says goes through this module before it reaches a template.
 *
 * Choices, each forced by one of the three renderers:
 * - `<` `>` `{` `}` `&` get backslash escapes, which every CommonMark renderer and MDX honour and which
 *   read well raw (MDX would take `<` and `{` for JSX and expressions).
 * - The one exception: Vue compiles a VitePress page's HTML as a template, where `{{` opens an
 *   interpolation, and `\{\{` renders as `{{`. The second brace of a pair becomes `&#123;`, which
 *   VitePress keeps as written, so hostile text cannot reach Vue; ordinary text never has one.
 * - Inline code that holds `{{`, `}}` or `|` is written as `<code>…</code>` with escaped content:
 *   VitePress compiles inline code as a Vue template, and a `|` in a backtick span splits a GFM table cell.
 * - Newlines inside table cells become `<br />` (self-closing, so MDX's JSX parser accepts it).
 */

const INLINE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  '<': '\\<',
  '>': '\\>',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  // `$` opens math in prettier's parser (a lone `$$` line becomes a math block) and in sites with math on.
  $: '\\$',
};

const INLINE_PATTERN = /[\\`*_[\]|~<>{}&$]/g;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Markers that change the meaning of a line when they start it (headings, lists, containers, setext). */
const LINE_START_PATTERN = /^([#+=:-]|\d+[.)])/;

/** MDX reads a line starting with `import`/`export` as an ES module statement. */
const MDX_ESM_PATTERN = /^(i)(mport\b)|^(e)(xport\b)/;

/** A colon that could open an emoji shortcode (`:tada:`), which VitePress would turn into a picture. */
const EMOJI_PATTERN = /:(?=[\w+-]+:)/g;

/**
 * The emoticons VitePress's markdown-it-emoji replaces (`:)`, `;-)`, `8-)` …), in the plugin's own
 * matching order (sorted, reversed) so this scan finds the same matches the plugin would.
 */
const EMOTICONS = [
  '>:(', '>:-(', ':")', ':-")', ':/', ':-/', ":'(", ":'-(", ':,(', ':,-(', ':(', ':-(', ']:(', ']:-(',
  'o:)', 'O:)', 'o:-)', 'O:-)', '0:)', '0:-)', ":')", ":'-)", ':,)', ':,-)', ":'D", ":'-D", ':,D', ':,-D',
  ':*', ':-*', 'x-)', 'X-)', ':|', ':-|', ':o', ':-o', ':O', ':-O', ':@', ':-@', ':D', ':-D', ':)', ':-)',
  ']:)', ']:-)', ":,'(", ":,'-(", ';(', ';-(', ':P', ':-P', '8-)', 'B-)', ',:(', ',:-(', ',:)', ',:-)',
  ':s', ':-S', ':z', ':-Z', ':$', ':-$', ';)', ';-)',
  // A GFM table turns `\|` back into `|` before inline parsing, so the escaped forms count too.
  ':\\|', ':-\\|',
];
const EMOTICON_PATTERN = new RegExp(
  [...EMOTICONS].sort().reverse().map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** A character every emoticon has (checked here, so a new emoticon cannot slip past the shortcut). */
const EMOTICON_CHAR = /[:;-]/;
if (!EMOTICONS.every((e) => EMOTICON_CHAR.test(e))) throw new Error('escape/markdown: an emoticon without : ; or -');

/** Escapes one line of prose so it renders as literal text in Markdown, MDX and VitePress. */
export function escapeInline(text: string): string {
  // Trimmed: leading spaces would hide a line-start marker, and four of them make a code block.
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

function escapeLine(line: string): string {
  let out = line.replace(INLINE_PATTERN, (ch, at: number) => {
    if (ch === '{' && line[at - 1] === '{') return '&#123;';
    // An underscore between two letters or digits can neither open nor close emphasis (CommonMark
    // §6.2), so `organization_id` stays as written.
    if (ch === '_' && WORD_CHAR.test(line[at - 1] ?? '') && WORD_CHAR.test(line[at + 1] ?? '')) return ch;
    return INLINE_ESCAPES[ch]!;
  });
  out = out.replace(EMOJI_PATTERN, '\\:');
  out = breakEmoticons(out);
  out = out.replace(LINE_START_PATTERN, (marker) => marker.replace(/[#+=:\-.)]/, (c) => `\\${c}`));
  out = out.replace(MDX_ESM_PATTERN, (_m, i, mport, e, xport) =>
    i ? `&#105;${mport}` : `&#101;${xport}`,
  );
  return out;
}

/**
 * The emoji plugin scans each markdown-it text token on its own, and a backslash escape or an entity
 * ends a token, so escaped text is scanned piece by piece between those (except `\|`, which a table
 * cell turns back into a plain `|`). A backslash before an emoticon's first punctuation character
 * splits it; like the plugin, a match right after a letter or digit is left alone (`https://`).
 */
function breakEmoticons(escaped: string): string {
  // Most lines hold no emoticon at all: skip the long alternation for them.
  if (!EMOTICON_CHAR.test(escaped)) return escaped;
  return escaped
    .split(/(\\[!-{}~]|&#?\w+;)/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(EMOTICON_PATTERN, breakEmoticon)))
    .join('');
}

function breakEmoticon(match: string, offset: number, piece: string): string {
  if (offset > 0 && /[\p{L}\p{N}]/u.test(piece[offset - 1]!)) return match;
  const at = match.search(/[!-/:-@[-`{-~]/);
  return `${match.slice(0, at)}\\${match.slice(at)}`;
}

/**
 * Escapes multi-line prose (descriptions) as paragraphs: each line escaped and trimmed (so
 * indentation never becomes a code block), runs of blank lines folded into one paragraph break.
 */
export function escapeBlock(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(escapeLine)
        .join('\n'),
    )
    .filter((p) => p !== '');
  return paragraphs.join('\n\n');
}

/** Escapes text for a GFM table cell: inline escapes plus `<br />` for line breaks. */
export function escapeTableCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(escapeLine)
    .join('<br />');
}

/**
 * Inline code for any text: a backtick fence one longer than the longest backtick run inside, padded
 * when the content touches a backtick or is space-wrapped (CommonMark strips one space each side).
 * Falls back to `<code>` with escaped content where backticks are unsafe (see the module comment).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  if (/\{\{|\}\}|\|/.test(flat) || flat === '') return `<code>${escapeLine(flat)}</code>`;
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const touchesTick = flat.startsWith('`') || flat.endsWith('`');
  const spaceWrapped = flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '';
  const pad = touchesTick || spaceWrapped ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Escapes text for HTML inside Markdown (`<summary>`): references for everything HTML, Vue or MDX
 * would read, since no Markdown escape works there.
 */
export function escapeHtmlish(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[&<>"'{}]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Text for a VitePress sidebar label, which VitePress inserts as HTML (v-html, never a Vue template):
 * only `&`, `<` and `>` need references, so labels such as `PATCH /a/{id}` stay as written.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function fencedBlock(lang: string, content: string): string {
  const longestRun = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${lang}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * Text of an ATX heading (`# …`): one line with inline escapes, so a newline cannot end the heading,
 * a leading `#` cannot deepen it, and VitePress's `{#id}` / `{.class}` attribute syntax stays text.
 */
export function headingText(text: string): string {
  return escapeInline(text);
}

/** Text of a link (`[…](…)`): inline escapes, which include `[`, `]` and a table's `|`. */
export function linkText(text: string): string {
  return escapeInline(text);
}

/**
 * A link destination (`[…](here)`): percent-encodes what would end it or make it something else
 * (white space, parentheses, `<` `>`, quotes, backslashes, control characters, a `%` that starts no
 * escape). Docs paths come from plan names, so today this changes nothing; it keeps that true.
 */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>"'`\\\u0000-\u001f\u007f]|%(?![0-9A-Fa-f]{2})/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
