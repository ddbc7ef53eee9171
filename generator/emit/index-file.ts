import type { ApiIR } from '../ir/types.js';
import { generatedHeader } from './header.js';
import type { EmittedFile } from './emitted-file.js';

/** The modules index.ts re-exports, when they were emitted. Types first: the others import them. */
const ENTRY_MODULES = ['types.gen.ts', 'client.gen.ts', 'validators.gen.ts'];

/** index.ts: one import path for everything generated for an API. */
export function emitIndex(api: ApiIR, files: readonly EmittedFile[]): EmittedFile {
  const present = new Set(files.map((f) => f.path));
  const lines = ENTRY_MODULES.filter((m) => present.has(m)).map((m) => `export * from './${m.replace(/\.ts$/, '.js')}';`);
  return { path: 'index.ts', content: [generatedHeader(api), ...lines, ''].join('\n'), parser: 'typescript' };
}
