import { parentPort, workerData } from 'node:worker_threads';
import { normalize } from '../ir/normalize.js';
import { readChangelog } from '../load/changelog.js';
import { loadSpec } from '../load/load-spec.js';
import { planApi } from '../plan/plan.js';
import { emitTypes } from './types.js';
import type { TypesJob, TypesOutcome } from './types-thread.js';

/**
 * The types thread (types-thread.ts): reads and normalises the spec as generate() does, emits
 * types.gen.ts and posts it back with the problems the emitter reported. The same functions on the
 * same input give the same bytes as in the main thread.
 */
const job = workerData as TypesJob;
const problems: TypesOutcome['problems'] = [];
const { spec } = await loadSpec({ absPath: job.absPath, file: job.specFile, cwd: job.cwd, overlays: job.overlays });
let outcome: TypesOutcome = { files: [], problems, failed: true };
if (spec) {
  const document = spec.data as Record<string, unknown>;
  const api = normalize(document, job.specFile);
  const plan = planApi(api, { changelog: (await readChangelog(job.absPath)) !== undefined });
  outcome = { files: await emitTypes(api, plan, document, { report: (p) => problems.push(p) }), problems, failed: false };
}
parentPort!.postMessage(outcome);
