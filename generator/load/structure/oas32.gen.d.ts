// Types of the generated module next to this file (build.ts writes it; this file is hand-written).
import type { CompiledValidator, CompositeBranches } from './compiled.js';

export declare const validate: CompiledValidator;
/** Composite key (`<schema id>#<pointer>`, the `x-composite` tag) → the validators of its branches. */
export declare const BRANCHES: Record<string, CompositeBranches>;
