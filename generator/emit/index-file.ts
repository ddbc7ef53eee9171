import type { ApiIR } from '../ir/types.js';
import { ENTRY_MODULES, moduleSpecifier, OUTPUT_FILES } from '../plan/files.js';
import { generatedHeader } from './header.js';
import type { EmittedFile } from './emitted-file.js';

/** index.ts: one import path for everything generated for an API (the modules that were emitted). */
export function emitIndex(api: ApiIR, files: readonly EmittedFile[]): EmittedFile {
  const present = new Set(files.map((f) => f.path));
  const lines = ENTRY_MODULES.filter((m) => present.has(m)).map((m) => `export * from '${moduleSpecifier(m)}';`);
  // Already prettier's layout (a comment, a blank line, short statements): no prettier to load for it.
  return { path: OUTPUT_FILES.index, content: [generatedHeader(api), ...lines, ''].join('\n'), parser: 'typescript', preformatted: true };
}
