import type { Emitter } from './emitted-file.js';
import { emitClientFile } from './client/client-file.js';
import { emitRuntime } from './client/runtime-source.js';

/**
 * client.gen.ts (typed methods, one per operation) and client-runtime.gen.ts (fetch, retries, auth,
 * serialisation), both dependency-free. See the README ("The typed client") for the result and error model.
 */
export const emitClient: Emitter = (api, plan, ctx) => [emitRuntime(api, ctx.assets), emitClientFile(api, plan)];
