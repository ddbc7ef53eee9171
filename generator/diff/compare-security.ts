import { toPointer } from '../diagnostics.js';
import { getAtPointer } from '../load/refs.js';
import type { ApiIR, OperationIR, SecuritySchemeIR } from '../ir/types.js';
import { clientOptionName } from './names.js';
import { quote, type Report } from './report.js';

/** What decides where and how the credential goes; the description does not. */
function definition(s: SecuritySchemeIR): string {
  if (s.kind === 'http') return `http ${s.scheme}`;
  if (s.kind === 'apiKey') return `apiKey in ${s.in} ${quote(s.paramName)}`;
  return s.kind;
}

function schemePointer(key: string): string {
  return toPointer(['components', 'securitySchemes', key]);
}

/**
 * components/securitySchemes: each scheme is a `createClient` option, so a removed scheme or a renamed
 * option breaks the code that configures the client, and a scheme that now sends its credential
 * elsewhere breaks every old client.
 */
export function compareSecuritySchemes(old: ApiIR, new_: ApiIR, report: Report): void {
  const after = new Map(new_.securitySchemes.map((s) => [s.key, s]));
  const before = new Map(old.securitySchemes.map((s) => [s.key, s]));
  const optionOld = (s: SecuritySchemeIR) => clientOptionName(old, s);
  const optionNew = (s: SecuritySchemeIR) => clientOptionName(new_, s);
  for (const a of old.securitySchemes) {
    const b = after.get(a.key);
    const symbol = `ClientOptions.${optionOld(a)}`;
    if (!b) {
      report.add({ code: 'SECURITY_SCHEME_REMOVED', at: 'old', pointer: schemePointer(a.key), symbol, message: `security scheme ${quote(a.key)} removed; the ${optionOld(a)} option is gone` });
      continue;
    }
    if (definition(a) !== definition(b)) {
      report.add({ code: 'SECURITY_SCHEME_CHANGED', at: 'new', pointer: schemePointer(b.key), symbol: `ClientOptions.${optionNew(b)}`, message: `security scheme ${quote(a.key)}: ${definition(a)} → ${definition(b)}` });
    }
    if (optionOld(a) !== optionNew(b)) {
      report.add({ code: 'CLIENT_OPTION_RENAMED', at: 'new', pointer: schemePointer(b.key), symbol, message: `createClient option ${optionOld(a)} is now ${optionNew(b)} (security scheme ${quote(a.key)})` });
    }
  }
  for (const b of new_.securitySchemes) {
    if (!before.has(b.key)) report.add({ code: 'SECURITY_SCHEME_ADDED', at: 'new', pointer: schemePointer(b.key), symbol: `ClientOptions.${optionNew(b)}`, message: `security scheme ${quote(b.key)} added` });
  }
}

/**
 * An operation's security requirements. An old client authenticates with one alternative (all its
 * schemes); the new spec must still accept it: some new alternative must ask for no more than that.
 */
export function compareOperationSecurity(o: OperationIR, n: OperationIR, operation: string, report: Report): void {
  // Located where the new requirement is written: on the operation, else at the document level.
  const own = `${n.pointer}/security`;
  const data = report.new_.spec.data;
  const pointer = getAtPointer(data, own) !== undefined ? own : getAtPointer(data, '/security') !== undefined ? '/security' : n.pointer;
  const alternatives = (op: OperationIR) => (op.security.length === 0 ? [[]] : op.security);
  const before = alternatives(o);
  const after = alternatives(n);
  const show = (alts: string[][]) => alts.map((a) => (a.length === 0 ? 'none' : a.map(quote).join(' + '))).join(' or ');
  const refused = before.filter((a) => !after.some((b) => b.every((k) => a.includes(k))));
  if (refused.length > 0) {
    report.add({ code: 'SECURITY_REQUIREMENT_CHANGED', at: 'new', pointer, operation, message: `security ${show(before)} → ${show(after)}; clients using ${show(refused)} are refused` });
  } else if (show(before) !== show(after)) {
    report.add({ code: 'SECURITY_RELAXED', at: 'new', pointer, operation, message: `security ${show(before)} → ${show(after)}` });
  }
}
