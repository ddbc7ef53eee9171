import { frontMatterDescription, yamlScalar } from '../../escape/front-matter.js';

/** Front matter values, already YAML scalars; `description` is '' (and left out) when the spec has none. */
export interface FrontMatter {
  title: string;
  description: string;
}

/** Sites show the description in search results and link previews, where one short sentence reads best. */
const MAX_DESCRIPTION = 160;

/**
 * Front matter from plain spec text; the description is the text's summary (see summaryOf). Without
 * spec text there is no description: a made-up one ("The User schema.") tells a reader nothing.
 */
export function frontMatter(title: string, description: string | undefined): FrontMatter {
  const summary = description === undefined ? '' : summaryOf(description);
  return { title: yamlScalar(title), description: summary === '' ? '' : frontMatterDescription(summary) };
}

/** The first paragraph of spec prose on one line, cut at a word near 160 characters (plain text). */
export function summaryOf(description: string): string {
  return shorten(description.split(/\r?\n\s*\r?\n/)[0]!.replace(/\s+/g, ' ').trim());
}

function shorten(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DESCRIPTION);
  const space = cut.lastIndexOf(' ');
  return `${(space > 80 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
