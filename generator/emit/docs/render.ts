import Handlebars from 'handlebars';
import type { Assets } from '../../load/assets.js';

/** The page templates under `templates/docs/`. */
export type PageTemplate = 'index' | 'operation' | 'schema';

type Render = (model: object) => string;

const compiled = new WeakMap<Assets, Record<PageTemplate, Render>>();

/**
 * Compiles the docs templates once per set of assets, on a private Handlebars instance with `noEscape`
 * (HTML escaping is wrong for Markdown; the view model escapes) and `strict` (a missing field fails loudly).
 */
export function docsTemplates(assets: Assets): Record<PageTemplate, Render> {
  const known = compiled.get(assets);
  if (known) return known;
  const hbs = Handlebars.create();
  const options = { noEscape: true, strict: true };
  for (const [name, source] of Object.entries(assets.partials)) hbs.registerPartial(name, hbs.compile(source, options));
  const compile = (name: PageTemplate): Render => {
    const source = assets.pages[name];
    if (source === undefined) throw new Error(`docs emitter: no template ${name}.md.hbs`);
    const template = hbs.compile(source, options);
    return (model) => template(model);
  };
  const renders = { index: compile('index'), operation: compile('operation'), schema: compile('schema') };
  compiled.set(assets, renders);
  return renders;
}
