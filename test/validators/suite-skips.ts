/**
 * Where the generated validators knowingly differ from the JSON-Schema-Test-Suite, with the reason.
 * the README lists the same entries. Cases whose schema needs `$id`, `$anchor`,
 * `$dynamicRef`, remote refs, `unevaluated*` or `dependentSchemas` are skipped before generation
 * (support/suite.ts `unsupportedReason`); they are not repeated here.
 */

/** Suite files not run at all, with the reason. */
export const SKIPPED_FILES: Record<string, string> = {};

const AJV_FORMATS = 'we follow ajv-formats ("full" mode) so the differential test against ajv holds; it';

/** Cases (`file :: case`) or single tests (`file :: case :: test`) where we differ from the suite. */
export const KNOWN_DEVIATIONS: Record<string, string> = {
  'allOf.json :: allOf with boolean schemas, all true':
    'rejected at generation (SPEC_TYPES_FAILED): openapi-typescript 7 crashes on a boolean member of allOf, so the spec is refused with a located error',
  'allOf.json :: allOf with boolean schemas, some false':
    'rejected at generation (SPEC_TYPES_FAILED): openapi-typescript 7 crashes on a boolean member of allOf, so the spec is refused with a located error',
  'allOf.json :: allOf with boolean schemas, all false':
    'rejected at generation (SPEC_TYPES_FAILED): openapi-typescript 7 crashes on a boolean member of allOf, so the spec is refused with a located error',
  'optional/float-overflow.json :: all integers are multiples of 0.5, if overflow is handled :: valid if optional overflow handling is implemented':
    'multipleOf divides as ajv does: 1e308 / 0.5 overflows to Infinity, which is not an integer (optional in the suite)',
  'optional/format/date-time.json :: validation of date-time strings :: a numeric offset without minutes is invalid': `${AJV_FORMATS} accepts \`+01\``,
  'optional/format/date-time.json :: validation of date-time strings :: hour 24 is invalid even with a leap second': `${AJV_FORMATS} accepts 24:00:60 with a -01:00 offset (23:59 UTC)`,
  'optional/format/date-time.json :: validation of date-time strings :: a second fraction of fifteen nines is valid': `${AJV_FORMATS} parses 59.999999999999999 as the number 60`,
  'optional/format/duration.json :: validation of duration strings :: years and days cannot appear without months': `${AJV_FORMATS} accepts P1Y2D`,
  'optional/format/duration.json :: validation of duration strings :: hours and seconds cannot appear without minutes': `${AJV_FORMATS} accepts PT1H2S`,
  'optional/format/email.json :: validation of e-mail addresses :: a quoted string with a space in the local part is valid': `${AJV_FORMATS} has no quoted local parts`,
  'optional/format/email.json :: validation of e-mail addresses :: a quoted string with a double dot in the local part is valid': `${AJV_FORMATS} has no quoted local parts`,
  'optional/format/email.json :: validation of e-mail addresses :: a quoted string with a @ in the local part is valid': `${AJV_FORMATS} has no quoted local parts`,
  'optional/format/email.json :: validation of e-mail addresses :: an IPv4-address-literal after the @ is valid': `${AJV_FORMATS} has no address literals`,
  'optional/format/email.json :: validation of e-mail addresses :: an IPv6-address-literal after the @ is valid': `${AJV_FORMATS} has no address literals`,
  'optional/format/hostname.json :: validation of host names :: trailing dot': `${AJV_FORMATS} accepts a fully qualified name with a trailing dot`,
  'optional/format/hostname.json :: validation of A-label (punycode) host names': `${AJV_FORMATS} checks the shape of \`xn--\` labels only, not their Punycode or IDNA2008 rules`,
  'optional/format/idn-email.json :: validation of an internationalized e-mail addresses :: a non-ASCII quoted local part is valid': 'idn-email (ours) has no quoted local parts, like `email`',
  'optional/format/idn-email.json :: validation of an internationalized e-mail addresses :: a C1 control in the local part is valid': 'idn-email (ours) allows letters, marks and digits, not controls',
  'optional/format/idn-email.json :: validation of an internationalized e-mail addresses :: a noncharacter in the local part is valid': 'idn-email (ours) allows letters, marks and digits, not noncharacters',
  'optional/format/idn-hostname.json :: validation of internationalized host names':
    'idn-hostname (ours) checks label shape and separators without the IDNA2008 code point tables, CONTEXTJ/CONTEXTO rules, Bidi rule or Punycode decoding (RFC 5892/5893)',
  'optional/format/iri.json :: validation of IRIs :: an IPv6 address without enclosing brackets is invalid': 'iri is `uri` after percent-encoding, and ajv-formats\' uri accepts this (a reg-name with colons before the port)',
  'optional/format/iri.json :: validation of IRIs :: an IPv6 host whose embedded IPv4 has a leading zero is invalid': 'iri is `uri` after percent-encoding; ajv-formats\' uri accepts a leading zero there',
  'optional/format/uri-reference.json :: validation of URI References :: a double quote in a path': `${AJV_FORMATS} allows \`"\` in paths`,
  'optional/format/uri-reference.json :: validation of URI References :: square brackets outside an authority': `${AJV_FORMATS} accepts it`,
  'optional/format/uri-reference.json :: validation of URI References :: a non-numeric port in a network-path reference': `${AJV_FORMATS} reads it as a reg-name`,
  'optional/format/uri-reference.json :: validation of URI References :: more than one at-sign in the authority': `${AJV_FORMATS} accepts it`,
  'optional/format/uri-reference.json :: validation of URI References :: a leading zero in the IPv4 part of an IPv6 literal': `${AJV_FORMATS} accepts it`,
  'optional/format/uri-reference.json :: validation of URI References :: a colon in the first segment of a relative-path reference': `${AJV_FORMATS} reads it as a scheme`,
  'optional/format/uri-template.json :: format: uri-template :: a dotted variable name is valid': `${AJV_FORMATS} does not allow \`.\` in variable names`,
  'optional/format/uri-template.json :: format: uri-template :: a delete character in a literal is invalid': `${AJV_FORMATS} allows DEL`,
  'optional/format/uri-template.json :: format: uri-template :: an apostrophe in a literal is valid': `${AJV_FORMATS} excludes \`'\``,
  'optional/format/uri.json :: validation of URIs :: non-numeric port is invalid': `${AJV_FORMATS} reads it as a reg-name`,
  'optional/format/uri.json :: validation of URIs :: leading zero in an embedded IPv4 address is invalid': `${AJV_FORMATS} accepts it`,
  'optional/format/uri.json :: validation of URIs :: square brackets are not allowed in a path segment': `${AJV_FORMATS} accepts it`,
  'optional/format/uuid.json :: uuid format :: URN prefixed UUID is invalid': `${AJV_FORMATS} accepts the \`urn:uuid:\` prefix`,
};
