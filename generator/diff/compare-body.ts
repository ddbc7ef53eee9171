import type { MediaIR, OperationIR } from '../ir/types.js';
import type { SchemaComparer } from './compare-schema.js';
import { bodyExports, bodyTypeName } from './names.js';
import { quote, type Report } from './report.js';

/**
 * The request body: presence, required-ness and media type, then its schema in the request direction.
 * The old client's body is checked against what the new spec takes for the same media type (is it
 * still accepted?) and, when the client now sends another media type, against that one too (does code
 * written for the old body type still compile?).
 */
export function compareBody(o: OperationIR, n: OperationIR, operation: string, report: Report, schemas: SchemaComparer): void {
  const [oldApi, newApi] = [report.old.api, report.new_.api];
  const a = o.body;
  const b = n.body;
  if (!a && !b) return;
  if (a && !b) {
    report.add({
      code: 'REQUEST_BODY_REMOVED', at: 'old', pointer: a.pointer, operation, symbol: bodyTypeName(oldApi, o),
      message: `request body removed; calls passing \`body\` no longer compile`, explains: bodyExports(oldApi, o),
    });
    return;
  }
  if (!a && b) {
    const code = b.required ? 'REQUEST_BODY_ADDED_REQUIRED' : 'REQUEST_BODY_ADDED';
    report.add({ code, at: 'new', pointer: b.pointer, operation, symbol: bodyTypeName(newApi, n), message: `${b.required ? 'required' : 'optional'} request body added` });
    return;
  }
  if (!a || !b) return;
  const symbol = bodyTypeName(newApi, n);
  if (!a.required && b.required) report.add({ code: 'REQUEST_BODY_MADE_REQUIRED', at: 'new', pointer: b.pointer, operation, symbol, message: 'request body is now required' });
  if (a.required && !b.required) report.add({ code: 'REQUEST_BODY_MADE_OPTIONAL', at: 'new', pointer: b.pointer, operation, symbol, message: 'request body is now optional' });
  const same = b.content.find((m) => sameMedia(m, a.primary));
  if (!same) {
    report.add({
      code: 'REQUEST_MEDIA_TYPE_REMOVED', at: 'new', pointer: b.pointer, operation, symbol,
      message: `request body media type ${quote(a.primary.contentType)} no longer accepted (now ${b.content.map((m) => quote(m.contentType)).join(', ')})`,
    });
  } else if (!sameMedia(b.primary, a.primary)) {
    report.add({
      code: 'REQUEST_MEDIA_TYPE_CHANGED', at: 'new', pointer: b.pointer, operation, symbol,
      message: `the client now sends ${quote(b.primary.contentType)} instead of ${quote(a.primary.contentType)}`,
    });
  }
  const walk = { report, dir: 'request' as const, operation };
  const pointer = (m: MediaIR) => m.schema ?? { pointer: b.pointer };
  if (same) schemas.compare(a.primary.schema ?? { pointer: a.pointer }, pointer(same), symbol, walk);
  if (!same || !sameMedia(b.primary, a.primary)) schemas.compare(a.primary.schema ?? { pointer: a.pointer }, pointer(b.primary), symbol, walk);
}

/** Media types compare without parameters and case (`application/json; charset=utf-8` is `application/json`). */
function sameMedia(x: MediaIR, y: MediaIR): boolean {
  const norm = (t: string) => t.split(';')[0]!.trim().toLowerCase();
  return norm(x.contentType) === norm(y.contentType);
}
