import type { ApiIR, OperationIR } from '../ir/types.js';

/** Two versions of one operation. */
export interface OperationPair {
  old: OperationIR;
  new: OperationIR;
  /** How they were paired: the same operationId, or the same method and path (parameter names aside). */
  by: 'operationId' | 'route';
}

/** `/users/{id}` and `/users/{user_id}` are the same route: clients send the same URL. */
export function route(op: OperationIR): string {
  return `${op.method} ${op.path.replace(/\{[^}]*\}/g, '{}')}`;
}

/**
 * Pairs each old operation with its new version: first by operationId (so a moved operation is seen as
 * moved, not as one removed and one added), then the rest by method and path. What is left over was
 * removed or added.
 */
export function matchOperations(old: ApiIR, new_: ApiIR): { pairs: OperationPair[]; removed: OperationIR[]; added: OperationIR[] } {
  const pairs: OperationPair[] = [];
  const freeNew = new Set(new_.operations);
  const byId = new Map(new_.operations.filter((op) => op.operationId !== undefined).map((op) => [op.operationId!, op]));
  const rest: OperationIR[] = [];
  for (const op of old.operations) {
    const match = op.operationId !== undefined ? byId.get(op.operationId) : undefined;
    if (match) {
      pairs.push({ old: op, new: match, by: 'operationId' });
      freeNew.delete(match);
    } else rest.push(op);
  }
  const byRoute = new Map([...freeNew].map((op) => [route(op), op]));
  const removed: OperationIR[] = [];
  for (const op of rest) {
    const match = byRoute.get(route(op));
    if (match && freeNew.has(match)) {
      pairs.push({ old: op, new: match, by: 'route' });
      freeNew.delete(match);
    } else removed.push(op);
  }
  return { pairs, removed, added: new_.operations.filter((op) => freeNew.has(op)) };
}
