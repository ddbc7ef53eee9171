// Generated from test/fixtures/type-array-31.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
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
    const v1 = v.kind;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'kind')) return false;
    } else {
      if (v1 !== 'settings') {
        if (_err(c, p + '/kind', 'const', '"settings"')) return false;
      }
    }
    const v2 = v.theme;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'string' || v2 === null)) {
        if (_err(c, p + '/theme', 'type', 'string | null')) return false;
      }
    }
    const v3 = v.volume;
    if (v3 !== undefined) {
      if (typeof v3 === 'number') {
        if (v3 <= 0) {
          if (_err(c, p + '/volume', 'exclusiveMinimum', 0)) return false;
        }
        if (v3 >= 11) {
          if (_err(c, p + '/volume', 'exclusiveMaximum', 11)) return false;
        }
      } else {
        if (_err(c, p + '/volume', 'type', 'number')) return false;
      }
    }
    const v4 = v.tags;
    if (v4 !== undefined) {
      if (Array.isArray(v4)) {
        if (v4.length > 5) {
          if (_err(c, p + '/tags', 'maxItems', 5)) return false;
        }
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (typeof v6 !== 'string') {
            if (_err(c, p + '/tags/' + i5, 'type', 'string')) return false;
          }
        }
        const d7 = _dup(v4);
        if (d7 !== undefined) {
          if (_err(c, p + '/tags', 'uniqueItems', d7)) return false;
        }
      } else {
        if (_err(c, p + '/tags', 'type', 'array')) return false;
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

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON equality: same type, same array items in order, same object keys and values. */
function _equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return a !== a && b !== b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!_equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (
      !Object.hasOwn(b, k) ||
      !_equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/** Indices of the first two equal items, or undefined (uniqueItems). */
function _dup(a: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'object' || x === null) {
      const j = seen.get(x);
      if (j !== undefined) return [j, i];
      seen.set(x, i);
    } else {
      for (let j = 0; j < i; j++) if (_equal(a[j], x)) return [j, i];
    }
  }
  return undefined;
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
    case 'required':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: "must have required property '" + a + "'",
      };
    case 'exclusiveMinimum':
      return { pointer: r.p, keyword: r.k, expected: '> ' + a, message: 'must be > ' + a };
    case 'exclusiveMaximum':
      return { pointer: r.p, keyword: r.k, expected: '< ' + a, message: 'must be < ' + a };
    case 'maxItems':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '<= ' + a + ' items',
        message: 'must NOT have more than ' + a + ' items',
      };
    case 'uniqueItems':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'unique items',
        message:
          'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)',
      };
    case 'const':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must be equal to constant' };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
