// Generated from test/fixtures/free-form-objects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { PutSettingsBody, PutSettingsResponse200, Settings } from './types.gen.js';

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

/** The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
}

/** Validates a `Settings` (#/components/schemas/Settings) exactly as its JSON Schema says. */
export function validateSettings(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Settings> {
  const c = _ctx(options, 0);
  return _result<Settings>(checkSettings(value, '', c), value, c);
}

/** True when the value is a valid `Settings` (stops at the first error). */
export function isSettings(value: unknown): value is Settings {
  return checkSettings(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `PUT /settings` (request mode: readOnly properties are rejected). */
export function validatePutSettingsBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PutSettingsBody> {
  const c = _ctx(options, 1);
  return _result<PutSettingsBody>(checkSettings(value, '', c), value, c);
}

/** Validates the 200 response body of `PUT /settings` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validatePutSettingsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PutSettingsResponse200> {
  const c = _ctx(options, 3);
  return _result<PutSettingsResponse200>(checkSettings(value, '', c), value, c);
}

/** #/components/schemas/Settings */
function checkSettings(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.free;
    if (v1 !== undefined) {
      if (!_isObj(v1)) {
        if (_err(c, p + '/free', 'type', 'object')) return false;
      }
    }
    const v2 = v.freeOrNull;
    if (v2 !== undefined) {
      if (!(_isObj(v2) || v2 === null)) {
        if (_err(c, p + '/freeOrNull', 'type', 'object | null')) return false;
      }
    }
    const v3 = v.openTrue;
    if (v3 !== undefined) {
      if (!_isObj(v3)) {
        if (_err(c, p + '/openTrue', 'type', 'object')) return false;
      }
    }
    const v6 = v.openEmpty;
    if (v6 !== undefined) {
      if (!_isObj(v6)) {
        if (_err(c, p + '/openEmpty', 'type', 'object')) return false;
      }
    }
    const v9 = v.closed;
    if (v9 !== undefined) {
      if (_isObj(v9)) {
        for (const k10 in v9) {
          if (_tol(c, p + '/closed', 'additionalProperties', k10) && c.ff) return false;
        }
      } else {
        if (_err(c, p + '/closed', 'type', 'object')) return false;
      }
    }
    const v12 = v.closedByCount;
    if (v12 !== undefined) {
      if (_isObj(v12)) {
        if (Object.keys(v12).length > 0) {
          if (_err(c, p + '/closedByCount', 'maxProperties', 0)) return false;
        }
      } else {
        if (_err(c, p + '/closedByCount', 'type', 'object')) return false;
      }
    }
    const v13 = v.list;
    if (v13 !== undefined) {
      if (Array.isArray(v13)) {
        for (let i14 = 0; i14 < v13.length; i14++) {
          const v15 = v13[i14];
          if (!_isObj(v15)) {
            if (_err(c, p + '/list/' + i14, 'type', 'object')) return false;
          }
        }
      } else {
        if (_err(c, p + '/list', 'type', 'array')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are kept raw; `_issue` writes their messages at the end. */
interface _Ctx {
  /** Errors so far. */
  e: _Raw[];
  /** Warnings so far (tolerant responses only). */
  w: _Raw[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
}

/** A problem before it has a message: pointer, keyword and the keyword's parameter. */
interface _Raw {
  p: string;
  k: string;
  a: unknown;
}

function _ctx(options: ValidateOptions | undefined, m: number): _Ctx {
  return {
    e: [],
    w: [],
    ff: options?.failFast === true,
    m: m === 3 && options?.strict === true ? 2 : m,
  };
}

/** Options of a type guard: stop at the first error. */
const _FAST: ValidateOptions = { failFast: true };

function _result<T>(ok: boolean, value: unknown, c: _Ctx): ValidationResult<T> {
  const warnings = _issues(c.w);
  return ok
    ? { ok: true, value: value as T, warnings }
    : { ok: false, errors: _issues(c.e), warnings };
}

/** Turns the raw problems into errors in place: the context's arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  const out = list as unknown as ValidationError[];
  for (let i = 0; i < list.length; i++) out[i] = _issue(list[i]!);
  return out;
}

/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  c.e.push({ p: pointer, k: keyword, a });
  return c.ff;
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    c.w.push({ p: pointer, k: keyword, a });
    return false;
  }
  c.e.push({ p: pointer, k: keyword, a });
  return true;
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The error a raw problem describes; `a` is the keyword's parameter (its shape depends on the keyword). */
function _issue(r: _Raw): ValidationError {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.a;
  switch (r.k) {
    case 'type':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be ' + (a.includes('|') ? a.split(' | ').join(' or ') : a),
      };
    case 'maxProperties':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '<= ' + a + ' properties',
        message: 'must NOT have more than ' + a + ' properties',
      };
    case 'additionalProperties':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'no property ' + JSON.stringify(a),
        message: 'must NOT have additional property ' + JSON.stringify(a),
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
