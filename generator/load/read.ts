import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { diagnostic, fromPointer, type Diagnostic, type SpecLocation } from '../diagnostics.js';
import { firstDuplicateKey, jsonText } from './json-text.js';

/**
 * A parsed spec: the plain data plus a way back from any pointer to a line and column (the key of the
 * last segment when it exists, where an editor should put the cursor; else the deepest node that exists).
 */
export interface LoadedSpec extends SpecLocation {
  data: unknown;
  /** Objects whose `$ref` loading could not follow (a missing file, a URL): reported then, so validation skips them. */
  unsettledRefs?: WeakSet<object>;
}

/** Reads and parses one spec (JSON through JSON.parse, anything else as YAML 1.2; both keep positions). */
export async function readSpec(absPath: string, file: string): Promise<{ spec?: LoadedSpec; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { diagnostics: [diagnostic(file, 1, 1, '', 'SPEC_READ_FAILED', `cannot read spec (${reason})`)] };
  }
  return parseSpecText(text, file);
}

/** Parses spec text; syntax errors become located diagnostics, never exceptions. */
export function parseSpecText(text: string, file: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  return parseJson(text, file) ?? parseYaml(text, file);
}

/**
 * JSON specs (GitHub's is 13 MB) skip the YAML parser: it took 6 s and ~500 MB for GitHub where
 * JSON.parse takes 0.25 s, and positions come from scanning the text on demand (json-text.ts).
 * Undefined when the text is not JSON, so YAML parses it and reports any syntax error with its position.
 */
function parseJson(text: string, file: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } | undefined {
  if (!/^\uFEFF?\s*[{[]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  const json = jsonText(text);
  const duplicate = firstDuplicateKey(text);
  if (duplicate !== undefined) {
    // YAML's uniqueKeys rejects these; a JSON spec must not silently keep the last value instead.
    const pos = json.linePos(duplicate);
    return { diagnostics: [diagnostic(file, pos.line, pos.col, '', 'SPEC_YAML_SYNTAX', 'Map keys must be unique')] };
  }
  return { spec: { file, data, position: (pointer) => json.linePos(json.offsetOf(pointer)) }, diagnostics: [] };
}

function parseYaml(text: string, file: string): { spec?: LoadedSpec; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys (default) turns duplicate mapping keys into errors; merge keys are YAML 1.1 only.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  const diagnostics = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return diagnostic(file, pos.line, pos.col, '', 'SPEC_YAML_SYNTAX', firstLine(e.message));
  });
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // Alias bombs and similar: the library throws; report it against the document start.
    return { diagnostics: [diagnostic(file, 1, 1, '', 'SPEC_YAML_SYNTAX', firstLine((error as Error).message))] };
  }
  return { spec: { file, data, position: (pointer) => yamlPosition(doc, lineCounter, pointer) }, diagnostics: [] };
}

function yamlPosition(doc: Document.Parsed, lineCounter: LineCounter, pointer: string): { line: number; col: number } {
  let node: unknown = doc.contents;
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
  return lineCounter.linePos(offset);
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

