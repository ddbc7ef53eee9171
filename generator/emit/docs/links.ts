/**
 * Link targets between docs pages. Pages link to each other with relative `.md` paths (they work in
 * VitePress, Docusaurus and on GitHub); sidebars use site-root links under `/<api slug>/`, the
 * convention being that a site mounts `generated/<slug>/docs/` at `/<slug>/`.
 */

/** Relative link from one docs page to another, both given relative to `docs/` (POSIX). */
export function relativeLink(fromDocPath: string, toDocPath: string): string {
  const from = fromDocPath.split('/').slice(0, -1);
  const to = toDocPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common;
  const rest = to.slice(common).join('/');
  return ups === 0 ? `./${rest}` : `${'../'.repeat(ups)}${rest}`;
}

/** Site-root link for a sidebar: `operations/x.md` of `exante` → `/exante/operations/x`; `index.md` → `/exante/`. */
export function siteLink(slug: string, docPath: string): string {
  const withoutExt = docPath.replace(/\.md$/, '');
  if (withoutExt === 'index') return `/${slug}/`;
  return `/${slug}/${withoutExt.replace(/\/index$/, '/')}`;
}
