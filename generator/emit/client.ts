import type { Emitter } from './emitted-file.js';

/** Placeholder until the client emitter lands: emits nothing. */
export const emitClient: Emitter = () => [];
