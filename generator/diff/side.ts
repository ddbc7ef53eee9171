import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { normalize } from '../ir/normalize.js';
import type { ApiIR } from '../ir/types.js';
import { parseSpecText, readSpec, type LoadedSpec } from '../load/read.js';
import { validateSpec } from '../load/validate.js';

/** One version of the spec, through the generator's own load → validate → IR stages. */
export interface Side {
  /** What findings and diagnostics print as the file: the path, or `ref:path` for a git side. */
  label: string;
  spec: LoadedSpec;
  api: ApiIR;
}

/** A side, or the located diagnostics that stop it (the same ones `npm run generate` prints). */
export type LoadedSide = { side: Side; diagnostics: Diagnostic[] } | { side?: undefined; diagnostics: Diagnostic[] };

/** Loads a spec file (`label` is how it is named in output, relative to the working directory). */
export async function loadSideFile(absPath: string, label: string): Promise<LoadedSide> {
  const { spec, diagnostics } = await readSpec(absPath, label);
  return finish(spec, diagnostics);
}

/** Loads spec text that came from elsewhere (a git revision). */
export function loadSideText(text: string, label: string): LoadedSide {
  const { spec, diagnostics } = parseSpecText(text, label);
  return finish(spec, diagnostics);
}

function finish(spec: LoadedSpec | undefined, diagnostics: Diagnostic[]): LoadedSide {
  if (!spec) return { diagnostics };
  diagnostics.push(...validateSpec(spec));
  if (hasErrors(diagnostics)) return { diagnostics };
  // Name collisions are warnings the generator reports; the diff judges their outcome (renamed exports).
  const api = normalize(spec.data as Record<string, unknown>, spec.file);
  return { side: { label: spec.file, spec, api }, diagnostics };
}
