import type { DiagnosticCode } from '../../diagnostics.js';
import type { CompositeBranches, SchemaError } from './compiled.js';
import { describeIssue, subject, type StructureIssue } from './messages.js';

/**
 * Turns ajv's raw error list into one issue per real problem.
 *
 * ajv reports every failing branch of a `oneOf`/`anyOf` plus the composite itself; read raw, a Swagger 2
 * `in: body` parameter is five errors about four parameter kinds. Here each composite is resolved to the
 * branch the author meant: the value is validated against each branch on its own (the compiled modules
 * export one validator per branch, found through the `x-composite` tag schemas.ts puts on the composite),
 * and the branch that fails least, and not on its discriminating property, is explained in turn. When
 * every branch fails on the same property (`in` is none of path, query, header, cookie) or only for
 * missing fields (neither `schema` nor `content`), that is the one issue.
 */
export function explainErrors(errors: readonly SchemaError[], table: Record<string, CompositeBranches>): StructureIssue[] {
  const relevant = errors.filter((e) => e.keyword !== 'if' && !('propertyName' in e));
  const composites = relevant.filter((e) => compositeOf(e, table));
  const branchRuns = new Map<SchemaError, SchemaError[][]>();
  const covered = new Map<string, SchemaError>();
  for (const c of composites) {
    const runs = compositeOf(c, table)!.branches.map((validate) => {
      validate(c.data, { instancePath: c.instancePath });
      return (validate.errors ?? []).filter((e) => e.keyword !== 'if' && !('propertyName' in e)).slice();
    });
    branchRuns.set(c, runs);
    for (const run of runs) for (const e of run) covered.set(errorKey(e), c);
  }
  const issues: StructureIssue[] = [];
  for (const e of relevant) {
    const owner = covered.get(errorKey(e));
    if (owner !== undefined && owner !== e) continue; // explained through the composite that owns it
    if (branchRuns.has(e)) issues.push(...resolveComposite(e, branchRuns.get(e)!, table));
    else issues.push(describeIssue(e));
  }
  return issues;
}

function compositeOf(e: SchemaError, table: Record<string, CompositeBranches>): CompositeBranches | undefined {
  if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') return undefined;
  const tag = e.parentSchema?.['x-composite'];
  return typeof tag === 'string' ? table[tag] : undefined;
}

/** Where and what, without the schema path: the same failure reached through an inlined or a called `$ref`. */
function errorKey(e: SchemaError): string {
  return `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
}

function resolveComposite(c: SchemaError, runs: SchemaError[][], table: Record<string, CompositeBranches>): StructureIssue[] {
  const at = c.instancePath;
  const passing = c.params.passingSchemas;
  if (Array.isArray(passing)) {
    return [issue(at, 'SPEC_INVALID_STRUCTURE', `${subject(at)} matches more than one of the forms allowed here; make it match exactly one`)];
  }
  const failing = runs.filter((run) => run.length > 0);
  if (failing.length === 0) return [];

  const discriminator = sharedValueFailure(failing, at);
  if (discriminator) return [discriminator];
  if (failing.every((run) => run.some((e) => e.keyword === 'type' && e.instancePath === at))) {
    const types = [...new Set(failing.flatMap((run) => run.filter((e) => e.keyword === 'type' && e.instancePath === at).flatMap((e) => typeList(e.params.type))))];
    return [describeIssue({ ...failing[0]!.find((e) => e.keyword === 'type' && e.instancePath === at)!, params: { type: types } })];
  }
  if (failing.every((run) => run.every((e) => e.keyword === 'required' && e.instancePath === at))) {
    const options = failing.map((run) => run.map((e) => `\`${String(e.params.missingProperty)}\``).join(' and '));
    const how = c.keyword === 'oneOf' ? 'either' : 'at least one of';
    return [issue(at, 'SPEC_MISSING_FIELD', `${subject(at)} needs ${how} ${joinOr(options)}${swagger2Hint(c.data)}`)];
  }
  let best = failing[0]!;
  for (const run of failing.slice(1)) if (cost(run, at) < cost(best, at)) best = run;
  return explainErrors(best, table);
}

/**
 * Every branch refuses the value of one property by enum/const (the parameter kinds all refuse
 * `in: body`): that property is the discriminator and the only problem worth reporting.
 */
function sharedValueFailure(runs: SchemaError[][], at: string): StructureIssue | undefined {
  const perRun = runs.map((run) => run.filter((e) => (e.keyword === 'enum' || e.keyword === 'const') && parentOf(e.instancePath) === at));
  for (const candidate of perRun[0]!) {
    const same = perRun.map((errs) => errs.find((e) => e.instancePath === candidate.instancePath));
    if (same.some((e) => e === undefined)) continue;
    const allowed = same.flatMap((e) => (e!.keyword === 'const' ? [e!.params.allowedValue] : ((e!.params.allowedValues as unknown[]) ?? [])));
    return describeIssue({ ...candidate, keyword: 'enum', params: { allowedValues: [...new Set(allowed)] } });
  }
  return undefined;
}

/**
 * How unlikely it is that the author meant this branch: being the wrong kind of value costs most, a
 * wrong value of one of its properties (a discriminator) more than a missing or extra field.
 */
function cost(run: SchemaError[], at: string): number {
  let total = 0;
  for (const e of run) {
    if (e.keyword === 'type' && e.instancePath === at) total += 100;
    else if (['enum', 'const', 'pattern'].includes(e.keyword) && parentOf(e.instancePath) === at) total += 2;
    else total += 1;
  }
  return total;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function typeList(type: unknown): string[] {
  return Array.isArray(type) ? type.map(String) : String(type).split(',');
}

function issue(pointer: string, code: DiagnosticCode, message: string): StructureIssue {
  return { pointer, code, message };
}

function joinOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** A Swagger 2 parameter carries `type` (and `format`, `items`) itself; OpenAPI 3 wants them in `schema`. */
function swagger2Hint(data: unknown): string {
  if (typeof data === 'object' && data !== null && 'type' in data) return ' (Swagger 2 `type` belongs inside `schema` in OpenAPI 3)';
  return '';
}
