import type { StreamFormat } from './types.js';

/**
 * The streamed media types whose 3.2 `itemSchema` the client reads item by item (OpenAPI 3.2 §4.14.4,
 * "Sequential Media Types"): Server-Sent Events, JSON Lines / NDJSON (one JSON text per line) and JSON
 * text sequences (RFC 7464, each JSON text after a record separator).
 */
const STREAM_FORMATS: Readonly<Record<string, StreamFormat>> = {
  'text/event-stream': 'sse',
  'application/jsonl': 'jsonl',
  'application/x-ndjson': 'jsonl',
  'application/json-seq': 'json-seq',
};

/** The stream format of a content type (parameters ignored), or undefined when it is not one. */
export function streamFormat(contentType: string): StreamFormat | undefined {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(STREAM_FORMATS, essence) ? STREAM_FORMATS[essence] : undefined;
}
