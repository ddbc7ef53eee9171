import type { OperationIR } from '../../ir/types.js';
import type { MediaKind } from './runtime/contract.js';
import { isJsonMedia, isMediaRange, isTextMedia } from '../../common/media.js';

/** How the runtime reads a body of this content type (the runtime's `isJson`/`isText` are the same rules). */
export function mediaKind(contentType: string | undefined): MediaKind {
  if (contentType === undefined) return 'none';
  if (isJsonMedia(contentType)) return 'json';
  if (isTextMedia(contentType)) return 'text';
  // `*/*`, `application/*`: springdoc and friends use these for JSON; the response's content type decides.
  if (isMediaRange(contentType)) return 'any';
  return 'binary';
}

/** A request body sent as given (Blob, ArrayBuffer, stream): a binary media type with no schema or `format: binary`. */
export function isBinaryBody(op: OperationIR): boolean {
  const media = op.body?.primary;
  return !!media && mediaKind(media.contentType) === 'binary' && (!media.schema || media.schema.format === 'binary');
}
