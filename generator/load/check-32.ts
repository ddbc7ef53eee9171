import { isOpenApi32, pathItemOperations } from '../common/path-item-operations.js';
import { diagnosticAt, fromPointer, toPointer, type Diagnostic } from '../diagnostics.js';
import { streamFormat } from '../ir/stream-media.js';
import type { LoadedSpec } from './read.js';
import { getAtPointer, refToPointer } from './refs.js';
import { isObject } from './walk.js';

type Path = (string | number)[];

/**
 * What a 3.2 document may say that the outputs cannot express yet, each a located warning saying how
 * it degrades (SPEC_UNSUPPORTED_CONSTRUCT), never a silent drop:
 * - an `in: querystring` parameter (the whole query string as one value): not sent, typed or documented;
 * - `itemSchema` on a request body: the body is sent whole, as its `schema` says;
 * - `itemSchema` on a response media type that is not a known stream format: read whole.
 */
export function check32(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  if (!isOpenApi32(doc.openapi)) return [];
  const out: Diagnostic[] = [];
  const warn = (path: Path, message: string) => out.push(diagnosticAt(spec, toPointer(path), 'SPEC_UNSUPPORTED_CONSTRUCT', message));
  const resolve = (value: unknown, path: Path): { value: Record<string, unknown>; path: Path } | undefined => {
    if (isObject(value) && typeof value.$ref === 'string') {
      const pointer = refToPointer(value.$ref);
      const target = pointer === undefined ? undefined : getAtPointer(doc, pointer);
      return isObject(target) ? { value: target, path: fromPointer(pointer!) } : undefined;
    }
    return isObject(value) ? { value, path } : undefined;
  };
  const seen = new Set<string>();
  const once = (path: Path) => {
    const key = toPointer(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const parameters = (list: unknown, path: Path) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const p = resolve(raw, [...path, i]);
      if (p && p.value.in === 'querystring' && once(p.path)) {
        warn([...p.path, 'in'], 'an in: querystring parameter is not sent by the client, typed or documented yet; add the query string to the call yourself');
      }
    });
  };
  const content = (holder: unknown, path: Path, isRequest: boolean) => {
    const located = resolve(holder, path);
    if (!located || !isObject(located.value.content)) return;
    for (const [type, raw] of Object.entries(located.value.content)) {
      const media = resolve(raw, [...located.path, 'content', type]);
      if (!media || !('itemSchema' in media.value) || !once(media.path)) continue;
      if (isRequest) warn([...media.path, 'itemSchema'], 'a streamed request body is not sent item by item: the client sends the body whole, as its `schema` says');
      else if (!streamFormat(type)) warn([...media.path, 'itemSchema'], `${type} is not a stream format the client reads item by item (text/event-stream, application/jsonl, application/x-ndjson, application/json-seq): the body is read whole`);
    }
  };
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    parameters(item.parameters, ['paths', path, 'parameters']);
    for (const { at, op } of pathItemOperations(item, doc.openapi)) {
      if (!isObject(op)) continue;
      const opPath = ['paths', path, ...at];
      parameters(op.parameters, [...opPath, 'parameters']);
      content(op.requestBody, [...opPath, 'requestBody'], true);
      if (isObject(op.responses)) for (const status of Object.keys(op.responses)) content(op.responses[status], [...opPath, 'responses', status], false);
    }
  }
  return out;
}
