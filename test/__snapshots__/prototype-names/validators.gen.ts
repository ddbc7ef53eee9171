// Generated from test/fixtures/prototype-names.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Cat,
  Constructor,
  GetThingHeaders,
  GetThingPathParams,
  GetThingQueryParams,
  GetThingResponse200,
  Pet,
  ValueOf,
} from './types.gen.js';

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

/** Validates a `Cat` (#/components/schemas/Cat) exactly as its JSON Schema says. */
export function validateCat(value: unknown, options?: ValidateOptions): ValidationResult<Cat> {
  const c = _ctx(options, 0);
  return _result<Cat>(checkCat(value, '', c), value, c);
}

/** True when the value is a valid `Cat` (stops at the first error). */
export function isCat(value: unknown): value is Cat {
  return checkCat(value, '', _ctx(_FAST, 0));
}

/** Validates a `Constructor` (#/components/schemas/constructor) exactly as its JSON Schema says. */
export function validateConstructor(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Constructor> {
  const c = _ctx(options, 0);
  return _result<Constructor>(checkConstructor(value, '', c), value, c);
}

/** True when the value is a valid `Constructor` (stops at the first error). */
export function isConstructor(value: unknown): value is Constructor {
  return checkConstructor(value, '', _ctx(_FAST, 0));
}

/** Validates a `Pet` (#/components/schemas/Pet) exactly as its JSON Schema says. */
export function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<Pet> {
  const c = _ctx(options, 0);
  return _result<Pet>(checkPet(value, '', c), value, c);
}

/** True when the value is a valid `Pet` (stops at the first error). */
export function isPet(value: unknown): value is Pet {
  return checkPet(value, '', _ctx(_FAST, 0));
}

/** Validates a `ValueOf` (#/components/schemas/valueOf) exactly as its JSON Schema says. */
export function validateValueOf(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ValueOf> {
  const c = _ctx(options, 0);
  return _result<ValueOf>(checkValueOf(value, '', c), value, c);
}

/** True when the value is a valid `ValueOf` (stops at the first error). */
export function isValueOf(value: unknown): value is ValueOf {
  return checkValueOf(value, '', _ctx(_FAST, 0));
}

/** Validates the path parameters of `GET /things/{constructor}` (an object keyed by parameter name). */
export function validateGetThingPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetThingPathParams> {
  const c = _ctx(options, 1);
  return _result<GetThingPathParams>(checkGetThingPathParams(value, '', c), value, c);
}

/** Validates the query parameters of `GET /things/{constructor}` (an object keyed by parameter name). */
export function validateGetThingQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetThingQueryParams> {
  const c = _ctx(options, 1);
  return _result<GetThingQueryParams>(checkGetThingQueryParams(value, '', c), value, c);
}

/** Validates the header parameters of `GET /things/{constructor}` (an object keyed by parameter name). */
export function validateGetThingHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetThingHeaders> {
  const c = _ctx(options, 1);
  return _result<GetThingHeaders>(checkGetThingHeaders(value, '', c), value, c);
}

/** Validates the 200 response body of `GET /things/{constructor}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetThingResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetThingResponse200> {
  const c = _ctx(options, 3);
  return _result<GetThingResponse200>(checkValueOf(value, '', c), value, c);
}

/** #/components/schemas/Cat */
function checkCat(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!checkPet(v, p, c) && c.ff) return false;
  if (_isObj(v)) {
    const v1 = v.lives;
    if (v1 !== undefined) {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/lives', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/constructor */
function checkConstructor(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Pet */
function checkPet(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = _own(v, 'valueOf');
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'valueOf')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/valueOf', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/valueOf */
function checkValueOf(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = _own(v, 'hasOwnProperty');
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'hasOwnProperty')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/hasOwnProperty', 'type', 'string')) return false;
      }
    }
    const v2 = _own(v, 'valueOf');
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        if (_err(c, p + '/valueOf', 'type', 'integer')) return false;
      }
    }
    const v3 = _own(v, 'isPrototypeOf');
    if (v3 !== undefined) {
      if (typeof v3 !== 'boolean') {
        if (_err(c, p + '/isPrototypeOf', 'type', 'boolean')) return false;
      }
    }
    const v4 = _own(v, 'propertyIsEnumerable');
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/propertyIsEnumerable', 'type', 'string')) return false;
      }
      if (v4 !== 'toString' && v4 !== 'valueOf' && v4 !== 'constructor') {
        if (
          _tol(
            c,
            p + '/propertyIsEnumerable',
            'enum',
            'one of "toString", "valueOf", "constructor"',
          ) &&
          c.ff
        )
          return false;
      }
    }
    const v5 = _own(v, 'toLocaleString');
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        if (_err(c, p + '/toLocaleString', 'type', 'string')) return false;
      }
    }
    const v6 = _own(v, '__defineGetter__');
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        if (_err(c, p + '/__defineGetter__', 'type', 'string')) return false;
      }
    }
    const v7 = _own(v, '__lookupGetter__');
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        if (_err(c, p + '/__lookupGetter__', 'type', 'string')) return false;
      }
    }
    const v8 = _own(v, '__defineSetter__');
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        if (_err(c, p + '/__defineSetter__', 'type', 'string')) return false;
      }
    }
    const v9 = _own(v, '__lookupSetter__');
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        if (_err(c, p + '/__lookupSetter__', 'type', 'string')) return false;
      }
    }
    const v10 = _own(v, 'constructor');
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        if (_err(c, p + '/constructor', 'type', 'string')) return false;
      }
    }
    const v11 = _own(v, 'toString');
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        if (_err(c, p + '/toString', 'type', 'string')) return false;
      }
    }
    const v12 = _own(v, '__proto__');
    if (v12 === undefined) {
      if (_err(c, p, 'required', '__proto__')) return false;
    } else {
      if (_isObj(v12)) {
        const v13 = _own(v12, 'constructor');
        if (v13 !== undefined) {
          if (typeof v13 !== 'string') {
            if (_err(c, p + '/__proto__/constructor', 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/__proto__', 'type', 'object')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of GET /things/{constructor} */
function checkGetThingPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = _own(v, 'constructor');
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'constructor')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/constructor', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** query parameters of GET /things/{constructor} */
function checkGetThingQueryParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = _own(v, 'valueOf');
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/valueOf', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** header parameters of GET /things/{constructor} */
function checkGetThingHeaders(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = _own(v, 'hasOwnProperty');
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/hasOwnProperty', 'type', 'string')) return false;
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

/** Own property only: `constructor` or `__proto__` must not be read from the prototype. */
function _own(o: Record<string, unknown>, k: string): unknown {
  return Object.hasOwn(o, k) ? o[k] : undefined;
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
    case 'enum':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be equal to one of the allowed values',
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
