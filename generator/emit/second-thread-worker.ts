import { parentPort, workerData } from 'node:worker_threads';
import { finishFile } from '../format/api-formatter.js';
import { normalize } from '../ir/normalize.js';
import { generatorAssets } from '../load/assets.js';
import { readChangelog } from '../load/changelog.js';
import { loadSpec } from '../load/load-spec.js';
import { planApi } from '../plan/plan.js';
import type { EmitContext } from './emitted-file.js';
import { claimJob, type Delivery, type SecondThreadJob, type WorkerMessage } from './second-thread.js';
import { runSharedJob } from './run-shared-job.js';
import { SHARED_JOBS } from './shared-jobs.js';
import { emitTypes } from './types.js';

/**
 * The second thread (second-thread.ts): reads and normalises the spec as generate() does, emits
 * types.gen.ts and posts it, then claims shared jobs from the end of the list, posting each one's
 * files finished (formatted, docs pages in one table style: the step is pure, so it gives the bytes
 * the main thread would). The same functions on the same input give the same bytes as in the main thread.
 */
const job = workerData as SecondThreadJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const prepared = await emitTypesThere();
if (prepared) {
  const { api, plan, changelog } = prepared;
  for (const shared of [...SHARED_JOBS].reverse()) {
    if (!claimJob(job.claims, shared)) continue;
    const problems: Delivery['problems'] = [];
    const ctx: EmitContext = { report: (p) => problems.push(p), assets: generatorAssets(), sourceNotes: job.sourceNotes, changelog };
    const files = await runSharedJob(shared, api, plan, ctx);
    post({ kind: 'job', job: shared, delivery: { files: await Promise.all(files.map((f) => finishFile(f, undefined, job.format))), problems } });
  }
}

/**
 * Loads the spec, posts types.gen.ts, and returns what the shared jobs need: the parsed document is
 * no longer reachable once this returns (on GitHub's spec, memory the main thread's peak then does
 * not meet).
 */
async function emitTypesThere() {
  const { spec } = await loadSpec({ absPath: job.absPath, file: job.specFile, cwd: job.cwd, overlays: job.overlays });
  if (!spec) {
    post({ kind: 'types', delivery: { files: [], problems: [] }, failed: true });
    return undefined;
  }
  const document = spec.data as Record<string, unknown>;
  const api = normalize(document, job.specFile);
  const changelog = await readChangelog(job.absPath);
  const plan = planApi(api, { changelog: changelog !== undefined });
  const problems: Delivery['problems'] = [];
  const files = await emitTypes(api, plan, document, { report: (p) => problems.push(p) });
  post({ kind: 'types', delivery: { files, problems }, failed: false });
  return { api, plan, changelog };
}
