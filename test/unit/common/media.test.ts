import { describe, expect, it } from 'vitest';
import { isJsonMedia, isTextMedia } from '../../../generator/common/media.js';
import { isJson, isText } from '../../../generator/emit/client/runtime/serialize.js';

/**
 * The generator decides media types with common/media.ts; the generated client runtime carries its own
 * copy (generated code imports nothing). The two must give the same answer, or the client would parse a
 * body as something the types and docs did not say.
 */
const CONTENT_TYPES = [
  'application/json', 'application/json; charset=utf-8', 'application/json ; charset=utf-8', ' application/json ',
  'APPLICATION/JSON', 'application/problem+json', 'application/vnd.api+json', 'application/merge-patch+json',
  'application/*+json', 'text/json', 'text/plain', 'text/html; charset=utf-8', 'text/csv', 'application/xml',
  'application/atom+xml', 'application/xml; charset=utf-8', 'application/jsonl', 'application/x-ndjson',
  'application/json-seq', 'application/x-json-smile', 'applicationjson', 'application/json, charset=utf-8',
  'multipart/form-data', 'application/x-www-form-urlencoded', 'application/octet-stream', 'image/png', '*/*',
  'application/*', 'json', '',
];

describe('media type rules', () => {
  it.each(CONTENT_TYPES)('%j: the runtime and the generator agree', (contentType) => {
    expect(isJson(contentType)).toBe(isJsonMedia(contentType));
    expect(isText(contentType)).toBe(isTextMedia(contentType));
  });

  it('reads text/json and +json types as JSON, ranges and lookalikes not', () => {
    expect(['text/json', 'application/problem+json', 'application/*+json'].map(isJsonMedia)).toEqual([true, true, true]);
    expect(['application/jsonl', 'application/x-ndjson', 'applicationjson'].map(isJsonMedia)).toEqual([false, false, false]);
  });
});
