import { hasErrors } from './diagnostics.js';
import { buildRootSidebar } from './emit/docs/sidebar.js';
import type { EmittedFile } from './emit/emitted-file.js';
import type { ApiOutput } from './index.js';

/**
 * Files at the root of the output directory that span APIs: `sidebar.json`, every API's docs sidebar
 * in one VitePress `themeConfig.sidebar`. Built from the per-API sidebars already emitted, so the two
 * never disagree. Empty when any spec failed: a partial sidebar would drop a still-published API.
 */
export async function rootFiles(apis: readonly ApiOutput[]): Promise<EmittedFile[]> {
  if (apis.length === 0 || apis.some((a) => hasErrors(a.diagnostics))) return [];
  const sidebars = apis.flatMap((a) => {
    const file = a.files.find((f) => f.path === 'docs/sidebar.json');
    return file && a.api ? [{ slug: a.slug, title: a.api.title, sidebar: JSON.parse(file.content) as unknown }] : [];
  });
  if (sidebars.length === 0) return [];
  return [{ path: 'sidebar.json', content: buildRootSidebar(sidebars), parser: null }];
}
