import type { EmittedFile } from './emit/emitted-file.js';
import type { ApiOutput } from './index.js';

/** Files at the root of the output directory that span APIs. None yet; the docs sidebar will be one. */
export async function rootFiles(_apis: readonly ApiOutput[]): Promise<EmittedFile[]> {
  return [];
}
