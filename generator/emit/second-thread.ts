import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { compiledCli } from '../cli/compiled-cli.mjs';
import type { DiagnosticCode } from '../diagnostics.js';
import type { EmittedFile } from './emitted-file.js';
import { SHARED_JOBS, type SharedJob } from './shared-jobs.js';

/**
 * A second thread for a large spec. It emits types.gen.ts (openapi-typescript and the types printer,
 * the largest single emitter, one synchronous call on one core) while this thread
 * emits the rest, then takes what this thread has not started of the shared jobs (shared-jobs.ts).
 * The worker reads and normalises the spec itself (second-thread-worker.ts) rather than receiving the
 * parsed document: copying a 13 MB spec's object graph between threads costs about as much, and this
 * way nothing large crosses but the output. Small specs stay in this thread, where a worker's start
 * (~1 s of modules) would cost more than it saves. Whatever keeps the worker from running (no
 * compiled entry, a crash) costs only speed: this thread then emits what the worker did not deliver.
 */
export const SECOND_THREAD_MIN_BYTES = 1_000_000;

/**
 * Node ≥ 20.19 parses every CommonJS file an ES module imports to detect its syntax; the worker's
 * packages declare their format, so the detection is skipped (TypeScript and openapi-typescript,
 * the largest, are required by the compiled entry anyway: compiled-cli.mjs).
 */
const WORKER_FLAGS = [...workerExecArgv(process.execArgv), '--no-experimental-detect-module'];

/**
 * This process's Node options (a loader such as tsx's `--import` stays) without those about its own
 * entry: `-e`/`-p` and their script, and `--input-type`, which makes a worker started from a file
 * fail at once (`node --input-type=module -e "…generate()…"`).
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(flag)) i++;
    else if (!flag.startsWith('--input-type=') && !flag.startsWith('--eval=') && !flag.startsWith('--print=')) kept.push(flag);
  }
  return kept;
}

/** What the worker needs to load the spec exactly as generate() does, and to emit as it would. */
export interface SecondThreadJob {
  absPath: string;
  specFile: string;
  cwd: string;
  overlays: readonly string[] | undefined;
  sourceNotes: boolean;
  /** Format the shared jobs' files (generate's `format` option); types.gen.ts is printed formatted. */
  format: boolean;
  /** One Int32 per entry of SHARED_JOBS: 0 until a thread claims the job. */
  claims: SharedArrayBuffer;
}

/** Files a thread emitted and the problems reported while emitting them. */
export interface Delivery {
  files: EmittedFile[];
  problems: { code: DiagnosticCode; pointer: string; message: string }[];
}

/** What the worker posts: types.gen.ts first (`failed`: it could not read the spec), then each job it claimed. */
export type WorkerMessage = { kind: 'types'; delivery: Delivery; failed: boolean } | { kind: 'job'; job: SharedJob; delivery: Delivery };

/** A running second thread. Deliveries are undefined when the worker did not deliver (it failed or stopped). */
export interface SecondThread {
  types: Promise<Delivery | undefined>;
  /** Claims a shared job for this thread; false when the worker claimed it first (see `delivery`). */
  claim(job: SharedJob): boolean;
  /** The files of a job the worker claimed. */
  delivery(job: SharedJob): Promise<Delivery | undefined>;
  stop(): void;
  /** Keeps the process alive until the worker ends (a thread started early does not, until it is taken). */
  ref(): void;
  /** Lets the process end while the worker runs. */
  unref(): void;
}

/** The job of a spec in a run; the one constructor, so an early start and generate() build equal jobs. */
export function secondThreadJob(
  absPath: string,
  specFile: string,
  options: { cwd: string; overlays?: Readonly<Record<string, readonly string[]>>; sourceNotes?: boolean; format?: boolean },
): Omit<SecondThreadJob, 'claims'> {
  return {
    absPath,
    specFile,
    cwd: options.cwd,
    overlays: options.overlays?.[specFile],
    sourceNotes: options.sourceNotes ?? false,
    format: options.format !== false,
  };
}

let early: { key: string; thread: Promise<SecondThread | undefined> } | undefined;

/**
 * Starts the thread for a run's first spec as soon as the CLI knows it, before this thread loads the
 * pipeline's modules (~0.5 s), so both threads load at once. generate() takes it over
 * (takeEarlyThread) and stops one it did not take (stopEarlyThread); until then it does not keep the
 * process alive.
 */
export function startEarly(job: Omit<SecondThreadJob, 'claims'>): void {
  const thread = startSecondThread(job);
  void thread.then((t) => t?.unref());
  early = { key: JSON.stringify(job), thread };
}

/** The thread started early for this job, if any (taken once). */
export function takeEarlyThread(job: Omit<SecondThreadJob, 'claims'>): Promise<SecondThread | undefined> | undefined {
  if (early?.key !== JSON.stringify(job)) return undefined;
  const { thread } = early;
  early = undefined;
  return thread.then((t) => {
    t?.ref();
    return t;
  });
}

/** Stops a thread started early that no spec took. */
export function stopEarlyThread(): void {
  void early?.thread.then((t) => t?.stop());
  early = undefined;
}

/** Claims `job` on a claims buffer for whichever thread calls first; true for that thread only. */
export function claimJob(claims: SharedArrayBuffer, job: SharedJob): boolean {
  return Atomics.compareExchange(new Int32Array(claims), SHARED_JOBS.indexOf(job), 0, 1) === 0;
}

/** Starts the second thread when the spec is at least `minBytes` (tests lower it); undefined otherwise. */
export async function startSecondThread(
  job: Omit<SecondThreadJob, 'claims'>,
  minBytes = SECOND_THREAD_MIN_BYTES,
): Promise<SecondThread | undefined> {
  const size = await stat(job.absPath).then((s) => s.size, () => 0);
  if (size < minBytes) return undefined;
  const entry = await compiledCli('secondThread');
  if (!entry) return undefined;
  const claims = new SharedArrayBuffer(SHARED_JOBS.length * Int32Array.BYTES_PER_ELEMENT);
  let worker: Worker;
  try {
    worker = new Worker(new URL(entry), { workerData: { ...job, claims } satisfies SecondThreadJob, execArgv: WORKER_FLAGS });
  } catch {
    return undefined;
  }
  const waiting = new Map<'types' | SharedJob, (delivery: Delivery | undefined) => void>();
  const promised = new Map<'types' | SharedJob, Promise<Delivery | undefined>>();
  const promise = (key: 'types' | SharedJob) => {
    let found = promised.get(key);
    if (!found) {
      found = new Promise((resolve) => waiting.set(key, resolve));
      promised.set(key, found);
    }
    return found;
  };
  const settle = (key: 'types' | SharedJob, delivery: Delivery | undefined) => {
    void promise(key);
    waiting.get(key)!(delivery);
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'types') settle('types', message.failed ? undefined : message.delivery);
    else settle(message.job, message.delivery);
  });
  // Whatever was not delivered by the time the worker stops will not be: this thread emits it.
  const undelivered = () => {
    for (const key of ['types', ...SHARED_JOBS] as const) settle(key, undefined);
  };
  worker.once('error', undelivered);
  worker.once('exit', undelivered);
  return {
    types: promise('types'),
    claim: (shared) => claimJob(claims, shared),
    delivery: (shared) => promise(shared),
    stop: () => void worker.terminate(),
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}
