import { isJsonMedia, isMediaRange } from '../common/media.js';
import { toPointer } from '../diagnostics.js';
import { isObject } from '../load/walk.js';
import type { Located, SchemaReader } from './normalize-ref.js';
import { streamFormat } from './stream-media.js';
import type { JsonValue, MediaIR, RequestBodyIR, ResponseIR } from './types.js';

type Doc = Record<string, unknown>;

/** Follows a `$ref` (3.2: a Media Type Object may be one, into `components/mediaTypes`). */
export type Resolve = (value: unknown, at: (string | number)[]) => Located | undefined;

/**
 * A Request Body Object → IR; undefined when it is missing or has no media type. A streamed request
 * body (3.2 `itemSchema`) is not streamed by the client: it is read as its `schema` says, like any body.
 */
export function requestBody(located: Located | undefined, schema: SchemaReader, resolve: Resolve): RequestBodyIR | undefined {
  if (!located) return undefined;
  const content = mediaList(located.value, located.path, { schema, resolve, streams: false });
  const primary = primaryMedia(content);
  if (!primary) return undefined;
  return { required: located.value.required === true, description: str(located.value.description), content, primary, pointer: toPointer(located.path) };
}

/** A Response Object → IR (an unresolvable one reads as an empty response). */
export function response(status: string, located: Located | undefined, schema: SchemaReader, resolve: Resolve): ResponseIR {
  const value = located?.value ?? {};
  const path = located?.path ?? [];
  const content = mediaList(value, path, { schema, resolve, streams: true });
  const headers = isObject(value.headers)
    ? Object.entries(value.headers).map(([name, h]) => {
        const header = isObject(h) ? h : {};
        return {
          name,
          required: header.required === true,
          description: str(header.description),
          schema: schema(header.schema, [...path, 'headers', name, 'schema']),
        };
      })
    : [];
  return {
    status,
    // 3.2: a short summary next to (or instead of) the description, which 3.2 no longer requires.
    ...(str(value.summary) !== undefined ? { summary: str(value.summary) } : {}),
    description: str(value.description) ?? '',
    content,
    primary: primaryMedia(content),
    headers,
    pointer: toPointer(path),
  };
}

/** 200 < 404 < 2XX < 4XX < default: exact statuses first, then ranges, then default. */
export function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return 1000 + Number(status[0]);
  return 2000;
}

function mediaList(holder: Doc, path: (string | number)[], read: { schema: SchemaReader; resolve: Resolve; streams: boolean }): MediaIR[] {
  const { schema } = read;
  const content = isObject(holder.content) ? holder.content : {};
  return Object.entries(content).map(([contentType, raw]) => {
    const located = read.resolve(raw, [...path, 'content', contentType]);
    const media = located?.value ?? {};
    const at = located?.path ?? [...path, 'content', contentType];
    const out: MediaIR = { contentType };
    const stream = read.streams && 'itemSchema' in media ? streamFormat(contentType) : undefined;
    if (stream) {
      // 3.2: a streamed body is read item by item, so what the outputs describe is one item.
      out.schema = schema(media.itemSchema, [...at, 'itemSchema']);
      out.stream = stream;
    } else if ('schema' in media) out.schema = schema(media.schema, [...at, 'schema']);
    const example = firstExample(media);
    if (example) out.example = example;
    return out;
  });
}

function firstExample(media: Doc): { value: JsonValue } | undefined {
  if ('example' in media) return { value: media.example as JsonValue };
  if (isObject(media.examples)) {
    const first = Object.values(media.examples)[0];
    // Example Objects that are $refs are left alone: examples are data and never resolved.
    if (isObject(first) && 'value' in first) return { value: first.value as JsonValue };
    // 3.2: `dataValue` is the example as data (`serializedValue` is its wire form).
    if (isObject(first) && 'dataValue' in first) return { value: first.dataValue as JsonValue };
  }
  return undefined;
}

/**
 * JSON first (what the client sends and parses by default), then the first listed. A range such as
 * `application/*+json` names no type to send, so a concrete JSON type is preferred to it.
 */
function primaryMedia(content: MediaIR[]): MediaIR | undefined {
  return content.find((m) => isJsonMedia(m.contentType) && !isMediaRange(m.contentType)) ?? content[0];
}

/** A string value, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
