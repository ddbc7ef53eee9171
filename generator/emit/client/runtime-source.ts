import { readFileSync } from 'node:fs';
import type { ApiIR } from '../../ir/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';

/**
 * The runtime modules in emission order. They are real, type-checked files under `runtime/`; the
 * emitted `client-runtime.gen.ts` is their concatenation, so every API gets one self-contained module.
 */
const RUNTIME_MODULES = [
  'results',
  'contract',
  'serialize',
  'retry',
  'timeout',
  'redact',
  'auth',
  'validate',
  'response',
  'redirect',
  'call',
];

/** Imports between runtime modules; they disappear when the modules become one file. */
const LOCAL_IMPORT = /^import [^;]* from '\.\/[a-z-]+\.js';\n/gm;

let cached: string | undefined;

/** The runtime source as one module (read once per process, relative to this file, never from cwd). */
export function runtimeSource(): string {
  cached ??= RUNTIME_MODULES.map((name) => {
    const text = readFileSync(new URL(`./runtime/${name}.ts`, import.meta.url), 'utf8');
    return text.replace(LOCAL_IMPORT, '').trim();
  }).join('\n\n');
  return cached;
}

/** `client-runtime.gen.ts`: the shared helpers every generated method calls, emitted once per API. */
export function emitRuntime(api: ApiIR): EmittedFile {
  const intro = [
    '// The client runtime that every method in client.gen.ts calls: fetch, retries, timeouts, auth,',
    '// serialisation, redaction. No dependencies and no `node:` imports. After a call starts nothing',
    '// throws: every outcome is a result, and transport failures are `{ ok: false, status: 0, error }`.',
  ].join('\n');
  return {
    path: 'client-runtime.gen.ts',
    content: `${generatedHeader(api)}\n${intro}\n\n${runtimeSource()}\n`,
    parser: 'typescript',
  };
}
