import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

/** The page templates under `templates/docs/`. */
export type PageTemplate = 'index' | 'operation' | 'schema';

type Render = (model: object) => string;

// Resolved from this module so the generator works from any cwd; the path never reaches the output.
const TEMPLATE_DIR = new URL('../../../templates/docs/', import.meta.url);

let cached: Record<PageTemplate, Render> | undefined;

/** Makes the next docsTemplates() read the templates again (watch mode, after a template changed). */
export function forgetDocsTemplates(): void {
  cached = undefined;
}

/**
 * Compiles the docs templates once, on a private Handlebars instance with `noEscape` (HTML escaping
 * is wrong for Markdown; the view model escapes) and `strict` (a missing field fails loudly).
 */
export function docsTemplates(): Record<PageTemplate, Render> {
  if (cached) return cached;
  const hbs = Handlebars.create();
  const options = { noEscape: true, strict: true };
  const partialDir = new URL('partials/', TEMPLATE_DIR);
  for (const file of readdirSync(partialDir).filter((f) => f.endsWith('.hbs')).sort()) {
    hbs.registerPartial(file.replace(/\.hbs$/, ''), hbs.compile(readFileSync(new URL(file, partialDir), 'utf8'), options));
  }
  const compile = (name: PageTemplate): Render => {
    const template = hbs.compile(readFileSync(new URL(`${name}.md.hbs`, TEMPLATE_DIR), 'utf8'), options);
    return (model) => template(model);
  };
  cached = { index: compile('index'), operation: compile('operation'), schema: compile('schema') };
  return cached;
}
