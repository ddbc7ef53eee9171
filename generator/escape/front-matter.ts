/**
 * Spec text in a docs page's front matter, which the docs sites read twice: as YAML, and then as
 * HTML they write without asking us (VitePress copies `title` into `<title>`, escaped, and
 * `description` into `<meta name="description" content="…">`, not escaped; Docusaurus escapes both).
 */

/**
 * A YAML double-quoted scalar on one line (JSON strings are valid YAML) for front matter. VitePress
 * copies front matter into a `<script>` block of the compiled page without escaping, where a `</script>`
 * ends the block and fails the build, so `</` gets an invisible zero-width space between its characters.
 */
export function yamlScalar(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim().replace(/<\//g, '<\u200b/'));
}

/**
 * Text that a site writes unescaped into a double-quoted HTML attribute (VitePress's meta
 * description), the same text Docusaurus escapes itself. Inside such an attribute only `"` ends the
 * value, so it becomes `'` (an entity would show as `&quot;` in Docusaurus and after VitePress
 * hydrates the page, which sets the attribute from the raw value); `&` starts a character reference
 * only before a letter, digit or `#`, so an invisible zero-width space goes between them.
 * `<` and `>` are plain text in an attribute value.
 */
export function unescapedAttributeText(text: string): string {
  return text.replace(/"/g, "'").replace(/&(?=[#\p{L}\p{N}])/gu, '&\u200b');
}

/** A front-matter `description`: a YAML scalar whose value is safe in VitePress's meta attribute. */
export function frontMatterDescription(text: string): string {
  return yamlScalar(unescapedAttributeText(text));
}
