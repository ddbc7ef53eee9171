import type { ApiIR } from '../ir/types.js';
import type { ApiPlan } from '../plan/types.js';
import { emitDocsPart } from './docs.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';
import { DOCS_PARTS, type SharedJob } from './shared-jobs.js';
import { emitValidators } from './validators.js';

/** One job's files, unformatted, as its emitter writes them. */
export function runSharedJob(job: SharedJob, api: ApiIR, plan: ApiPlan, ctx: EmitContext): EmittedFile[] {
  if (job === 'validators') return emitValidators(api, plan, ctx);
  return emitDocsPart(api, plan, ctx, Number(job.slice('docs '.length)), DOCS_PARTS);
}
