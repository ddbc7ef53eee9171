import { createHash } from 'node:crypto';
import path from 'node:path';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { emitClient } from './emit/client.js';
import { emitDocs } from './emit/docs.js';
import type { EmitContext, EmittedFile } from './emit/emitted-file.js';
import { emitIndex } from './emit/index-file.js';
import { emitTypes } from './emit/types.js';
import { emitValidators } from './emit/validators.js';
import { formatFile } from './format.js';
import { FormatCache } from './format-cache.js';
import { oneTableStyle } from './format-tables.js';
import { normalize } from './ir/normalize.js';
import { compareStrings, slugFromFile } from './ir/names.js';
import type { ApiIR } from './ir/types.js';
import { readChangelog } from './load/changelog.js';
import { diagnosticAt, readSpec, type LoadedSpec } from './load/read.js';
import { validateSpec } from './load/validate.js';
import { rootFiles } from './root-files.js';

/** What `generate()` needs: spec paths (relative to `cwd` or absolute) and the working directory. */
export interface GenerateOptions {
  specs: string[];
  cwd: string;
  /**
   * Where to keep prettier's answers between runs (format-cache.ts), one file per API. The CLI passes
   * node_modules/.cache/openapi-profile-gen; unset (tests), every file is formatted afresh.
   */
  cacheDir?: string;
  /** Show the spec's `x-source-note` remarks in the docs (CLI `--source-notes`). Default: left out. */
  sourceNotes?: boolean;
}

/** The in-memory result for one spec. `files` is empty when the spec has errors. */
export interface ApiOutput {
  slug: string;
  specFile: string;
  files: EmittedFile[];
  diagnostics: Diagnostic[];
  /** The IR, when the spec got that far (docs and tests read it). */
  api?: ApiIR;
  /** Wall time of this spec's pipeline, for the CLI summary line (never written to output). */
  ms: number;
}

export interface GenerateResult {
  apis: ApiOutput[];
  /** Files at the root of the output directory, spanning APIs (e.g. the docs sidebar). */
  rootFiles: EmittedFile[];
  diagnostics: Diagnostic[];
}

/**
 * The whole pipeline, in memory: load → validate → IR → emit → format. Writes nothing.
 * Specs are processed in sorted order so the result does not depend on the order they were given in.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const specFiles = [...new Set(options.specs.map((s) => toRelative(options.cwd, s)))].sort(compareStrings);
  const apis: ApiOutput[] = [];
  for (const specFile of specFiles) apis.push(await generateOne(path.resolve(options.cwd, specFile), specFile, options));
  const diagnostics = sortDiagnostics(apis.flatMap((a) => a.diagnostics));
  return { apis, rootFiles: await rootFiles(apis), diagnostics };
}

async function generateOne(absPath: string, specFile: string, options: GenerateOptions): Promise<ApiOutput> {
  const { cacheDir } = options;
  const started = performance.now();
  const done = (out: Omit<ApiOutput, 'ms'>): ApiOutput => ({ ...out, diagnostics: sortDiagnostics(out.diagnostics), ms: performance.now() - started });
  const slug = slugFromFile(specFile);
  const { spec, diagnostics } = await readSpec(absPath, specFile);
  if (!spec) return done({ slug, specFile, files: [], diagnostics });
  diagnostics.push(...validateSpec(spec));
  if (hasErrors(diagnostics)) return done({ slug, specFile, files: [], diagnostics });

  const { api, renames } = normalize(spec.data as Record<string, unknown>, specFile);
  for (const r of renames) {
    diagnostics.push(diagnosticAt(spec, r.pointer, 'SPEC_NAME_COLLISION', `${r.kind} ${r.source} is named ${r.final} because ${r.proposed} is taken`));
  }
  const ctx = { ...emitContext(spec, diagnostics, options.sourceNotes ?? false), changelog: await readChangelog(absPath) };
  const types = await emitTypes(api, spec.data as Record<string, unknown>, ctx);
  if (hasErrors(diagnostics)) return done({ slug: api.slug, specFile, files: [], diagnostics, api });
  // Each emitter's files go to the formatter as soon as they exist, so on a large spec the format
  // workers run while the next emitter does (GitHub: ~16 s of emitting, several times that of prettier).
  const emitted: EmittedFile[] = [];
  const formatting: Promise<EmittedFile>[] = [];
  const cache = cacheDir === undefined ? undefined : FormatCache.open(path.join(cacheDir, `format-${api.slug}.json`));
  const format = (file: EmittedFile) => formatFile(file, cache);
  const emitters = [async () => types, () => emitClient(api, ctx), () => emitValidators(api, ctx), () => emitDocs(api, ctx)];
  for (const emit of emitters) {
    const files = await emit();
    emitted.push(...files);
    formatting.push(...files.map(format));
    await yieldToEventLoop();
  }
  formatting.push(format(emitIndex(api, emitted)));
  // Prettier pads narrow Markdown tables and not wide ones; each docs page then keeps one style.
  const files = (await Promise.all(formatting))
    .map((f) => (f.parser === 'markdown' ? { ...f, content: oneTableStyle(f.content) } : f))
    .sort((a, b) => compareStrings(a.path, b.path));
  cache?.save();
  files.push(manifest(files));
  return done({ slug: api.slug, specFile, files, diagnostics, api });
}

/** Lets the formatter dispatch the batch just queued (it flushes on setImmediate) before more CPU work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function emitContext(spec: LoadedSpec, diagnostics: Diagnostic[], sourceNotes: boolean): EmitContext {
  return {
    report: (d) => diagnostics.push({ ...diagnosticAt(spec, d.pointer, d.code, d.message), severity: d.severity }),
    sourceNotes,
  };
}

/** MANIFEST: every file with its sha256, sorted, POSIX paths; lets users and --check see drift at a glance. */
function manifest(files: readonly EmittedFile[]): EmittedFile {
  const lines = files.map((f) => `${createHash('sha256').update(f.content).digest('hex')}  ${f.path}`);
  return { path: 'MANIFEST', content: lines.join('\n') + '\n', parser: null };
}

function toRelative(cwd: string, spec: string): string {
  return path.relative(cwd, path.resolve(cwd, spec)).split(path.sep).join('/');
}
