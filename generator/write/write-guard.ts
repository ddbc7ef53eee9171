import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { asOutputError, OutputError } from './output-errors.js';

/**
 * One run's hold on an output folder: an exclusive lock (concurrent runs wait their turn), temp names
 * no other run uses, and a checkpoint that turns SIGINT/SIGTERM into an orderly stop between two file
 * operations, so write.ts can put every folder back (old or new, never half) before the process ends.
 */
export interface OutputSession {
  /** `.gen-staging-<name>-<pid>-<n>` / `.gen-old-…`: unique to this run, recognisable as ours when left behind. */
  tempPath(kind: 'staging' | 'old', name: string): string;
  /** Throws OUTPUT_INTERRUPTED after a signal, OUTPUT_LOCKED when the lock was taken from this run. */
  checkpoint(): void;
}

/** What a crashed or killed run can leave in an output folder; write runs remove it, --check reports it. */
export const LEFTOVER = /^\.gen-(staging|old)-/;
const LOCK_NAME = '.gen-lock';
/** A lock whose holder stopped refreshing it (killed, machine slept) for this long is taken over. */
const STALE_MS = 10_000;
/** How long a run waits for another run writing the same folder: generation is done by then, writes take seconds. */
const WAIT_RETRIES = { retries: 150, factor: 1.3, minTimeout: 50, maxTimeout: 1_000 };
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let tempCounter = 0;

/**
 * Runs `fn` holding the output folder's lock. `write` creates the folder and first repairs what an
 * earlier run left (see recoverLeftovers); `check` writes nothing but the transient lock, and takes
 * none when the folder does not exist. File-system errors become coded OutputErrors.
 */
export async function withOutputSession<T>(outDir: string, mode: 'write' | 'check', fn: (session: OutputSession) => Promise<T>): Promise<T> {
  const kind = await stat(outDir).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => 'missing' as const);
  if (kind === 'file') throw new OutputError('OUTPUT_NOT_A_FOLDER', outDir, 'the output path is a file, not a folder');
  if (kind === 'missing' && mode === 'check') return fn({ tempPath: () => '', checkpoint: () => {} });
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw asOutputError(error, outDir);
  }
  let lost: Error | undefined;
  const release = await acquire(outDir, (error) => (lost = error));
  let signal: NodeJS.Signals | undefined;
  const onSignal = (received: NodeJS.Signals) => {
    if (signal) process.exit(128 + signalNumber(received)); // a second signal: stop now
    signal = received;
  };
  if (mode === 'write') for (const s of SIGNALS) process.on(s, onSignal);
  try {
    if (mode === 'write') recoverLeftovers(outDir);
    const session: OutputSession = {
      tempPath: (k, name) => path.join(outDir, `.gen-${k}-${name}-${process.pid}-${tempCounter++}`),
      checkpoint: () => {
        if (signal) throw interrupted(outDir, signal);
        if (lost) throw new OutputError('OUTPUT_LOCKED', outDir, `another run took over the lock on this folder (${lost.message}); stopped`);
      },
    };
    const result = await fn(session);
    session.checkpoint();
    return result;
  } catch (error) {
    throw asOutputError(error, outDir);
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    await release().catch(() => {}); // a lock already gone (taken over as stale) needs no release
  }
}

async function acquire(outDir: string, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
  const options = { lockfilePath: path.join(outDir, LOCK_NAME), realpath: false, stale: STALE_MS, onCompromised };
  try {
    return await lockfile.lock(outDir, { ...options, retries: 0 });
  } catch (error) {
    // The lock is ours to name; a failure to create it is a failure to write the folder itself.
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw asOutputError(Object.assign(error as Error, { path: outDir }), outDir);
  }
  console.error(`${path.relative(process.cwd(), outDir) || '.'}: another run is writing this folder; waiting for it`);
  try {
    return await lockfile.lock(outDir, { ...options, retries: WAIT_RETRIES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw asOutputError(error, outDir);
    throw new OutputError('OUTPUT_LOCKED', outDir, 'another run kept this folder locked for over two minutes; try again when it has finished');
  }
}

/**
 * Under the lock, anything named like our temp folders belongs to a run that died. A `.gen-old-<api>`
 * whose `<api>` is missing is that API's previous output, caught between the two renames of a swap: it
 * is put back. Everything else is removed.
 */
export function recoverLeftovers(outDir: string): void {
  for (const name of findLeftovers(outDir)) {
    const abs = path.join(outDir, name);
    const old = /^\.gen-old-(.+)-\d+-\d+$/.exec(name);
    const final = old ? path.join(outDir, old[1]!) : undefined;
    if (final && !existsSync(final) && statSync(abs).isDirectory()) renameSync(abs, final);
    else rmSync(abs, { recursive: true, force: true });
  }
}

/** Names of leftover temp entries directly in `outDir`, sorted. */
export function findLeftovers(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir)
    .filter((name) => LEFTOVER.test(name))
    .sort();
}

function interrupted(outDir: string, signal: NodeJS.Signals): OutputError {
  const error = new OutputError('OUTPUT_INTERRUPTED', outDir, `stopped by ${signal}; every API folder is complete, as before or as new`);
  error.exitCode = 128 + signalNumber(signal);
  return error;
}

function signalNumber(signal: NodeJS.Signals): number {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal as 'SIGINT'] ?? 1;
}
