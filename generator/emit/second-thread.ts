import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { compiledCli } from '../cli/compiled-cli.mjs';
import type { DiagnosticCode } from '../diagnostics.js';
import type { EmittedFile } from './emitted-file.js';

/**
 * types.gen.ts of a large spec in a second thread. openapi-typescript and the types printer are the
 * largest single emitter (GitHub: ~4 s), and all of it is one synchronous call on one core; in a
 * worker it overlaps the client, validators and docs. The worker reads and normalises the spec
 * itself (types-worker.ts) rather than receiving the parsed document: copying a 13 MB spec's object
 * graph between threads costs about as much, and this way nothing large crosses but the output.
 * Small specs stay in this thread, where a worker's start (~1 s of modules) would cost more than it
 * saves. Whatever keeps the worker from running (no compiled entry, a crash) costs only speed: the
 * caller then emits the types itself.
 */
export const TYPES_THREAD_MIN_BYTES = 1_000_000;

/**
 * Node ≥ 20.19 parses every CommonJS file an ES module imports to detect its syntax; the worker's
 * packages (TypeScript, openapi-typescript, redocly) declare their format, and skipping that saves
 * ~1 s of CPU on GitHub's spec (10.6 → 9.5 s user time, same output).
 */
const WORKER_FLAGS = [...process.execArgv, '--no-experimental-detect-module'];

/** What the worker needs to load the spec exactly as generate() does. */
export interface TypesJob {
  absPath: string;
  specFile: string;
  cwd: string;
  overlays: readonly string[] | undefined;
}

/** The worker's result: types.gen.ts and the problems reported while emitting it. */
export interface TypesOutcome {
  files: EmittedFile[];
  problems: { code: DiagnosticCode; pointer: string; message: string }[];
  /** The worker could not read the spec (the main thread reports why). */
  failed: boolean;
}

/** A running types thread: its outcome (undefined if it did not run), and a way to stop it. */
export interface TypesThread {
  outcome: Promise<TypesOutcome | undefined>;
  stop(): void;
}

/** Starts the types thread when the spec is at least `minBytes` (tests lower it); undefined otherwise. */
export async function startTypesThread(job: TypesJob, minBytes = TYPES_THREAD_MIN_BYTES): Promise<TypesThread | undefined> {
  const size = await stat(job.absPath).then((s) => s.size, () => 0);
  if (size < minBytes) return undefined;
  const entry = await compiledCli('typesWorker');
  if (!entry) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL(entry), { workerData: job, execArgv: WORKER_FLAGS });
  } catch {
    return undefined;
  }
  const outcome = new Promise<TypesOutcome | undefined>((resolve) => {
    worker.once('message', (message: TypesOutcome) => resolve(message.failed ? undefined : message));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { outcome, stop: () => void worker.terminate() };
}
