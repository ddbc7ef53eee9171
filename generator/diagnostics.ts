import { compareLocated } from './common/order.js';

/** Coded, located problems. Collected, never thrown, for anything a spec author can fix. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Spec path relative to the repo root (POSIX). */
  file: string;
  line: number;
  col: number;
  /** JSON pointer into the spec, '' for the document root. */
  pointer: string;
}

/**
 * Every code with its severity and a one-line fix: the catalogue alone decides a code's severity.
 * Codes are stable: tests and CI scripts match on them.
 */
export const DIAGNOSTIC_CATALOG = {
  SPEC_READ_FAILED: { severity: 'error', help: 'Check that the file exists and is readable.' },
  SPEC_YAML_SYNTAX: { severity: 'error', help: 'Fix the YAML/JSON syntax at the reported position.' },
  SPEC_NOT_OPENAPI: { severity: 'error', help: 'The document must have `openapi: 3.0.x`, `openapi: 3.1.x` or `openapi: 3.2.x` at the top level.' },
  SPEC_INVALID_STRUCTURE: { severity: 'error', help: 'The object does not have a form the OpenAPI specification allows here (two fields that exclude each other, ...).' },
  SPEC_MISSING_FIELD: { severity: 'error', help: 'Add the field the OpenAPI specification requires in this object.' },
  SPEC_WRONG_TYPE: { severity: 'error', help: 'Give the value the JSON type the OpenAPI specification requires (a list, an object, a string, ...).' },
  SPEC_INVALID_VALUE: { severity: 'error', help: 'Use one of the values the OpenAPI specification allows for this field.' },
  SPEC_INVALID_KEY: { severity: 'error', help: 'Rename the key: paths start with /, response keys are status codes, 1XX-5XX or default.' },
  SPEC_UNKNOWN_FIELD: { severity: 'warning', help: 'The field is not part of this OpenAPI object and is ignored; fix its spelling or prefix it with x-.' },
  SPEC_REF_NOT_FOUND: { severity: 'error', help: 'Point the $ref at an existing target, e.g. #/components/schemas/Name or ./schemas.yaml#/Name.' },
  SPEC_EXTERNAL_REF: { severity: 'error', help: 'URLs are never fetched: save the file inside the spec\'s folder and refer to it by a relative path (./schemas.yaml#/Name).' },
  SPEC_REF_CYCLE: { severity: 'error', help: 'Break the cycle with an object property or array item between the schemas.' },
  SPEC_DUPLICATE_OPERATION_ID: { severity: 'error', help: 'Every operationId must be unique in the document.' },
  SPEC_NAME_COLLISION: { severity: 'warning', help: 'Rename the spec name to choose the identifier yourself (two names map to one, or it names a built-in JavaScript member).' },
  SPEC_PATH_PARAM_UNDECLARED: { severity: 'error', help: 'Declare the path template variable as an `in: path` parameter.' },
  SPEC_PATH_PARAM_NOT_IN_PATH: { severity: 'error', help: 'Remove the parameter or add `{name}` to the path template.' },
  SPEC_PATH_PARAM_NOT_REQUIRED: { severity: 'error', help: 'Path parameters must have `required: true`.' },
  SPEC_UNSUPPORTED_TYPE: { severity: 'error', help: 'Use one of string, number, integer, boolean, object, array, null.' },
  SPEC_UNSUPPORTED_KEYWORD: { severity: 'warning', help: 'The keyword is ignored by the generated validators; remove it or accept that it is not checked.' },
  SPEC_UNKNOWN_FORMAT: { severity: 'warning', help: 'The format is not checked by the generated validators; see the README format table.' },
  SPEC_INVALID_PATTERN: { severity: 'error', help: 'The `pattern` must be a valid ECMAScript regular expression with the u flag.' },
  SPEC_UNSUPPORTED_CONSTRUCT: { severity: 'warning', help: 'The generator cannot express this yet; the output treats it loosely, as the message says.' },
  SPEC_TYPES_FAILED: { severity: 'error', help: 'openapi-typescript cannot turn this construct into types; rewrite it (e.g. drop a boolean schema from allOf).' },
  SPEC_REF_EXPANSION: { severity: 'error', help: 'Declare the object used in many places as a component of the root spec (components/responses/Name: { $ref: ./file.yaml#/Name }): uses of a component are references, not copies.' },
  SPEC_REF_OUTSIDE_ROOT: { severity: 'error', help: 'Keep every referenced file inside the folder of the root spec (symbolic links must not lead out of it).' },
  OVERLAY_INVALID: { severity: 'error', help: 'Give the overlay the shape of Overlay 1.0.0: overlay: 1.0.0, info with title and version, and a non-empty actions list of { target, update | remove: true }.' },
  OVERLAY_TARGET_INVALID: { severity: 'error', help: 'Write the action\'s target as an RFC 9535 JSONPath query, e.g. $.paths[\'/users\'].get.' },
  OVERLAY_UPDATE_INCOMPATIBLE: { severity: 'error', help: 'An update merges objects into objects, appends to arrays and replaces primitives with primitives; remove the node first to replace it with another kind.' },
  OVERLAY_TARGET_NO_MATCH: { severity: 'warning', help: 'The action changed nothing: fix its target, or drop the action if the spec no longer has that node.' },
} as const satisfies Record<string, { severity: Severity; help: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOG;

/** Where a diagnostic can be placed: a spec file, and a way from a JSON pointer to a line and column. */
export interface SpecLocation {
  /** Spec path relative to the working directory, POSIX separators. */
  file: string;
  /**
   * Line and column of a pointer. `file` is set when the node came from another file than `file`
   * (a file a `$ref` reached, an overlay that inserted it): the diagnostic then names that file.
   */
  position(pointer: string): { line: number; col: number; file?: string };
}

/** A diagnostic at a line and column, with the catalogue's severity. */
export function diagnostic(file: string, line: number, col: number, pointer: string, code: DiagnosticCode, message: string): Diagnostic {
  return { code, severity: DIAGNOSTIC_CATALOG[code].severity, message, file, line, col, pointer };
}

/** A diagnostic located at `pointer` in a spec, with the catalogue's severity. */
export function diagnosticAt(spec: SpecLocation, pointer: string, code: DiagnosticCode, message: string): Diagnostic {
  const { line, col, file } = spec.position(pointer);
  return diagnostic(file ?? spec.file, line, col, pointer, code, message);
}

/** Renders one diagnostic on one line: `specs/x.yaml:12:5  error  SPEC_REF_NOT_FOUND  message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}  ${d.severity}  ${d.code}  ${d.message}`;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Report order (common/order.ts): file, line, column, code, then message. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareLocated);
}

/** JSON pointer from path segments, escaping `~` and `/` (RFC 6901). */
export function toPointer(segments: readonly (string | number)[]): string {
  // A loop, and the replacements only where needed: the IR builds a pointer for every schema node
  // (GitHub's spec: ~0.4 s with a map, two regex replacements and a join per segment).
  let pointer = '';
  for (const segment of segments) {
    const text = String(segment);
    pointer += text.includes('~') || text.includes('/') ? `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${text}`;
  }
  return pointer;
}

/** Path segments from a JSON pointer (RFC 6901); a leading '#' is allowed, percent-decoding is the caller's job. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
