import {
  BYTE_REGEX, DURATION_REGEX, EMAIL_REGEX, HOSTNAME_REGEX, IDN_EMAIL_REGEX, IPV4_REGEX, IPV6_REGEX,
  JSON_POINTER_REGEX, RELATIVE_JSON_POINTER_REGEX, ULID_REGEX, URI_REFERENCE_REGEX, URI_TEMPLATE_REGEX, UUID_REGEX,
} from './format-regexes.js';

/**
 * The format table: every format the validators check, the rule, and what ajv-formats ("full" mode)
 * does for the same name. The differential test configures ajv from this table where ajv-formats has
 * no definition or a different one (`ajvOverride`), and the README prints it.
 */
export interface FormatRule {
  name: string;
  /** The JSON type the format applies to; other types pass (JSON Schema §7.1). */
  type: 'string' | 'number';
  /**
   * Expression (over `x`) that is true when the value is valid; `null` = every value of the type passes
   * (float, double: any number is a valid double here). Runtime helpers it uses are in `uses`.
   */
  check: ((x: string) => string) | null;
  /** Names of runtime snippets the check needs (see format-runtime.ts). */
  uses: string[];
  /** Regexes hoisted as constants: constant name → literal. */
  regexes?: Record<string, RegExp>;
  rule: string;
  ajv: string;
  /** True when ajv-formats lacks the format or means something else; the differential test installs ours. */
  ajvOverride: boolean;
}

const re = (name: string, regex: RegExp, rule: string, ajv = 'same regex'): FormatRule => ({
  name,
  type: 'string',
  check: (x) => `_F_${constName(name)}.test(${x})`,
  uses: [],
  regexes: { [`_F_${constName(name)}`]: regex },
  rule,
  ajv,
  ajvOverride: false,
});

function constName(format: string): string {
  return format.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** Every checked format, by name. Keep in step with `CHECKED_FORMATS` in common/formats.ts (a test checks). */
export const FORMAT_RULES: readonly FormatRule[] = [
  {
    name: 'date-time', type: 'string', check: (x) => `_fmtDateTime(${x})`, uses: ['_fmtDateTime'],
    rule: 'RFC 3339 date-time: `YYYY-MM-DD`, `T`/`t`/space, `hh:mm:ss[.frac]`, `Z` or `±hh[:]mm` required; real calendar day; leap second 60 only at 23:59 UTC',
    ajv: 'same (hand-written parser equal to ajv-formats `date-time` full)', ajvOverride: false,
  },
  {
    name: 'date', type: 'string', check: (x) => `_fmtDate(${x})`, uses: ['_fmtDate'],
    rule: 'RFC 3339 full-date `YYYY-MM-DD` with a real day of month (leap years)', ajv: 'same', ajvOverride: false,
  },
  {
    name: 'time', type: 'string', check: (x) => `_fmtTime(${x})`, uses: ['_fmtTime'],
    rule: 'RFC 3339 full-time `hh:mm:ss[.frac]` with a required offset', ajv: 'same', ajvOverride: false,
  },
  re('duration', DURATION_REGEX, 'ISO 8601 duration (`P1Y2M`, `PT5M`, `P2W`)'),
  re('email', EMAIL_REGEX, 'dot-atom local part `@` two or more labels of letters, digits and inner hyphens (no quoted local parts, no IP literals)', 'same rule (its regex rewritten without backtracking)'),
  { ...re('idn-email', IDN_EMAIL_REGEX, '`email` with letters, marks and digits of any script', 'none (ours)'), ajvOverride: true },
  re('hostname', HOSTNAME_REGEX, 'RFC 1123 host name: labels of 1-63 letters/digits/hyphens, ≤ 253 characters'),
  {
    name: 'idn-hostname', type: 'string', check: (x) => `_fmtIdnHostname(${x})`, uses: ['_fmtIdnHostname'],
    rule: 'labels of letters, marks, digits and hyphens of any script, ≤ 63 code points; `。．｡` separate labels; no trailing dot; no `--` at positions 3-4 except `xn--` (no IDNA2008 tables, context or Bidi rules, no Punycode decoding)',
    ajv: 'none (ours)', ajvOverride: true,
  },
  re('ipv4', IPV4_REGEX, 'dotted quad, each 0-255, no leading zeros'),
  re('ipv6', IPV6_REGEX, 'RFC 4291 text forms, `::` compression and embedded IPv4'),
  {
    name: 'uri', type: 'string', check: (x) => `_fmtUri(${x})`, uses: ['_fmtUri'],
    rule: 'RFC 3986 absolute URI (scheme required), contains `/` or `:` after the scheme', ajv: 'same', ajvOverride: false,
  },
  re('uri-reference', URI_REFERENCE_REGEX, 'RFC 3986 URI or relative reference'),
  {
    name: 'iri', type: 'string', check: (x) => `_fmtIri(${x})`, uses: ['_fmtIri'],
    rule: '`uri` after percent-encoding non-ASCII characters (RFC 3987 §3.1)', ajv: 'none (ours)', ajvOverride: true,
  },
  {
    name: 'iri-reference', type: 'string', check: (x) => `_fmtIriReference(${x})`, uses: ['_fmtIriReference'],
    rule: '`uri-reference` after percent-encoding non-ASCII characters', ajv: 'none (ours)', ajvOverride: true,
  },
  re('uri-template', URI_TEMPLATE_REGEX, 'RFC 6570 URI template'),
  {
    name: 'url', type: 'string', check: (x) => `_fmtUri(${x})`, uses: ['_fmtUri'],
    rule: 'same as `uri`', ajv: 'ajv-formats `url` only allows http/https/ftp and public hosts; we use its `uri` rule', ajvOverride: true,
  },
  re('uuid', UUID_REGEX, 'RFC 4122 8-4-4-4-12 hex, any version, optional `urn:uuid:` prefix'),
  { ...re('ulid', ULID_REGEX, 'ULID: 26 Crockford base32 characters (case-insensitive, no I/L/O/U), first 0-7', 'none (ours)'), ajvOverride: true },
  re('json-pointer', JSON_POINTER_REGEX, 'RFC 6901 JSON pointer'),
  re('relative-json-pointer', RELATIVE_JSON_POINTER_REGEX, 'relative JSON pointer (draft-handrews-relative-json-pointer)'),
  {
    name: 'regex', type: 'string', check: (x) => `_fmtRegex(${x})`, uses: ['_fmtRegex'],
    rule: 'compiles as an ECMAScript regular expression; `\\Z` rejected', ajv: 'same', ajvOverride: false,
  },
  { ...re('byte', BYTE_REGEX, 'padded base64 (RFC 4648 §4)', 'ajv-formats uses the same regex with `gm` flags, so text with a newline passes there'), ajvOverride: true },
  {
    name: 'int32', type: 'number', check: (x) => `Number.isInteger(${x}) && ${x} >= -2147483648 && ${x} <= 2147483647`, uses: [],
    rule: 'integer in [-2^31, 2^31 - 1]', ajv: 'same', ajvOverride: false,
  },
  {
    name: 'int64', type: 'number', check: (x) => `Number.isSafeInteger(${x})`, uses: [],
    rule: 'integer in [-(2^53 - 1), 2^53 - 1] (a JSON number beyond that was already rounded by JSON.parse)',
    ajv: 'ajv-formats accepts any integer', ajvOverride: true,
  },
  { name: 'float', type: 'number', check: null, uses: [], rule: 'any number', ajv: 'same', ajvOverride: false },
  { name: 'double', type: 'number', check: null, uses: [], rule: 'any number', ajv: 'same', ajvOverride: false },
];

/** OpenAPI's descriptive formats: known, never checked (JSON Schema formats are annotations by default). */
export const ANNOTATION_ONLY = new Set(['password', 'binary']);

const BY_NAME = new Map(FORMAT_RULES.map((f) => [f.name, f]));

/** The rule for a format name, or undefined when the validators do not check it. */
export function formatRule(name: string): FormatRule | undefined {
  return BY_NAME.get(name);
}
