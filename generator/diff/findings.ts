/**
 * What the diff reports: coded findings, judged from the generated client's side. A finding is a record
 * with the same fields as a generator diagnostic (code, severity, message, file, line, col, pointer)
 * plus the operation and the exported symbol it concerns, so the diagnostic reporters can print both.
 */

/**
 * `breaking`: code written against the old client stops compiling, or a request the old client sends
 * (and its validators accept) is refused, or a response falls outside what the old client's types say.
 * `warning`: worth a look, but nothing above happens (a deprecation, a behaviour only opt-in response
 * validation sees). `info`: compatible changes.
 */
export type FindingSeverity = 'breaking' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  message: string;
  /** Spec path as given (the old side's for removals; `ref:path` for a --base-ref side). */
  file: string;
  line: number;
  col: number;
  /** JSON pointer into `file`. */
  pointer: string;
  /** `METHOD /path` of the operation the change was found through, when there is one. */
  operation?: string;
  /** The export it concerns: `UpdateProfileRequest.timezone`, `updateCurrentUserProfile`, `ClientOptions.token`. */
  symbol?: string;
}

const B = 'breaking';
const W = 'warning';
const I = 'info';

/** Every code with its severity and a one-line reason, for the README table and `--help`-style lookups. */
export const FINDING_CATALOG = {
  // operations
  OPERATION_REMOVED: { severity: B, why: 'the client method is gone' },
  OPERATION_RENAMED: { severity: B, why: 'the client method (and its types) have new names' },
  OPERATION_MOVED: { severity: B, why: 'old clients call a method or path the API no longer serves' },
  OPERATION_ADDED: { severity: I, why: 'a new client method' },
  OPERATION_ID_CHANGED: { severity: I, why: 'the operationId changed but the generated names did not' },
  // parameters
  PARAMETER_REMOVED: { severity: B, why: 'code passing it no longer compiles' },
  PARAMETER_ADDED_REQUIRED: { severity: B, why: 'calls without it no longer compile' },
  PARAMETER_MADE_REQUIRED: { severity: B, why: 'calls without it no longer compile' },
  PARAMETER_TYPE_CHANGED: { severity: B, why: 'values the old client sends are refused' },
  PARAMETER_SERIALIZATION_CHANGED: { severity: B, why: 'old clients encode it differently from what the API now reads' },
  PARAMETER_ADDED: { severity: I, why: 'an optional parameter' },
  PARAMETER_MADE_OPTIONAL: { severity: I, why: 'calls may now leave it out' },
  HEADER_PARAMETER_REMOVED: { severity: I, why: 'extra headers stay allowed, so calls still compile' },
  // request body
  REQUEST_BODY_REMOVED: { severity: B, why: 'code passing a body no longer compiles' },
  REQUEST_BODY_ADDED_REQUIRED: { severity: B, why: 'calls without a body no longer compile' },
  REQUEST_BODY_MADE_REQUIRED: { severity: B, why: 'calls without a body no longer compile' },
  REQUEST_MEDIA_TYPE_REMOVED: { severity: B, why: 'old clients send a media type the API no longer accepts' },
  REQUEST_BODY_ADDED: { severity: I, why: 'an optional body' },
  REQUEST_BODY_MADE_OPTIONAL: { severity: I, why: 'calls may now leave the body out' },
  REQUEST_MEDIA_TYPE_CHANGED: { severity: I, why: 'the client now sends another media type; the old one is still accepted' },
  // request schemas (bodies and parameters: what the client sends)
  REQUEST_PROPERTY_REMOVED: { severity: B, why: 'object literals with it no longer compile' },
  REQUEST_PROPERTY_ADDED_REQUIRED: { severity: B, why: 'object literals without it no longer compile' },
  REQUEST_PROPERTY_MADE_REQUIRED: { severity: B, why: 'object literals without it no longer compile' },
  REQUEST_PROPERTY_MADE_READ_ONLY: { severity: B, why: 'the request validators now refuse it' },
  REQUEST_TYPE_CHANGED: { severity: B, why: 'values the old client sends no longer compile or validate' },
  REQUEST_ENUM_VALUE_REMOVED: { severity: B, why: 'the value no longer compiles or validates' },
  REQUEST_VALUES_RESTRICTED: { severity: B, why: 'only listed values are accepted now' },
  REQUEST_CONSTRAINT_TIGHTENED: { severity: B, why: 'values the old validators accept are refused' },
  REQUEST_ADDITIONAL_PROPERTIES_REFUSED: { severity: B, why: 'extra keys the old type allowed are refused' },
  REQUEST_VARIANT_REMOVED: { severity: B, why: 'values of that variant are refused' },
  // response schemas (what the client receives)
  RESPONSE_PROPERTY_REMOVED: { severity: B, why: 'code reading it no longer compiles' },
  RESPONSE_PROPERTY_MADE_OPTIONAL: { severity: B, why: 'code using it as always present no longer compiles' },
  RESPONSE_TYPE_CHANGED: { severity: B, why: 'code using the old type no longer compiles' },
  RESPONSE_ENUM_VALUE_ADDED: { severity: B, why: 'exhaustive switches over the closed union no longer compile' },
  RESPONSE_ENUM_VALUE_REMOVED: { severity: B, why: 'a `case` for the removed value no longer compiles' },
  RESPONSE_VALUES_UNRESTRICTED: { severity: B, why: 'the closed union became an open type' },
  RESPONSE_VARIANT_ADDED: { severity: B, why: 'code handling every old variant misses the new one' },
  DISCRIMINATOR_CHANGED: { severity: B, why: 'the tag values the generated types carry changed' },
  RESPONSE_CONSTRAINT_RELAXED: { severity: W, why: 'the types are unchanged; strict response validation may refuse new values' },
  RESPONSE_PROPERTY_MADE_WRITE_ONLY: { severity: W, why: 'the API stops returning it, though the type still has it' },
  // compatible schema changes
  PROPERTY_ADDED: { severity: I, why: 'an optional request property or a new response property' },
  PROPERTY_MADE_OPTIONAL: { severity: I, why: 'a request property may now be left out' },
  PROPERTY_MADE_REQUIRED: { severity: I, why: 'a response property is now always present' },
  TYPE_WIDENED: { severity: I, why: 'a request accepts more values' },
  TYPE_NARROWED: { severity: I, why: 'a response returns fewer kinds of values' },
  ENUM_VALUE_ADDED: { severity: I, why: 'a request accepts another value' },
  VALUES_UNRESTRICTED: { severity: I, why: 'a request accepts any value of its type' },
  VALUES_RESTRICTED: { severity: I, why: 'a response returns only listed values' },
  CONSTRAINT_RELAXED: { severity: I, why: 'a request accepts more values' },
  CONSTRAINT_TIGHTENED: { severity: I, why: 'a response promises more' },
  VARIANT_ADDED: { severity: I, why: 'a request accepts another variant' },
  VARIANT_REMOVED: { severity: I, why: 'a response returns fewer variants' },
  ADDITIONAL_PROPERTIES_CHANGED: { severity: I, why: 'extra keys: compatible in this direction' },
  ACCESS_CHANGED: { severity: I, why: 'readOnly/writeOnly: compatible in this direction' },
  DEFAULT_CHANGED: { severity: W, why: 'calls that leave the value out now get another default' },
  DEPRECATED: { severity: W, why: 'still works; plan the migration' },
  DESCRIPTION_CHANGED: { severity: I, why: 'documentation only' },
  SCHEMA_NOT_COMPARED: { severity: W, why: 'a keyword the diff cannot judge changed; check it by hand' },
  // responses
  SUCCESS_STATUS_REMOVED: { severity: B, why: 'old clients read the remaining responses as failures, and its type is gone' },
  SUCCESS_STATUS_CHANGED: { severity: B, why: 'old clients read the new success status as a failure' },
  SUCCESS_STATUS_ADDED: { severity: B, why: 'old clients read the new success status as a failure; `data` gains a type' },
  ERROR_STATUS_REMOVED: { severity: B, why: 'code narrowing on it no longer compiles' },
  ERROR_BODY_REMOVED: { severity: B, why: 'code reading the typed error no longer compiles' },
  RESPONSE_BODY_REMOVED: { severity: B, why: 'code reading `data` no longer compiles' },
  RESPONSE_MEDIA_TYPE_CHANGED: { severity: B, why: 'the body is read as another kind of value' },
  ERROR_STATUS_ADDED: { severity: I, why: 'a newly documented error' },
  RESPONSE_BODY_ADDED: { severity: I, why: 'a newly documented body' },
  // security and servers
  SECURITY_REQUIREMENT_CHANGED: { severity: B, why: 'credentials old clients send are no longer enough' },
  SECURITY_SCHEME_CHANGED: { severity: B, why: 'old clients send the credential where the API no longer reads it' },
  SECURITY_SCHEME_REMOVED: { severity: B, why: 'its client option is gone' },
  CLIENT_OPTION_RENAMED: { severity: B, why: 'createClient options using the old name no longer compile' },
  SECURITY_RELAXED: { severity: I, why: 'fewer credentials are needed' },
  SECURITY_SCHEME_ADDED: { severity: I, why: 'a new client option' },
  SERVER_CHANGED: { severity: W, why: 'clients using the default base URL reach another server' },
  // component schemas and exports
  SCHEMA_REMOVED: { severity: B, why: 'code importing the type no longer compiles' },
  SCHEMA_RENAMED: { severity: B, why: 'code importing the old name no longer compiles' },
  EXPORT_REMOVED: { severity: B, why: 'code importing it no longer compiles' },
  SCHEMA_ADDED: { severity: I, why: 'a new exported type' },
} as const satisfies Record<string, { severity: FindingSeverity; why: string }>;

export type FindingCode = keyof typeof FINDING_CATALOG;

const SEVERITY_RANK: Record<FindingSeverity, number> = { breaking: 0, warning: 1, info: 2 };

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Stable order that does not depend on where things sit in either file (a key-shuffled spec gives the
 * same list): severity, operation, symbol, code, file, pointer.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compare(a.operation, b.operation) ||
      compare(a.symbol, b.symbol) ||
      compare(a.code, b.code) ||
      compare(a.file, b.file) ||
      compare(a.pointer, b.pointer) ||
      compare(a.message, b.message),
  );
}

/** Finding counts by severity, for summaries. */
export function countBySeverity(findings: readonly Finding[]): Record<FindingSeverity, number> {
  const out: Record<FindingSeverity, number> = { breaking: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
