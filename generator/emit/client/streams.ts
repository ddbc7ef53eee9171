import { isJsonMedia } from '../../common/media.js';
import type { ApiIR, OperationIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import type { ValidatorReference } from './descriptor.js';
import type { Literal } from './literal.js';

/**
 * Streamed responses (OpenAPI 3.2 `itemSchema` on `text/event-stream`, JSON Lines, JSON text
 * sequences): which operations have them, and the `StreamSpec` table runtime.callStream reads. The
 * descriptor leaves such a body unread (`media: 'none'`); the method hands the call to callStream,
 * which puts an `ItemStream` of validated items in the result.
 */
export function isStreamed(op: OperationIR): boolean {
  return op.responses.some((r) => r.primary?.stream !== undefined);
}

/** True when some operation of the API streams: its runtime then carries the stream reader. */
export function hasStreams(api: ApiIR): boolean {
  return api.operations.some(isStreamed);
}

/** Status key → `{ format, validate }` for the operation's streamed responses. */
export function streamDescriptor(op: OperationIR, plan: ApiPlan, validator: ValidatorReference): Literal {
  return Object.fromEntries(
    op.responses.flatMap((r) =>
      r.primary?.stream ? [[r.status, { format: r.primary.stream, validate: validator(plan.validators.response(op, r)) }]] : [],
    ),
  );
}

/** The `Accept` header a streamed call sends: its stream media types, then JSON when another response is JSON. */
export function streamAccept(op: OperationIR): string {
  const streamed = op.responses.flatMap((r) => (r.primary?.stream ? [r.primary.contentType.split(';')[0]!.trim()] : []));
  const json = op.responses.some((r) => !r.primary?.stream && r.primary && isJsonMedia(r.primary.contentType));
  return [...new Set([...streamed, ...(json ? ['application/json'] : [])])].join(', ');
}
