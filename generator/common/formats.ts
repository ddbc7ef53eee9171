/**
 * Formats the generator knows. `checked` ones get a runtime check in validators.gen.ts; `annotation`
 * ones are OpenAPI's descriptive formats (JSON Schema says formats are annotations by default) that
 * carry no rule we could check. Anything else is an SPEC_UNKNOWN_FORMAT warning at generation time.
 */
export const CHECKED_FORMATS = [
  'date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6',
  'uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'url', 'uuid', 'ulid', 'json-pointer',
  'relative-json-pointer', 'regex', 'int32', 'int64', 'float', 'double', 'byte',
] as const;

/** OpenAPI formats that describe rather than constrain (a password is any string, binary is raw bytes). */
export const ANNOTATION_FORMATS = ['password', 'binary'] as const;

/** True when a format is one the generator knows (checked or annotation-only). */
export function isKnownFormat(format: string): boolean {
  return (CHECKED_FORMATS as readonly string[]).includes(format) || (ANNOTATION_FORMATS as readonly string[]).includes(format);
}
