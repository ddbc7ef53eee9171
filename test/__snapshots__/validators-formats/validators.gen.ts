// Generated from test/fixtures/validators-formats.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { Formats } from './types.gen.js';

/** One problem found in a value. */
export interface ValidationError {
  /** JSON pointer of the offending value (`/data/user/timezone`); the object itself for `required` and `additionalProperties`. */
  pointer: string;
  /** The JSON Schema keyword that failed, named as ajv names it (`type`, `required`, `format` ...). */
  keyword: string;
  /** What the schema asks for, e.g. `string | null`, `>= 1 characters`, `date-time`. */
  expected: string;
  /** A readable sentence. */
  message: string;
}

/** The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). `warnings` is read-only: results without warnings share one frozen empty list. */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: readonly ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: readonly ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
  /** How deep a value may nest where the schema recurses (default 1000): deeper is a `maxDepth` error, not a stack overflow. */
  maxDepth?: number;
}

/** Validates a `Formats` (#/components/schemas/Formats) exactly as its JSON Schema says. */
export function validateFormats(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Formats>;
export function validateFormats(value: unknown): ValidationResult<Formats> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Formats>(checkFormats(value, '', c, 0), value, c);
}

/** True when the value is a valid `Formats` (stops at the first error). */
export function isFormats(value: unknown): value is Formats {
  return _is(checkFormats, value);
}

const _F_DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
const _F_EMAIL =
  /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*(?:\.[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*)+$/;
const _F_IDN_EMAIL =
  /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-+[\p{L}\p{M}\p{N}]+)*(?:\.[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-+[\p{L}\p{M}\p{N}]+)*)+$/u;
const _F_HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
const _F_IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const _F_IPV6 =
  /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
const _F_URI_REFERENCE =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const _F_URI_TEMPLATE =
  /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const _F_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const _F_ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;
const _F_JSON_POINTER = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const _F_RELATIVE_JSON_POINTER = /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/;
const _F_BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** #/components/schemas/Formats */
function checkFormats(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.dateTime;
    if (v1 !== undefined) {
      if (typeof v1 === 'string') {
        if (!_fmtDateTime(v1)) {
          c.e = _err(c.e, p + '/dateTime', 'format', 'date-time', 'must match format "date-time"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/dateTime', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.date;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_fmtDate(v2)) {
          c.e = _err(c.e, p + '/date', 'format', 'date', 'must match format "date"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/date', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.time;
    if (v3 !== undefined) {
      if (typeof v3 === 'string') {
        if (!_fmtTime(v3)) {
          c.e = _err(c.e, p + '/time', 'format', 'time', 'must match format "time"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/time', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.duration;
    if (v4 !== undefined) {
      if (typeof v4 === 'string') {
        if (!_F_DURATION.test(v4)) {
          c.e = _err(c.e, p + '/duration', 'format', 'duration', 'must match format "duration"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/duration', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.email;
    if (v5 !== undefined) {
      if (typeof v5 === 'string') {
        if (!_F_EMAIL.test(v5)) {
          c.e = _err(c.e, p + '/email', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.idnEmail;
    if (v6 !== undefined) {
      if (typeof v6 === 'string') {
        if (!_F_IDN_EMAIL.test(v6)) {
          c.e = _err(c.e, p + '/idnEmail', 'format', 'idn-email', 'must match format "idn-email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/idnEmail', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.hostname;
    if (v7 !== undefined) {
      if (typeof v7 === 'string') {
        if (!_F_HOSTNAME.test(v7)) {
          c.e = _err(c.e, p + '/hostname', 'format', 'hostname', 'must match format "hostname"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/hostname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.idnHostname;
    if (v8 !== undefined) {
      if (typeof v8 === 'string') {
        if (!_fmtIdnHostname(v8)) {
          c.e = _err(
            c.e,
            p + '/idnHostname',
            'format',
            'idn-hostname',
            'must match format "idn-hostname"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/idnHostname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.ipv4;
    if (v9 !== undefined) {
      if (typeof v9 === 'string') {
        if (!_F_IPV4.test(v9)) {
          c.e = _err(c.e, p + '/ipv4', 'format', 'ipv4', 'must match format "ipv4"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/ipv4', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.ipv6;
    if (v10 !== undefined) {
      if (typeof v10 === 'string') {
        if (!_F_IPV6.test(v10)) {
          c.e = _err(c.e, p + '/ipv6', 'format', 'ipv6', 'must match format "ipv6"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/ipv6', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.uri;
    if (v11 !== undefined) {
      if (typeof v11 === 'string') {
        if (!_fmtUri(v11)) {
          c.e = _err(c.e, p + '/uri', 'format', 'uri', 'must match format "uri"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uri', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v12 = v.uriReference;
    if (v12 !== undefined) {
      if (typeof v12 === 'string') {
        if (!_F_URI_REFERENCE.test(v12)) {
          c.e = _err(
            c.e,
            p + '/uriReference',
            'format',
            'uri-reference',
            'must match format "uri-reference"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uriReference', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v13 = v.iri;
    if (v13 !== undefined) {
      if (typeof v13 === 'string') {
        if (!_fmtIri(v13)) {
          c.e = _err(c.e, p + '/iri', 'format', 'iri', 'must match format "iri"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/iri', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v14 = v.iriReference;
    if (v14 !== undefined) {
      if (typeof v14 === 'string') {
        if (!_fmtIriReference(v14)) {
          c.e = _err(
            c.e,
            p + '/iriReference',
            'format',
            'iri-reference',
            'must match format "iri-reference"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/iriReference', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v15 = v.uriTemplate;
    if (v15 !== undefined) {
      if (typeof v15 === 'string') {
        if (!_F_URI_TEMPLATE.test(v15)) {
          c.e = _err(
            c.e,
            p + '/uriTemplate',
            'format',
            'uri-template',
            'must match format "uri-template"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uriTemplate', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v16 = v.url;
    if (v16 !== undefined) {
      if (typeof v16 === 'string') {
        if (!_fmtUri(v16)) {
          c.e = _err(c.e, p + '/url', 'format', 'url', 'must match format "url"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v17 = v.uuid;
    if (v17 !== undefined) {
      if (typeof v17 === 'string') {
        if (!_F_UUID.test(v17)) {
          c.e = _err(c.e, p + '/uuid', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uuid', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v18 = v.ulid;
    if (v18 !== undefined) {
      if (typeof v18 === 'string') {
        if (!_F_ULID.test(v18)) {
          c.e = _err(c.e, p + '/ulid', 'format', 'ulid', 'must match format "ulid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/ulid', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v19 = v.jsonPointer;
    if (v19 !== undefined) {
      if (typeof v19 === 'string') {
        if (!_F_JSON_POINTER.test(v19)) {
          c.e = _err(
            c.e,
            p + '/jsonPointer',
            'format',
            'json-pointer',
            'must match format "json-pointer"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/jsonPointer', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v20 = v.relativeJsonPointer;
    if (v20 !== undefined) {
      if (typeof v20 === 'string') {
        if (!_F_RELATIVE_JSON_POINTER.test(v20)) {
          c.e = _err(
            c.e,
            p + '/relativeJsonPointer',
            'format',
            'relative-json-pointer',
            'must match format "relative-json-pointer"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/relativeJsonPointer', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v21 = v.regex;
    if (v21 !== undefined) {
      if (typeof v21 === 'string') {
        if (!_fmtRegex(v21)) {
          c.e = _err(c.e, p + '/regex', 'format', 'regex', 'must match format "regex"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/regex', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v22 = v.byte;
    if (v22 !== undefined) {
      if (typeof v22 === 'string') {
        if (!_F_BYTE.test(v22)) {
          c.e = _err(c.e, p + '/byte', 'format', 'byte', 'must match format "byte"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/byte', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v23 = v.int32;
    if (v23 !== undefined) {
      if (typeof v23 === 'number') {
        if (!Number.isInteger(v23)) {
          c.e = _err(c.e, p + '/int32', 'type', 'integer', 'must be integer');
          if (c.ff) return false;
        }
        if (!(Number.isInteger(v23) && v23 >= -2147483648 && v23 <= 2147483647)) {
          c.e = _err(c.e, p + '/int32', 'format', 'int32', 'must match format "int32"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/int32', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v24 = v.int64;
    if (v24 !== undefined) {
      if (typeof v24 === 'number') {
        if (!Number.isInteger(v24)) {
          c.e = _err(c.e, p + '/int64', 'type', 'integer', 'must be integer');
          if (c.ff) return false;
        }
        if (!Number.isSafeInteger(v24)) {
          c.e = _err(c.e, p + '/int64', 'format', 'int64', 'must match format "int64"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/int64', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v25 = v.float;
    if (v25 !== undefined) {
      if (typeof v25 !== 'number') {
        c.e = _err(c.e, p + '/float', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v26 = v.double;
    if (v26 !== undefined) {
      if (typeof v26 !== 'number') {
        c.e = _err(c.e, p + '/double', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v27 = v.password;
    if (v27 !== undefined) {
      if (typeof v27 !== 'string') {
        c.e = _err(c.e, p + '/password', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v28 = v.binary;
    if (v28 !== undefined) {
      if (typeof v28 !== 'string') {
        c.e = _err(c.e, p + '/binary', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are recorded finished (texts and all), so a run ends with no pass over them. */
interface _Ctx {
  /** Errors so far (`_NONE` until the first; `_SKIP` in type guards, which only need the verdict). */
  e: ValidationError[];
  /** Warnings so far (tolerant responses only; `_NONE` until the first). */
  w: ValidationError[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (`maxDepth`). */
  md: number;
}

/**
 * A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`.
 * `d` is the nesting depth of `v` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;

/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The error list of type guards: `_err` records nothing in it. */
const _SKIP: readonly ValidationError[] = Object.freeze([]);

/** The default `maxDepth`. */
const _MAX_DEPTH = 1000;

function _ctx(e: readonly ValidationError[], ff: boolean, m: number, md: number): _Ctx {
  return { e: e as ValidationError[], w: _NONE as ValidationError[], ff, m, md };
}

/**
 * The context of one validator call (`m`: its mode before options, `options`: the validator's
 * `arguments[1]`), its lists starting as `_NONE`.
 * Each call has its own: nothing to mark in use or restore when a getter of the value throws or
 * validates again. Each validator calls this, its check (through `_run` where checks recurse) and
 * `_result` itself, where V8 can see the whole call and keep the context out of the heap
 * (bench/validators.ts: ~25% on small bodies against one shared `_validate` function; one
 * allocation site, not one per branch, for the same reason).
 */
function _ctxOf(options: ValidateOptions | undefined, m: number): _Ctx {
  return _ctx(
    _NONE,
    options !== undefined && options.failFast === true,
    m === 3 && options !== undefined && options.strict === true ? 2 : m,
    options === undefined || options.maxDepth === undefined ? _MAX_DEPTH : options.maxDepth,
  );
}

/** The result of a run: its lists are handed out as they are (their errors are finished). */
function _result<T>(ok: boolean, value: unknown, c: _Ctx): ValidationResult<T> {
  return ok
    ? { ok: true, value: value as T, warnings: c.w }
    : { ok: false, errors: c.e, warnings: c.w };
}

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(_SKIP, true, 0, _MAX_DEPTH);

/** A type guard: true when valid. */
function _is(check: _Check, value: unknown): boolean {
  return check(value, '', _G, 0);
}

/**
 * The error list `e` with one more error, its texts written at generation time (messages.ts); a
 * check stores it back (`c.e = _err(c.e, ...)`). It takes the list, not the context: V8 does not
 * inline a call the valid runs never make, and a context handed to a call that is not inlined is
 * allocated on every run, valid ones too (bench/validators.ts, small bodies: ~1.4x the time).
 */
function _err(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  expected: string,
  message: string,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, { pointer, keyword, expected, message });
}

/**
 * `list` with `r` appended. A run starts with the shared empty list and the first problem makes its
 * own: `[r]` allocates one small array, where a push onto `[]` grows a fresh array (V8: ~10x the cost).
 */
function _with(list: ValidationError[], r: ValidationError): ValidationError[] {
  if (list.length === 0) return [r];
  list.push(r);
  return list;
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Two ASCII digits at `i` as a number, or -1. */
function _d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DD` at `i` with a real day of month (RFC 3339 §5.6, leap years per appendix C). */
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
}

/** `hh:mm:ss[.frac](Z|±hh[[:]mm])` from `i` to the end, with ajv-formats' range and leap-second rules. */
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
}

/** format: date */
function _fmtDate(s: string): boolean {
  return s.length === 10 && _date(s, 0);
}

/** format: time */
function _fmtTime(s: string): boolean {
  return _time(s, 0);
}

/** Separators ajv-formats accepts between date and time: `T`, `t` or any whitespace (its split on /t|\s/i). */
const _DT_SEP = /[t\s]/i;

/** format: date-time */
function _fmtDateTime(s: string): boolean {
  const sep = s.charCodeAt(10);
  return (sep === 84 || sep === 116 || _DT_SEP.test(s.charAt(10))) && _date(s, 0) && _time(s, 11);
}

const _URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** `scheme://host/path`: a shape every string of which `_URI` accepts, checked ~3x faster. */
const _URI_COMMON =
  /^[a-z][a-z0-9+\-.]*:\/\/(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** format: uri (and url): an absolute URI, as ajv-formats. */
function _fmtUri(s: string): boolean {
  return (s.includes('/') || s.includes(':')) && (_URI_COMMON.test(s) || _URI.test(s));
}

/** Percent-encodes non-ASCII characters (IRI → URI, RFC 3987 §3.1); undefined for a lone surrogate. */
function _toAscii(s: string): string | undefined {
  try {
    return s.replace(/[^\x00-\x7f]+/gu, (ch) => encodeURIComponent(ch));
  } catch {
    return undefined;
  }
}

/** format: iri */
function _fmtIri(s: string): boolean {
  const ascii = _toAscii(s);
  return ascii !== undefined && _fmtUri(ascii);
}

const _URI_REFERENCE =
  /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** format: iri-reference */
function _fmtIriReference(s: string): boolean {
  const ascii = _toAscii(s);
  return ascii !== undefined && _URI_REFERENCE.test(ascii);
}

const _IDN_HOSTNAME =
  /^(?=.{1,253}\.?$)[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?)*\.?$/u;

/** format: idn-hostname — IDNA2008 (RFC 5890/5891) separators and label shape, without its code point tables. */
function _fmtIdnHostname(s: string): boolean {
  const host = s.replace(/[\u3002\uff0e\uff61]/g, '.');
  if (host.endsWith('.') || !_IDN_HOSTNAME.test(host)) return false;
  return host.split('.').every((label) => label.slice(2, 4) !== '--' || /^xn--/i.test(label));
}

/** format: regex — compiles as an ECMAScript regular expression; `\Z` (not ECMAScript) is refused, as ajv-formats. */
function _fmtRegex(s: string): boolean {
  if (/[^\\]\\Z/.test(s)) return false;
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}
