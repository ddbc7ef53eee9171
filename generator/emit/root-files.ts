import { ROOT_FILES } from '../plan/files.js';
import type { ApiPlan } from '../plan/types.js';
import { rootSidebar, sidebarJson } from './docs/sidebar.js';
import type { EmittedFile } from './emitted-file.js';

/**
 * Files at the root of the output directory that span APIs: `sidebar.json`, every API's docs sidebar
 * in one VitePress `themeConfig.sidebar`, built from the same plans as the per-API sidebars.
 */
export function emitRootFiles(plans: readonly ApiPlan[]): EmittedFile[] {
  if (plans.length === 0) return [];
  return [{ path: ROOT_FILES.sidebar, content: sidebarJson(rootSidebar(plans)), parser: null }];
}
