import type { OperationIR, ParameterIR, ParameterLocation } from '../ir/types.js';
import type { SchemaComparer } from './compare-schema.js';
import { parameterGroupName } from './names.js';
import { member, quote, type Report } from './report.js';

const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** HTTP header names are case-insensitive; the others are compared as written. */
function key(p: ParameterIR): string {
  return `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

/**
 * Parameters of one operation, matched by location and name. They are request values: a removed
 * parameter breaks calls that pass it (except headers: the client takes extra headers), a new required
 * one breaks calls without it, and a changed style or explode makes old clients encode it differently.
 */
export function compareParameters(o: OperationIR, n: OperationIR, operation: string, report: Report, schemas: SchemaComparer): void {
  const before = new Map(LOCATIONS.flatMap((l) => o.parameters[l]).map((p) => [key(p), p]));
  const after = new Map(LOCATIONS.flatMap((l) => n.parameters[l]).map((p) => [key(p), p]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const k of keys) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && !b) {
      const symbol = member(parameterGroupName(report.old.api, o, a.in), a.name);
      if (a.in === 'header') {
        report.add({ code: 'HEADER_PARAMETER_REMOVED', at: 'old', pointer: a.pointer, operation, symbol, message: `header parameter ${quote(a.name)} removed` });
      } else {
        report.add({ code: 'PARAMETER_REMOVED', at: 'old', pointer: a.pointer, operation, symbol, message: `${a.in} parameter ${quote(a.name)} removed` });
      }
      continue;
    }
    if (!a && b) {
      const symbol = member(parameterGroupName(report.new_.api, n, b.in), b.name);
      const code = b.required ? 'PARAMETER_ADDED_REQUIRED' : 'PARAMETER_ADDED';
      report.add({ code, at: 'new', pointer: b.pointer, operation, symbol, message: `${b.required ? 'required' : 'optional'} ${b.in} parameter ${quote(b.name)} added` });
      continue;
    }
    if (!a || !b) continue;
    const symbol = member(parameterGroupName(report.new_.api, n, b.in), b.name);
    const where = `${b.in} parameter ${quote(b.name)}`;
    if (!a.required && b.required) report.add({ code: 'PARAMETER_MADE_REQUIRED', at: 'new', pointer: b.pointer, operation, symbol, message: `${where} is now required` });
    if (a.required && !b.required) report.add({ code: 'PARAMETER_MADE_OPTIONAL', at: 'new', pointer: b.pointer, operation, symbol, message: `${where} is now optional` });
    const style = (p: ParameterIR) => `style ${p.style}, explode ${p.explode}${p.allowReserved ? ', allowReserved' : ''}`;
    if (style(a) !== style(b)) {
      report.add({ code: 'PARAMETER_SERIALIZATION_CHANGED', at: 'new', pointer: b.pointer, operation, symbol, message: `${where}: ${style(a)} → ${style(b)}` });
    }
    if (b.deprecated && !a.deprecated) report.add({ code: 'DEPRECATED', at: 'new', pointer: b.pointer, operation, symbol, message: `${where} is deprecated` });
    if ((a.description ?? '') !== (b.description ?? '')) {
      report.add({ code: 'DESCRIPTION_CHANGED', at: 'new', pointer: b.pointer, operation, symbol, message: `${where}: description changed` });
    }
    schemas.compare(a.schema, b.schema, symbol, { report, dir: 'request', operation, parameter: true });
  }
}
