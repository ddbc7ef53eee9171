import type { OperationIR } from '../../ir/types.js';
import type { MediaKind } from './runtime/contract.js';
import { isJson, isText } from './runtime/serialize.js';

/** How the runtime reads a body of this content type; shares `isJson` with the runtime so both agree. */
export function mediaKind(contentType: string | undefined): MediaKind {
  if (contentType === undefined) return 'none';
  if (isJson(contentType)) return 'json';
  if (isText(contentType)) return 'text';
  // `*/*`, `application/*`: springdoc and friends use these for JSON; the response's content type decides.
  if (contentType.includes('*')) return 'any';
  return 'binary';
}

/** A request body sent as given (Blob, ArrayBuffer, stream): a binary media type with no schema or `format: binary`. */
export function isBinaryBody(op: OperationIR): boolean {
  const media = op.body?.primary;
  return !!media && mediaKind(media.contentType) === 'binary' && (!media.schema || media.schema.format === 'binary');
}
