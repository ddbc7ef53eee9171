import { isJsonMedia, isTextMedia } from '../../common/media.js';
import type { JsonValue, MediaIR } from '../../ir/types.js';

/**
 * How an example body is written for each media type: curl encodes it per media type; the
 * TypeScript example follows the generated client's request type (see
 * `generator/emit/client/media.ts`), and snippets.test.ts catches any drift between the two.
 */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary';

/** Classifies a request content type for encoding (JSON, text/XML, form, multipart, anything else). */
export function bodyKind(contentType: string): BodyKind {
  const type = contentType.trim();
  if (isJsonMedia(type)) return 'json';
  if (isTextMedia(type)) return 'text';
  if (/^application\/x-www-form-urlencoded/i.test(type)) return 'form';
  if (/^multipart\/form-data/i.test(type)) return 'multipart';
  return 'binary';
}

/** `[name, value]` pairs of a form body; arrays repeat the name, nested values are sent as JSON. */
function formFields(value: JsonValue): [string, string][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item): [string, string] => [k, text(item)]));
}

function text(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The curl arguments that send the body (after the Content-Type header). */
export function curlBodyArgs(contentType: string, value: JsonValue, quote: (s: string) => string): string[] {
  switch (bodyKind(contentType)) {
    case 'json':
      return [`--data ${quote(JSON.stringify(value, null, 2))}`];
    case 'text':
      return [`--data ${quote(text(value))}`];
    case 'form':
      return formFields(value).map(([k, v]) => `--data-urlencode ${quote(`${k}=${v}`)}`);
    case 'multipart':
      return formFields(value).map(([k, v]) => `--form ${quote(`${k}=${v}`)}`);
    default:
      return ['--data-binary @body.bin'];
  }
}

/** Whether curl should send the Content-Type header itself (`--form` sets its own boundary). */
export function curlSetsContentType(contentType: string): boolean {
  return bodyKind(contentType) === 'multipart';
}

/**
 * The body the TypeScript example passes. The client takes a fetch body (`Blob`, bytes, stream) only for a binary media type
 * without a schema (or with `format: binary`): a file's text, sent as a Blob; every other body is the typed value, which the client
 * serialises itself (JSON, form fields, multipart, text).
 */
export function typescriptBody(media: MediaIR, value: JsonValue): { json: JsonValue } | { file: string } {
  return isFileBody(media) ? { file: text(value) } : { json: value };
}

/** A body the client sends as given: binary media with no schema or `format: binary`. */
export function isFileBody(media: MediaIR | undefined): boolean {
  return !!media && bodyKind(media.contentType) === 'binary' && (!media.schema || media.schema.format === 'binary');
}
