import type { OperationIR, ResponseIR } from '../../ir/types.js';
import type { OperationPlan } from '../../plan/types.js';
import { mediaKind } from './media.js';

const CLASSES = ['2', '3', '4', '5'] as const;

/**
 * The members of an operation's result union, as type text. Status types are literal unions (see
 * `HttpStatus` in the runtime) with the documented statuses excluded, so `res.status === 409` narrows to
 * exactly the 409 member even when a range, `default` or an undocumented member is also present.
 * `useType` is told every types.gen.ts alias a member names.
 */
export function resultMembers(op: OperationIR, names: OperationPlan, useType: (name: string) => string): string[] {
  // A response body's type: its types.gen.ts alias, or `Blob` for binary media (read with `blob()`).
  const bodyType = (r: ResponseIR) =>
    r.primary?.stream
      ? `runtime.ItemStream<${useType(names.response(r))}>`
      : mediaKind(r.primary?.contentType) === 'binary'
        ? 'Blob'
        : useType(names.response(r));
  const exact = op.responses.filter((r) => /^\d{3}$/.test(r.status));
  const ranges = new Set(op.responses.filter((r) => /^[1-5]XX$/i.test(r.status)).map((r) => r.status.charAt(0)));
  const fallback = op.responses.find((r) => r.status === 'default');
  const exactIn = (classes: readonly string[]) =>
    exact.map((r) => r.status).filter((s) => classes.includes(s.charAt(0)));
  const members: string[] = [];

  for (const r of exact) {
    const status = Number(r.status);
    members.push(member(status >= 200 && status < 300, r.status, bodyType(r)));
  }
  for (const r of op.responses.filter((x) => /^[2-5]XX$/i.test(x.status))) {
    const d = r.status.charAt(0);
    members.push(member(d === '2', excluding(`runtime.Status${d}xx`, exactIn([d])), bodyType(r)));
  }
  const uncovered = CLASSES.filter((d) => !ranges.has(d));
  if (fallback) {
    // `default` covers what nothing else does; its 2xx part is a success (a spec whose only response is
    // `default` still gets `ok: true` for its successes).
    if (uncovered.includes('2'))
      members.push(member(true, excluding('runtime.Status2xx', exactIn(['2'])), bodyType(fallback)));
    const errors = uncovered.filter((d) => d !== '2');
    if (errors.length > 0)
      members.push(member(false, excluding(statusUnion(errors), exactIn(errors)), bodyType(fallback)));
  } else if (uncovered.length > 0) {
    // Undocumented statuses: never `ok`, so `if (res.ok)` narrows to documented successes only.
    members.push(member(false, excluding(statusUnion(uncovered), exactIn(uncovered)), 'unknown'));
  }
  members.push('runtime.TransportError');
  return members;
}

function member(ok: boolean, status: string, body: string): string {
  return `runtime.${ok ? 'Success' : 'Failure'}<${status}, ${body}>`;
}

function statusUnion(classes: readonly string[]): string {
  return classes.length === CLASSES.length
    ? 'runtime.HttpStatus'
    : classes.map((d) => `runtime.Status${d}xx`).join(' | ');
}

function excluding(base: string, statuses: readonly string[]): string {
  return statuses.length === 0 ? base : `Exclude<${base}, ${statuses.join(' | ')}>`;
}
