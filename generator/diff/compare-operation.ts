import { compareBody } from './compare-body.js';
import { compareParameters } from './compare-parameters.js';
import { compareResponses } from './compare-responses.js';
import type { SchemaComparer } from './compare-schema.js';
import { compareOperationSecurity } from './compare-security.js';
import { route, type OperationPair } from './match-operations.js';
import { methodName, operationExports } from './names.js';
import { operationLabel, quote, type Report } from './report.js';

/** One operation in both versions: where it is, what the client calls it, then its parts. */
export function compareOperation(pair: OperationPair, report: Report, schemas: SchemaComparer): void {
  const { old: o, new: n } = pair;
  const before = methodName(report.old.api, o);
  const after = methodName(report.new_.api, n);
  const operation = operationLabel(n);
  const symbol = after;
  if (route(o) !== route(n)) {
    report.add({ code: 'OPERATION_MOVED', at: 'new', pointer: n.pointer, operation, symbol, message: `${before} moved from ${operationLabel(o)} to ${operation}; old clients call the old route` });
  }
  if (before !== after) {
    report.add({
      code: 'OPERATION_RENAMED', at: 'new', pointer: n.operationId !== undefined ? `${n.pointer}/operationId` : n.pointer, operation, symbol,
      message: `client method ${before} is now ${after} (its types are renamed with it)`,
      explains: operationExports(report.old.api, o).map((e) => e.name),
    });
  } else if (o.operationId !== n.operationId) {
    report.add({ code: 'OPERATION_ID_CHANGED', at: 'new', pointer: n.pointer, operation, symbol, message: `operationId ${quote(o.operationId ?? null)} → ${quote(n.operationId ?? null)}; generated names unchanged` });
  }
  if (n.deprecated && !o.deprecated) report.add({ code: 'DEPRECATED', at: 'new', pointer: n.pointer, operation, symbol, message: `${symbol} is deprecated` });
  if ((o.summary ?? '') !== (n.summary ?? '') || (o.description ?? '') !== (n.description ?? '')) {
    report.add({ code: 'DESCRIPTION_CHANGED', at: 'new', pointer: n.pointer, operation, symbol, message: `${symbol}: summary or description changed` });
  }
  compareOperationSecurity(o, n, operation, report);
  compareParameters(o, n, operation, report, schemas);
  compareBody(o, n, operation, report, schemas);
  compareResponses(o, n, operation, report, schemas);
}
