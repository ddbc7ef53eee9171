import type { ApiIR } from '../ir/types.js';
import type { ApiPlan } from '../plan/types.js';
import { emitDocsPart } from './docs.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';
import { DOCS_PARTS, type SharedJob } from './shared-jobs.js';
import { emitValidators } from './validators.js';

/** One job's files, unformatted, as its emitter writes them. */
export async function runSharedJob(job: SharedJob, api: ApiIR, plan: ApiPlan, ctx: EmitContext): Promise<EmittedFile[]> {
  if (job === 'validators') return emitValidators(api, plan, ctx);
  if (job === 'client') {
    // Loaded on demand: its type printing needs TypeScript (~0.3 s to load), which a large spec's
    // main thread then never loads, the second thread having it for openapi-typescript already.
    const { emitClient } = await import('./client.js');
    return emitClient(api, plan, ctx);
  }
  return emitDocsPart(api, plan, ctx, Number(job.slice('docs '.length)), DOCS_PARTS);
}
