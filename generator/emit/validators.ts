import type { Emitter } from './emitted-file.js';

/** Placeholder until the validators emitter lands: emits nothing. */
export const emitValidators: Emitter = () => [];
