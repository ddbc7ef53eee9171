import { compareComponents, compareExports } from './compare-components.js';
import { compareOperation } from './compare-operation.js';
import { SchemaComparer } from './compare-schema.js';
import { compareSecuritySchemes } from './compare-security.js';
import { compareServers } from './compare-servers.js';
import { sortFindings, type Finding } from './findings.js';
import { matchOperations } from './match-operations.js';
import { methodName, operationExports } from './names.js';
import { operationLabel, Report } from './report.js';
import type { Side } from './side.js';

/**
 * Every difference between two versions of a spec that a user of the generated client would notice,
 * in a stable order. Pure: reads the two sides, writes nothing.
 */
export function diffSides(old: Side, new_: Side): Finding[] {
  const report = new Report(old, new_);
  const schemas = new SchemaComparer(old.api, new_.api);
  compareServers(old.api, new_.api, report);
  compareSecuritySchemes(old.api, new_.api, report);
  const { pairs, removed, added } = matchOperations(old.api, new_.api);
  for (const op of removed) {
    report.add({
      code: 'OPERATION_REMOVED', at: 'old', pointer: op.pointer, operation: operationLabel(op), symbol: methodName(old.api, op),
      message: `${operationLabel(op)} removed; client method ${methodName(old.api, op)} is gone`, explains: operationExports(old.api, op).map((e) => e.name),
    });
  }
  for (const op of added) {
    report.add({ code: 'OPERATION_ADDED', at: 'new', pointer: op.pointer, operation: operationLabel(op), symbol: methodName(new_.api, op), message: `${operationLabel(op)} added as ${methodName(new_.api, op)}` });
  }
  // Operations in the new spec's order (path, then method), so "the operation a shared schema was first
  // reached through" does not depend on the order of keys in either file.
  const order = new Map(new_.api.operations.map((op, i) => [op, i]));
  for (const pair of [...pairs].sort((a, b) => order.get(a.new)! - order.get(b.new)!)) compareOperation(pair, report, schemas);
  compareComponents(report, schemas);
  compareExports(report);
  return sortFindings(report.findings);
}
