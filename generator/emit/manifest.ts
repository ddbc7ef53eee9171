import { createHash } from 'node:crypto';
import { OUTPUT_FILES } from '../plan/files.js';
import type { EmittedFile } from './emitted-file.js';

/**
 * MANIFEST: every (formatted) file with its sha256, in the order given (sorted), POSIX paths; lets
 * users and `--check` see drift at a glance, and marks the folder as generated.
 */
export function emitManifest(files: readonly EmittedFile[]): EmittedFile {
  const lines = files.map((f) => `${createHash('sha256').update(f.content).digest('hex')}  ${f.path}`);
  return { path: OUTPUT_FILES.manifest, content: lines.join('\n') + '\n', parser: null };
}
