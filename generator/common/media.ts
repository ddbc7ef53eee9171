/**
 * Media type rules, decided once for the whole generator. The generated client runtime carries the
 * same rules (`isJson`/`isText` in emit/client/runtime/serialize.ts, which must stay free of imports);
 * test/unit/common/media.test.ts holds the two copies equal.
 */

/** `application/json`, `application/problem+json`, `text/json`, with or without parameters. */
export function isJsonMedia(contentType: string): boolean {
  return /^[^/;\s]+\/(?:[^;\s]*\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

/** `text/*`, `application/xml` and `+xml` types: bodies read and sent as text. */
export function isTextMedia(contentType: string): boolean {
  const type = contentType.trim();
  return /^text\//i.test(type) || /^application\/(?:[^;\s]*\+)?xml\s*(?:;|$)/i.test(type);
}

/** A media range (`*\/*`, `application/*+json`) rather than one media type. */
export function isMediaRange(contentType: string): boolean {
  return contentType.includes('*');
}
