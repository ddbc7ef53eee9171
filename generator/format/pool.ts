import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type * as prettier from 'prettier';

/** One formatting job: text and the full prettier options (parser included). */
export interface FormatJob {
  content: string;
  options: prettier.Options;
}

/**
 * Runs prettier in worker threads, one job per worker at a time, largest jobs first. Prettier is
 * synchronous CPU work, so on its own it uses one core; a 1,000-operation spec has megabytes of output
 * (GitHub: ~7 MB of types alone) and ~2,000 Markdown pages. Each worker loads its own prettier, so the
 * output is byte-identical to an in-process run; workers are created on first use and kept for the
 * process, unreferenced while idle so they never keep it alive.
 */
export class FormatPool {
  private readonly workers: PoolWorker[] = [];

  constructor(private readonly size = Math.max(1, Math.min(availableParallelism(), 4))) {}

  /** Formats every job; one settled result per job, in job order (a failed job carries prettier's message). */
  async run(jobs: readonly FormatJob[]): Promise<PromiseSettledResult<string>[]> {
    const order = jobs.map((_, i) => i).sort((a, b) => jobs[b]!.content.length - jobs[a]!.content.length);
    const results: PromiseSettledResult<string>[] = new Array(jobs.length);
    let next = 0;
    const drain = async (worker: PoolWorker): Promise<void> => {
      while (next < order.length) {
        const index = order[next++]!;
        try {
          results[index] = { status: 'fulfilled', value: await worker.format(jobs[index]!) };
        } catch (reason) {
          results[index] = { status: 'rejected', reason };
        }
      }
    };
    for (let i = this.workers.length - 1; i >= 0; i--) if (this.workers[i]!.dead) this.workers.splice(i, 1);
    const count = Math.min(this.size, jobs.length);
    while (this.workers.length < count) this.workers.push(new PoolWorker());
    await Promise.all(this.workers.slice(0, count).map(drain));
    return results;
  }
}

/** Worker source: loads prettier from the URL it is given and formats what it is sent. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = import(workerData.prettierUrl);
parentPort.on('message', async ({ id, content, options }) => {
  try {
    const module = await loaded;
    const prettier = typeof module.format === 'function' ? module : module.default;
    parentPort.postMessage({ id, content: await prettier.format(content, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  private nextId = 0;

  constructor() {
    // The ES module entry, the one this thread imports (resolving through require gave index.cjs,
    // whose import() had no named `format`: every job failed and was redone in the main thread).
    const prettierUrl = import.meta.resolve('prettier');
    // A larger young generation: prettier allocates many short-lived objects, and with the default
    // 16 MB semi-space a third of its time went to scavenges (cpu profile of the Mastodon docs).
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { prettierUrl }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    this.worker.on('message', (message: { id: number; content?: string; error?: string }) => {
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) this.worker.unref();
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.content!);
    });
    // A worker that dies (out of memory, say) fails its jobs instead of leaving them waiting forever.
    const die = (error: Error) => {
      this.dead = error;
      for (const job of this.pending.values()) job.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', die);
    this.worker.on('exit', (code) => die(new Error(`format worker exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again, and a pool that
    // never got a job (every file from the format cache) then kept the process from exiting.
    this.worker.unref();
  }

  /** Set once the worker is gone; the pool replaces it. */
  dead: Error | undefined;

  format(job: FormatJob): Promise<string> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    // Referenced while a job is in flight, so the process waits for the answer.
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, content: job.content, options: job.options });
    });
  }
}
