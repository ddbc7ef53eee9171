import { mediaKind } from '../emit/client/media.js';
import type { OperationIR, ResponseIR } from '../ir/types.js';
import type { SchemaComparer } from './compare-schema.js';
import { responseExports, responseTypeName } from './names.js';
import { quote, type Report } from './report.js';

/** 2xx and 2XX are successes (`res.ok`); everything else, `default` included, is an error status. */
function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/**
 * Responses of one operation, by status. The result union is built from them: a success status that
 * goes, changes or appears changes what `res.ok` covers and what `res.data` is (old clients read an
 * undocumented status as a failure); a documented error that goes or loses its body changes what
 * narrowing on `res.status` gives. Bodies are compared in the response direction.
 */
export function compareResponses(o: OperationIR, n: OperationIR, operation: string, report: Report, schemas: SchemaComparer): void {
  const typeOld = (r: ResponseIR) => responseTypeName(report.old.api, r);
  const typeNew = (r: ResponseIR) => responseTypeName(report.new_.api, r);
  const exportsOld = (r: ResponseIR) => responseExports(report.old.api, r);
  const before = new Map(o.responses.map((r) => [r.status.toUpperCase(), r]));
  const after = new Map(n.responses.map((r) => [r.status.toUpperCase(), r]));
  const gone = [...before.values()].filter((r) => !after.has(r.status.toUpperCase()));
  const added = [...after.values()].filter((r) => !before.has(r.status.toUpperCase()));
  const goneOk = gone.filter((r) => isSuccess(r.status));
  const addedOk = added.filter((r) => isSuccess(r.status));

  if (goneOk.length > 0 && addedOk.length > 0) {
    const from = goneOk.map((r) => r.status).join(', ');
    const to = addedOk.map((r) => r.status).join(', ');
    report.add({
      code: 'SUCCESS_STATUS_CHANGED', at: 'new', pointer: addedOk[0]!.pointer, operation, symbol: typeNew(addedOk[0]!),
      message: `success status ${from} → ${to}; old clients read ${to} as a failure`, explains: goneOk.flatMap(exportsOld),
    });
    compareBodies(goneOk[0]!, addedOk[0]!, operation, report, schemas);
  } else {
    for (const r of goneOk) {
      report.add({
        code: 'SUCCESS_STATUS_REMOVED', at: 'old', pointer: r.pointer, operation, symbol: typeOld(r),
        message: `success status ${r.status} removed`, explains: exportsOld(r),
      });
    }
    for (const r of addedOk) {
      report.add({ code: 'SUCCESS_STATUS_ADDED', at: 'new', pointer: r.pointer, operation, symbol: typeNew(r), message: `success status ${r.status} added; old clients read it as a failure` });
    }
  }
  for (const r of gone.filter((x) => !isSuccess(x.status))) {
    report.add({
      code: 'ERROR_STATUS_REMOVED', at: 'old', pointer: r.pointer, operation, symbol: typeOld(r),
      message: `error status ${r.status} no longer documented${r.primary ? '; its typed error body is gone' : ''}`, explains: exportsOld(r),
    });
  }
  for (const r of added.filter((x) => !isSuccess(x.status))) {
    report.add({ code: 'ERROR_STATUS_ADDED', at: 'new', pointer: r.pointer, operation, symbol: typeNew(r), message: `error status ${r.status} documented` });
  }
  for (const a of o.responses) {
    const b = after.get(a.status.toUpperCase());
    if (b) compareBodies(a, b, operation, report, schemas);
  }
}

function compareBodies(a: ResponseIR, b: ResponseIR, operation: string, report: Report, schemas: SchemaComparer): void {
  const symbol = responseTypeName(report.new_.api, b);
  const success = isSuccess(b.status);
  if (a.description !== b.description) {
    report.add({ code: 'DESCRIPTION_CHANGED', at: 'new', pointer: b.pointer, operation, symbol, message: `${b.status} response: description changed` });
  }
  if (a.primary && !b.primary) {
    report.add({
      code: success ? 'RESPONSE_BODY_REMOVED' : 'ERROR_BODY_REMOVED', at: 'new', pointer: b.pointer, operation, symbol,
      message: `${b.status} response no longer has a body; \`${success ? 'data' : 'error'}\` is now undefined`, explains: responseExports(report.old.api, a),
    });
    return;
  }
  if (!a.primary && b.primary) {
    report.add({ code: 'RESPONSE_BODY_ADDED', at: 'new', pointer: b.pointer, operation, symbol, message: `${b.status} response now has a ${quote(b.primary.contentType)} body` });
    return;
  }
  if (!a.primary || !b.primary) return;
  const kindA = mediaKind(a.primary.contentType);
  const kindB = mediaKind(b.primary.contentType);
  if (kindA !== kindB) {
    report.add({
      code: 'RESPONSE_MEDIA_TYPE_CHANGED', at: 'new', pointer: b.pointer, operation, symbol,
      message: `${b.status} response body ${quote(a.primary.contentType)} → ${quote(b.primary.contentType)} (read as ${kindA}, now ${kindB})`,
    });
    return;
  }
  if (kindA === 'binary') return; // a Blob either way
  schemas.compare(a.primary.schema ?? { pointer: a.pointer }, b.primary.schema ?? { pointer: b.pointer }, symbol, { report, dir: 'response', operation });
}
