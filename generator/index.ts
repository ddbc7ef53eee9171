import path from 'node:path';
import { diagnosticAt, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import type { EmitContext, EmittedFile } from './emit/emitted-file.js';
import { emitIndex } from './emit/index-file.js';
import { emitManifest } from './emit/manifest.js';
import { emitRootFiles } from './emit/root-files.js';
import { runSharedJob } from './emit/run-shared-job.js';
import { secondThreadJob, startSecondThread, stopEarlyThread, takeEarlyThread, type SecondThread } from './emit/second-thread.js';
import { SHARED_JOBS, type SharedJob } from './emit/shared-jobs.js';
import { ApiFormatter } from './format/api-formatter.js';
import { normalize } from './ir/normalize.js';
import type { ApiIR } from './ir/types.js';
import { generatorAssets } from './load/assets.js';
import { readChangelog } from './load/changelog.js';
import { loadSpec } from './load/load-spec.js';
import { specOrder } from './load/spec-order.js';
import type { LoadedSpec } from './load/read.js';
import { validateSpec } from './load/validate.js';
import { slugFromFile } from './plan/names.js';
import { planApi } from './plan/plan.js';
import type { ApiPlan } from './plan/types.js';

/** What `generate()` needs: spec paths (relative to `cwd` or absolute) and the working directory. */
export interface GenerateOptions {
  specs: string[];
  cwd: string;
  /** Where the formatter may keep prettier's answers between runs (format/cache.ts); unset, nothing is kept. */
  cacheDir?: string;
  /** Show the spec's `x-source-note` remarks in the docs (CLI `--source-notes`). Default: left out. */
  sourceNotes?: boolean;
  /**
   * false: every file stays as its emitter wrote it, unformatted (the corpus test, which only compiles
   * the output: prettier changes no token tsc reads, and takes most of the time on a large spec).
   */
  format?: boolean;
  /** Overlay files per spec (the spec's path relative to `cwd`, POSIX → overlay paths), applied in order. */
  overlays?: Readonly<Record<string, readonly string[]>>;
  /** Called as each spec's result is ready (the CLI times specs with it). */
  onApi?(api: ApiOutput): void;
}

/** The in-memory result for one spec. `files` is empty when the spec has errors. */
export interface ApiOutput {
  slug: string;
  specFile: string;
  files: EmittedFile[];
  diagnostics: Diagnostic[];
  /**
   * Every file read besides the spec (files its `$ref`s reach, overlays): absolute path → sha256 of the
   * bytes read ('' for a referenced file that does not exist). The up-to-date record and watch mode
   * depend on them as on the spec.
   */
  inputs: Record<string, string>;
  /** The IR and its plan, when the spec got that far (docs and tests read them). */
  api?: ApiIR;
  plan?: ApiPlan;
}

export interface GenerateResult {
  apis: ApiOutput[];
  /** Files at the root of the output directory, spanning APIs (the docs sidebar); none when a spec failed. */
  rootFiles: EmittedFile[];
  diagnostics: Diagnostic[];
}

/**
 * The pipeline: load → validate → IR → plan → emit → format, in memory; writing is write.ts's.
 * Specs are processed in sorted order so the result does not depend on the order they were given in.
 * A large spec's types are emitted in a second thread (emit/second-thread.ts) while this one emits the rest.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const apis: ApiOutput[] = [];
  try {
    for (const specFile of specOrder(options.cwd, options.specs)) {
      const api = await generateOne(path.resolve(options.cwd, specFile), specFile, options);
      apis.push({ ...api, diagnostics: sortDiagnostics(api.diagnostics) });
      options.onApi?.(apis.at(-1)!);
    }
  } finally {
    stopEarlyThread();
  }
  return combineResults(apis);
}

/**
 * The result for a set of specs' outputs (watch mode keeps each spec's latest one): the files spanning
 * APIs, none when a spec failed (a partial sidebar would drop a still-published API), and every
 * diagnostic in report order.
 */
export function combineResults(apis: ApiOutput[]): GenerateResult {
  const failed = apis.some((a) => hasErrors(a.diagnostics));
  return {
    apis,
    rootFiles: failed ? [] : emitRootFiles(apis.flatMap((a) => (a.plan ? [a.plan] : []))),
    diagnostics: sortDiagnostics(apis.flatMap((a) => a.diagnostics)),
  };
}

async function generateOne(absPath: string, specFile: string, options: GenerateOptions): Promise<ApiOutput> {
  // Started first (or by the CLI, earlier still): the worker loads its modules and the spec while this thread does the same.
  const job = secondThreadJob(absPath, specFile, options);
  const second = await (takeEarlyThread(job) ?? startSecondThread(job));
  try {
    return await generateWith(second, absPath, specFile, job.overlays, options);
  } finally {
    second?.stop();
  }
}

async function generateWith(
  second: SecondThread | undefined,
  absPath: string,
  specFile: string,
  overlays: readonly string[] | undefined,
  options: GenerateOptions,
): Promise<ApiOutput> {
  const slug = slugFromFile(specFile);
  const { spec, diagnostics, inputs } = await loadSpec({ absPath, file: specFile, cwd: options.cwd, overlays });
  if (!spec) return { slug, specFile, files: [], diagnostics, inputs };
  diagnostics.push(...validateSpec(spec));
  if (hasErrors(diagnostics)) return { slug, specFile, files: [], diagnostics, inputs };

  const document = spec.data as Record<string, unknown>;
  const api = normalize(document, specFile);
  const changelog = await readChangelog(absPath);
  const plan = planApi(api, { changelog: changelog !== undefined });
  diagnostics.push(...plan.renames.map((r) => diagnosticAt(spec, r.pointer, r.code, r.message)));

  const ctx: EmitContext = { ...emitContext(spec, diagnostics), sourceNotes: options.sourceNotes ?? false, changelog };
  const failed = () => ({ slug, specFile, files: [], diagnostics, inputs, api, plan });
  // Types first where they are emitted here: a spec openapi-typescript cannot type stops the run.
  let types = second ? [] : await emitTypesHere(api, plan, document, ctx);
  if (hasErrors(diagnostics)) return failed();
  const formatter = new ApiFormatter(plan.slug, options.cacheDir, options.format !== false);
  const emitted: EmittedFile[] = [];
  const add = async (files: EmittedFile[]) => {
    emitted.push(...files);
    await formatter.add(files);
  };
  const claimedThere: SharedJob[] = [];
  for (const job of SHARED_JOBS) {
    // Alone, this thread formats while it emits the next job; sharing, it finishes a job before it
    // claims the next, so the second thread can take what formatting would have delayed.
    if (!second) await add(await runSharedJob(job, api, plan, ctx));
    else if (!second.claim(job)) claimedThere.push(job);
    else {
      const files = await runSharedJob(job, api, plan, ctx);
      emitted.push(...files);
      await formatter.addFinished(files);
    }
  }
  if (second) {
    // Its problems are reported here, as this thread's would be; what it did not deliver is emitted here.
    const threaded = await second.types;
    for (const problem of threaded?.problems ?? []) ctx.report(problem);
    types = threaded ? threaded.files : await emitTypesHere(api, plan, document, ctx);
    if (hasErrors(diagnostics)) return failed();
    for (const job of claimedThere) {
      const delivered = await second.delivery(job);
      for (const problem of delivered?.problems ?? []) ctx.report(problem);
      if (delivered) {
        emitted.push(...delivered.files);
        formatter.addFormatted(delivered.files);
      } else {
        await add(await runSharedJob(job, api, plan, ctx));
      }
    }
  }
  await formatter.add(types);
  await formatter.add([emitIndex(api, [...types, ...emitted])]);
  const files = await formatter.done();
  files.push(emitManifest(files));
  return { slug, specFile, files, diagnostics, inputs, api, plan };
}

/** types.gen.ts in this thread; openapi-typescript (~0.5 s of modules) loads only when a run needs it here. */
async function emitTypesHere(api: ApiIR, plan: ApiPlan, document: Record<string, unknown>, ctx: EmitContext): Promise<EmittedFile[]> {
  const { emitTypes } = await import('./emit/types.js');
  return emitTypes(api, plan, document, ctx);
}

/** Emitters' problems, located in the spec (their severity is the catalogue's). */
function emitContext(spec: LoadedSpec, diagnostics: Diagnostic[]): EmitContext {
  return { report: (p) => diagnostics.push(diagnosticAt(spec, p.pointer, p.code, p.message)), assets: generatorAssets() };
}
