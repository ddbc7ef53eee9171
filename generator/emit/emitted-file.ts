import type { DiagnosticCode } from '../diagnostics.js';
import type { ApiIR } from '../ir/types.js';
import type { Assets } from '../load/assets.js';
import type { ApiPlan } from '../plan/types.js';

/** Which prettier parser formats a file; `null` = written verbatim (MANIFEST, JSON we print ourselves). */
export type FormatParser = 'typescript' | 'markdown' | 'json' | null;

/** One output file, before formatting. `path` is POSIX, relative to `generated/<api>/`. */
export interface EmittedFile {
  path: string;
  content: string;
  parser: FormatParser;
  /**
   * The emitter printed exactly what prettier would (tests hold it to that): the format step
   * returns it as is. `parser` still says how to check it.
   */
  preformatted?: boolean;
  /**
   * A TypeScript file its emitter printed in parts: `content` is these runs of whole top-level
   * statements, joined. Final runs are kept as they are; the format step hands each other run to
   * prettier alone (prettier prints top-level statements independently).
   */
  pieces?: readonly FilePiece[];
}

/** A run of whole top-level statements of a TypeScript file, ending in a line break. */
export interface FilePiece {
  text: string;
  /** Printed exactly as prettier prints it (tests hold it to that). */
  final: boolean;
  /** A blank line separates it from the run before. */
  blankBefore: boolean;
}

/** The text of a file made of pieces (each piece's text in its formatted or unformatted form). */
export function joinPieces(pieces: readonly FilePiece[], texts: readonly string[] = pieces.map((p) => p.text)): string {
  return texts.map((text, i) => (pieces[i]!.blankBefore ? `\n${text}` : text)).join('');
}

/** What every emitter receives besides the IR and the plan. */
export interface EmitContext {
  /**
   * Emitters report problems here (e.g. a construct they cannot express) instead of throwing. The
   * pipeline locates them at `pointer`; the catalogue (diagnostics.ts) decides their severity.
   */
  report(problem: { code: DiagnosticCode; pointer: string; message: string }): void;
  /** Templates and runtime sources, read by the load stage (emitters never read the disk). */
  assets: Assets;
  /** Docs show the spec's `x-source-note` remarks (transcription notes for its maintainers). Default: no. */
  sourceNotes?: boolean;
  /** The changelog kept next to the spec (load/changelog.ts), published with the docs when present. */
  changelog?: string;
}

/** An emitter turns one API's IR into files, with every name and path from the plan. It never touches the disk. */
export type Emitter = (api: ApiIR, plan: ApiPlan, ctx: EmitContext) => EmittedFile[] | Promise<EmittedFile[]>;
