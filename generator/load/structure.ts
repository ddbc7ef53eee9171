import { diagnosticAt, type Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from './read.js';
import type { CompiledValidator, CompositeBranches } from './structure/compiled.js';
import { explainErrors } from './structure/explain.js';
import type { StructureIssue } from './structure/messages.js';
import * as oas30 from './structure/oas30.gen.js';
import * as oas31 from './structure/oas31.gen.js';
import * as oas32 from './structure/oas32.gen.js';

/** The OpenAPI minor versions the generator reads. */
export type OpenApiMinor = '3.0' | '3.1' | '3.2';

const SCHEMAS: Record<OpenApiMinor, { validate: CompiledValidator; BRANCHES: Record<string, CompositeBranches> }> = { '3.0': oas30, '3.1': oas31, '3.2': oas32 };

/**
 * Checks a 3.0/3.1/3.2 document against the official OpenAPI JSON Schema of its version (compiled ahead of
 * time, see structure/build.ts) and reports each problem once, located at the offending key.
 * `semantic` are the diagnostics of validate.ts's own checks: a structural issue at the same place
 * says the same thing less precisely (`type: file` is SPEC_UNSUPPORTED_TYPE, not a bad enum value), so
 * it is dropped.
 */
export function checkStructure(spec: LoadedSpec, version: OpenApiMinor, semantic: readonly Diagnostic[]): Diagnostic[] {
  const { validate, BRANCHES } = SCHEMAS[version];
  if (validate(spec.data)) return [];
  const issues = withoutCascades(explainErrors(validate.errors ?? [], BRANCHES), semantic);
  return issues.map((i) => diagnosticAt(spec, i.pointer, i.code, i.message));
}

/**
 * One diagnostic per problem:
 * - a value of the wrong JSON type is not also a wrong value;
 * - "matches more than one form" is left out when a problem inside the object explains it;
 * - the same issue reached twice (a value checked by two schemas) once;
 * - a field that is present but wrong is not also "unknown" (3.1's unevaluatedProperties counts a field
 *   checked by a failing subschema as unevaluated);
 * - a Swagger 2 parameter's `type`, `format`, ... are part of its "needs `schema` or `content`" error;
 * - 3.1's "`responses` needs `default`" (no status code key) is implied by a refused response key;
 * - whatever validate.ts reports at the same pointer.
 */
function withoutCascades(issues: StructureIssue[], semantic: readonly Diagnostic[]): StructureIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.pointer}\u0000${i.code}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errorPointers = new Set(unique.filter((i) => i.code !== 'SPEC_UNKNOWN_FIELD').map((i) => i.pointer));
  const invalidKeyParents = new Set(unique.filter((i) => i.code === 'SPEC_INVALID_KEY').map((i) => parentOf(i.pointer)));
  const semanticPointers = new Set(semantic.map((d) => d.pointer));
  const missingSchemaOrContent = new Set(unique.filter((i) => i.code === 'SPEC_MISSING_FIELD' && i.message.includes('`schema`')).map((i) => i.pointer));
  const wrongType = new Set(unique.filter((i) => i.code === 'SPEC_WRONG_TYPE').map((i) => i.pointer));
  const pointersOf = (keep: (i: StructureIssue) => boolean) => new Set(unique.filter(keep).map((i) => i.pointer));
  const otherThanAmbiguous = pointersOf((i) => !i.message.includes('matches more than one'));
  return unique.filter((i) => {
    if (semanticPointers.has(i.pointer)) return false;
    if (i.code === 'SPEC_INVALID_VALUE' && wrongType.has(i.pointer)) return false;
    if (i.message.includes('matches more than one') && hasIssueBelow(otherThanAmbiguous, i.pointer)) return false;
    if (i.code === 'SPEC_UNKNOWN_FIELD') {
      if (hasIssueBelow(errorPointers, i.pointer)) return false;
      // 3.1 counts the fields of a failing subschema (an apiKey scheme's `name` when its `in` is wrong) as
      // unevaluated; in an object with an error, such a warning would be noise. Real unknown fields there
      // show up again once the error is fixed.
      if (i.unevaluated && hasIssueBelow(errorPointers, parentOf(i.pointer))) return false;
      if (missingSchemaOrContent.has(parentOf(i.pointer)) && i.message.includes('inside `schema`')) return false;
    }
    if (i.code === 'SPEC_MISSING_FIELD' && i.message.endsWith('`default`') && invalidKeyParents.has(i.pointer)) return false;
    return true;
  });
}

function hasIssueBelow(pointers: ReadonlySet<string>, pointer: string): boolean {
  if (pointers.has(pointer)) return true;
  for (const p of pointers) if (p.startsWith(`${pointer}/`)) return true;
  return false;
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}
