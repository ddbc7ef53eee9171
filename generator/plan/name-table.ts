import { toPointer } from '../diagnostics.js';
import { compareStrings } from '../common/order.js';
import { FIXED_EXPORTS } from './exports.js';
import { BUILTIN_MEMBERS, identifier, RESERVED_WORDS } from '../escape/typescript.js';
import { camelCase, nameFromMethodAndPath, pascalCase, settleNames, SHADOWED_GLOBALS } from './names.js';
import { operationTypeNames } from './symbols.js';

/** What the name table needs to know about an operation. */
export interface OperationNameInput {
  /** Stable identity of the operation: 'METHOD path'. */
  key: string;
  operationId?: string;
  method: string;
  path: string;
  statuses: string[];
  /** Where to report a rename: the operationId, or the operation when it has none. */
  pointer: string;
}

/** A name settled differently from what the spec asked for (reported as SPEC_NAME_COLLISION). */
export interface Rename {
  kind: 'schema' | 'operation' | 'security scheme';
  source: string;
  proposed: string;
  final: string;
  pointer: string;
  /** `taken`: another name had it first; `builtin`: it names a built-in member (BUILTIN_MEMBERS). */
  reason: 'taken' | 'builtin';
}

export interface NameTable {
  schemaTypes: Map<string, string>;
  /** operation key → { method name, PascalCase base }. */
  operations: Map<string, { method: string; base: string }>;
  renames: Rename[];
}

/**
 * Decides every schema type name and operation name once, in two passes that do not depend on the
 * order of schemas or paths in the spec (see `settleNames`).
 */
export function buildNameTable(schemaKeys: readonly string[], operations: readonly OperationNameInput[]): NameTable {
  const taken = new Set<string>([...FIXED_EXPORTS, ...SHADOWED_GLOBALS]);
  const schemaResult = settleNames(
    schemaKeys.map((key) => ({ source: key, proposed: typeSafe(pascalCase(key)) })),
    taken,
  );
  const renames: Rename[] = schemaResult.renamed.map((r) => ({ kind: 'schema', ...r, pointer: toPointer(['components', 'schemas', r.source]), reason: 'taken' }));

  // Operation bases: every name derived from a base must be free, so try bases until all are.
  const methodTaken = new Set<string>(['createClient']);
  const ops = [...operations].sort((a, b) => compareStrings(a.key, b.key));
  const proposals = ops.map((op) => ({ op, proposed: camelCase(op.operationId ?? nameFromMethodAndPath(op.method, op.path)) }));
  // Pass 1 keeps operationIds that are already camelCase identifiers, as `settleNames` does for schemas.
  proposals.sort((a, b) => Number(b.proposed === b.op.operationId) - Number(a.proposed === a.op.operationId));
  const result = new Map<string, { method: string; base: string }>();
  for (const { op, proposed } of proposals) {
    // Client methods are own members of the client object: a built-in member name is moved aside like a reserved word.
    const builtin = BUILTIN_MEMBERS.has(proposed);
    const safe = identifier(proposed);
    let method = safe;
    for (let n = 2; !isFree(method, op.statuses, taken, methodTaken); n++) method = `${safe}${n}`;
    const base = pascalCase(method);
    for (const name of operationTypeNames(base, op.statuses)) taken.add(name);
    methodTaken.add(method);
    result.set(op.key, { method, base });
    const source = op.operationId ?? op.key;
    if (builtin) renames.push({ kind: 'operation', source, proposed, final: method, pointer: op.pointer, reason: 'builtin' });
    else if (method !== safe) renames.push({ kind: 'operation', source, proposed: safe, final: method, pointer: op.pointer, reason: 'taken' });
  }
  return { schemaTypes: schemaResult.names, operations: result, renames };
}

function isFree(method: string, statuses: string[], taken: Set<string>, methodTaken: Set<string>): boolean {
  if (methodTaken.has(method)) return false;
  return operationTypeNames(pascalCase(method), statuses).every((n) => !taken.has(n));
}

/** Type names may not be reserved words or shadow globals the generated code uses. */
function typeSafe(name: string): string {
  return RESERVED_WORDS.has(name) || SHADOWED_GLOBALS.has(name) || FIXED_EXPORTS.has(name) ? `${name}_` : name;
}
