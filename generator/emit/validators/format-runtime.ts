import { IDN_HOSTNAME_REGEX, URI_COMMON_REGEX, URI_REFERENCE_REGEX, URI_REGEX } from './format-regexes.js';
import type { Snippet } from './snippet.js';

/**
 * Format checks that are code rather than one regex. date/time/date-time are hand-written parsers with
 * exactly ajv-formats' "full" semantics (its regexes + range checks, including its leap-second rule),
 * because they are the most common formats in real payloads and a char-code parser is several times
 * faster than ajv-formats' split + regex + exec.
 */
export const FORMAT_SNIPPETS: readonly Snippet[] = [
  {
    name: '_d2',
    deps: [],
    code: `
/** Two ASCII digits at \`i\` as a number, or -1. */
function _d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}`,
  },
  {
    name: '_date',
    deps: ['_d2'],
    code: `
/** \`YYYY-MM-DD\` at \`i\` with a real day of month (RFC 3339 §5.6, leap years per appendix C). */
function _date(s: string, i: number): boolean {
  const y1 = _d2(s, i);
  const y2 = _d2(s, i + 2);
  const m = _d2(s, i + 5);
  const d = _d2(s, i + 8);
  if (
    y1 < 0 ||
    y2 < 0 ||
    s.charCodeAt(i + 4) !== 45 ||
    s.charCodeAt(i + 7) !== 45 ||
    m < 1 ||
    m > 12 ||
    d < 1
  )
    return false;
  const y = y1 * 100 + y2;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}`,
  },
  {
    name: '_time',
    deps: ['_d2'],
    code: `
/** \`hh:mm:ss[.frac](Z|±hh[[:]mm])\` from \`i\` to the end, with ajv-formats' range and leap-second rules. */
function _time(s: string, i: number): boolean {
  const h = _d2(s, i);
  const min = _d2(s, i + 3);
  const whole = _d2(s, i + 6);
  if (h < 0 || min < 0 || whole < 0 || s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58)
    return false;
  let j = i + 8;
  let sec = whole;
  if (s.charCodeAt(j) === 46) {
    const start = ++j;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === start) return false;
    sec = +s.slice(i + 6, j);
  }
  const z = s.charCodeAt(j);
  let sign = 1;
  let tzH = 0;
  let tzM = 0;
  if (z === 90 || z === 122) {
    j++;
  } else if (z === 43 || z === 45) {
    sign = z === 45 ? -1 : 1;
    tzH = _d2(s, j + 1);
    if (tzH < 0) return false;
    j += 3;
    if (s.charCodeAt(j) === 58) j++;
    if (j < s.length) {
      tzM = _d2(s, j);
      if (tzM < 0) return false;
      j += 2;
    } else if (s.charCodeAt(j - 1) === 58) return false;
  } else return false;
  if (j !== s.length || tzH > 23 || tzM > 59) return false;
  if (h <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * sign;
  const utcHr = h - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}`,
  },
  {
    name: '_fmtDate',
    deps: ['_date'],
    code: `
/** format: date */
function _fmtDate(s: string): boolean {
  return s.length === 10 && _date(s, 0);
}`,
  },
  {
    name: '_fmtTime',
    deps: ['_time'],
    code: `
/** format: time */
function _fmtTime(s: string): boolean {
  return _time(s, 0);
}`,
  },
  {
    name: '_fmtDateTime',
    deps: ['_date', '_time'],
    code: `
/** Separators ajv-formats accepts between date and time: \`T\`, \`t\` or any whitespace (its split on /t|\\s/i). */
const _DT_SEP = /[t\\s]/i;

/** format: date-time */
function _fmtDateTime(s: string): boolean {
  const sep = s.charCodeAt(10);
  return (sep === 84 || sep === 116 || _DT_SEP.test(s.charAt(10))) && _date(s, 0) && _time(s, 11);
}`,
  },
  {
    name: '_fmtUri',
    deps: [],
    code: `
const _URI =
  ${String(URI_REGEX)};

/** \`scheme://host/path\`: a shape every string of which \`_URI\` accepts, checked ~3x faster. */
const _URI_COMMON =
  ${String(URI_COMMON_REGEX)};

/** format: uri (and url): an absolute URI, as ajv-formats. */
function _fmtUri(s: string): boolean {
  return (s.includes('/') || s.includes(':')) && (_URI_COMMON.test(s) || _URI.test(s));
}`,
  },
  {
    name: '_toAscii',
    deps: [],
    code: `
/** Percent-encodes non-ASCII characters (IRI → URI, RFC 3987 §3.1); undefined for a lone surrogate. */
function _toAscii(s: string): string | undefined {
  try {
    return s.replace(/[^\\x00-\\x7f]+/gu, (ch) => encodeURIComponent(ch));
  } catch {
    return undefined;
  }
}`,
  },
  {
    name: '_fmtIri',
    deps: ['_fmtUri', '_toAscii'],
    code: `
/** format: iri */
function _fmtIri(s: string): boolean {
  const ascii = _toAscii(s);
  return ascii !== undefined && _fmtUri(ascii);
}`,
  },
  {
    name: '_fmtIriReference',
    deps: ['_toAscii'],
    code: `
const _URI_REFERENCE =
  ${String(URI_REFERENCE_REGEX)};

/** format: iri-reference */
function _fmtIriReference(s: string): boolean {
  const ascii = _toAscii(s);
  return ascii !== undefined && _URI_REFERENCE.test(ascii);
}`,
  },
  {
    name: '_fmtIdnHostname',
    deps: [],
    code: `
const _IDN_HOSTNAME =
  ${String(IDN_HOSTNAME_REGEX)};

/** format: idn-hostname — IDNA2008 (RFC 5890/5891) separators and label shape, without its code point tables. */
function _fmtIdnHostname(s: string): boolean {
  const host = s.replace(/[\\u3002\\uff0e\\uff61]/g, '.');
  if (host.endsWith('.') || !_IDN_HOSTNAME.test(host)) return false;
  return host.split('.').every((label) => label.slice(2, 4) !== '--' || /^xn--/i.test(label));
}`,
  },
  {
    name: '_fmtRegex',
    deps: [],
    code: `
/** format: regex — compiles as an ECMAScript regular expression; \`\\Z\` (not ECMAScript) is refused, as ajv-formats. */
function _fmtRegex(s: string): boolean {
  if (/[^\\\\]\\\\Z/.test(s)) return false;
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}`,
  },
];
