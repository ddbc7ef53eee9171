import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { fromPointer, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';
import { DIAGNOSTIC_CATALOG } from '../diagnostics.js';

/** A parsed spec: the plain data plus the YAML Document, kept so any pointer maps back to a line and column. */
export interface LoadedSpec {
  /** Path relative to the working directory, POSIX separators. */
  file: string;
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Reads and parses one spec (YAML or JSON: JSON is parsed as YAML 1.2, which keeps positions). */
export async function readSpec(absPath: string, file: string): Promise<{ spec?: LoadedSpec; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { diagnostics: [at(file, 1, 1, '', 'SPEC_READ_FAILED', `cannot read spec (${reason})`)] };
  }
  return parseSpecText(text, file);
}

/** Parses spec text; syntax errors become located diagnostics, never exceptions. */
export function parseSpecText(text: string, file: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys (default) turns duplicate mapping keys into errors; merge keys are YAML 1.1 only.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  const diagnostics = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return at(file, pos.line, pos.col, '', 'SPEC_YAML_SYNTAX', firstLine(e.message));
  });
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // Alias bombs and similar: the library throws; report it against the document start.
    return { diagnostics: [at(file, 1, 1, '', 'SPEC_YAML_SYNTAX', firstLine((error as Error).message))] };
  }
  return { spec: { file, data, doc, lineCounter }, diagnostics: [] };
}

/**
 * Line and column of the value at `pointer`: the key of the last segment when it exists (that is where
 * an editor should put the cursor), else the deepest node that exists.
 */
export function locate(spec: LoadedSpec, pointer: string): { line: number; col: number } {
  let node: unknown = spec.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of fromPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return spec.lineCounter.linePos(offset);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Builds a diagnostic with the catalog severity. */
export function at(file: string, line: number, col: number, pointer: string, code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: DIAGNOSTIC_CATALOG[code].severity, message, file, line, col, pointer, help: DIAGNOSTIC_CATALOG[code].help };
}

/** A diagnostic located at `pointer` in `spec`. */
export function diagnosticAt(spec: LoadedSpec, pointer: string, code: DiagnosticCode, message: string): Diagnostic {
  const { line, col } = locate(spec, pointer);
  return at(spec.file, line, col, pointer, code, message);
}
