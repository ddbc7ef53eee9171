import type { Emitter } from './emitted-file.js';

/** Placeholder until the docs emitter lands: emits nothing. */
export const emitDocs: Emitter = () => [];
