import type { ApiIR } from '../../ir/types.js';
import type { Assets } from '../../load/assets.js';
import { OUTPUT_FILES } from '../../plan/files.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { hasStreams } from './streams.js';

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

/** Appended for an API with streamed responses (3.2 `itemSchema`), so every other API's runtime stays as it was. */
const STREAM_MODULES = ['stream-parse', 'stream'];

/** Imports between runtime modules; they disappear when the modules become one file. */
const LOCAL_IMPORT = /^import [^;]* from '\.\/[a-z-]+\.js';\n/gm;

const joined = new WeakMap<Assets, string>();
const joinedWithStreams = new WeakMap<Assets, string>();

/** The runtime source as one module (its modules from the assets, joined once per set of assets). */
export function runtimeSource(assets: Assets, streams = false): string {
  const cache = streams ? joinedWithStreams : joined;
  let text = cache.get(assets);
  if (text === undefined) {
    text = (streams ? [...RUNTIME_MODULES, ...STREAM_MODULES] : RUNTIME_MODULES).map((name) => {
      const source = assets.runtime[name];
      if (source === undefined) throw new Error(`client emitter: no runtime module ${name}.ts`);
      return source.replace(LOCAL_IMPORT, '').trim();
    }).join('\n\n');
    cache.set(assets, text);
  }
  return text;
}

/** `client-runtime.gen.ts`: the shared helpers every generated method calls, emitted once per API. */
export function emitRuntime(api: ApiIR, assets: Assets): EmittedFile {
  const intro = [
    '// The client runtime that every method in client.gen.ts calls: fetch, retries, timeouts, auth,',
    '// serialisation, redaction. No dependencies and no `node:` imports. After a call starts nothing',
    '// throws: every outcome is a result, and transport failures are `{ ok: false, status: 0, error }`.',
  ].join('\n');
  return {
    path: OUTPUT_FILES.runtime,
    content: `${generatedHeader(api)}\n${intro}\n\n${runtimeSource(assets, hasStreams(api))}\n`,
    parser: 'typescript',
    // The runtime modules are kept in prettier's layout (test/unit/emit/runtime-layout.test.ts), and
    // prettier prints top-level statements independently, so their concatenation is too.
    preformatted: true,
  };
}
