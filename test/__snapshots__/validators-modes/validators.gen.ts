// Generated from test/fixtures/validators-modes.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Account,
  Cat,
  CreateAccountBody,
  CreateAccountResponse200,
  Dog,
  GetPetPathParams,
  GetPetResponse200,
  Pet,
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

/** Validates a `Account` (#/components/schemas/Account) exactly as its JSON Schema says. */
export function validateAccount(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Account> {
  const c = _ctx(options, 0);
  return _result<Account>(checkAccount(value, '', c), value, c);
}

/** True when the value is a valid `Account` (stops at the first error). */
export function isAccount(value: unknown): value is Account {
  return checkAccount(value, '', _ctx(_FAST, 0));
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

/** Validates a `Dog` (#/components/schemas/Dog) exactly as its JSON Schema says. */
export function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<Dog> {
  const c = _ctx(options, 0);
  return _result<Dog>(checkDog(value, '', c), value, c);
}

/** True when the value is a valid `Dog` (stops at the first error). */
export function isDog(value: unknown): value is Dog {
  return checkDog(value, '', _ctx(_FAST, 0));
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

/** Validates the request body of `POST /accounts` (request mode: readOnly properties are rejected). */
export function validateCreateAccountBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateAccountBody> {
  const c = _ctx(options, 1);
  return _result<CreateAccountBody>(checkAccount(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /accounts` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreateAccountResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateAccountResponse200> {
  const c = _ctx(options, 3);
  return _result<CreateAccountResponse200>(checkAccount(value, '', c), value, c);
}

/** Validates the path parameters of `GET /pets/{petId}` (an object keyed by parameter name). */
export function validateGetPetPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetPetPathParams> {
  const c = _ctx(options, 1);
  return _result<GetPetPathParams>(checkGetPetPathParams(value, '', c), value, c);
}

/** Validates the 200 response body of `GET /pets/{petId}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetPetResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetPetResponse200> {
  const c = _ctx(options, 3);
  return _result<GetPetResponse200>(checkPet(value, '', c), value, c);
}

const _branches1: readonly _Check[] = [checkCat, checkDog];
const _F_ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

/** #/components/schemas/Account */
function checkAccount(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (c.m !== 1) {
        if (_err(c, p, 'required', 'id')) return false;
      }
    } else {
      if (c.m === 1) {
        if (_err(c, p + '/id', 'readOnly')) return false;
      }
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/id', 'type', 'string')) return false;
      }
    }
    const v2 = v.password;
    if (v2 === undefined) {
      if (c.m < 2) {
        if (_err(c, p, 'required', 'password')) return false;
      }
    } else {
      if (c.m >= 2) {
        if (_tol(c, p + '/password', 'writeOnly') && c.ff) return false;
      }
      if (typeof v2 === 'string') {
        if (v2.length < 8 || (v2.length < 16 && _len(v2) < 8)) {
          if (_err(c, p + '/password', 'minLength', 8)) return false;
        }
      } else {
        if (_err(c, p + '/password', 'type', 'string')) return false;
      }
    }
    const v3 = v.name;
    if (v3 === undefined) {
      if (_err(c, p, 'required', 'name')) return false;
    } else {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/name', 'type', 'string')) return false;
      }
    }
    const v4 = v.plan;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/plan', 'type', 'string')) return false;
      }
      if (v4 !== 'free' && v4 !== 'pro') {
        if (_tol(c, p + '/plan', 'enum', 'one of "free", "pro"') && c.ff) return false;
      }
    }
    for (const k5 in v) {
      if (!(k5 === 'id' || k5 === 'password' || k5 === 'name' || k5 === 'plan')) {
        if (_tol(c, p, 'additionalProperties', k5) && c.ff) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Cat */
function checkCat(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'kind')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/kind', 'type', 'string')) return false;
      }
    }
    const v2 = v.lives;
    if (v2 !== undefined) {
      if (typeof v2 === 'number') {
        if (!Number.isInteger(v2)) {
          if (_err(c, p + '/lives', 'type', 'integer')) return false;
        }
        if (v2 < 0) {
          if (_err(c, p + '/lives', 'minimum', 0)) return false;
        }
        if (v2 > 9) {
          if (_err(c, p + '/lives', 'maximum', 9)) return false;
        }
      } else {
        if (_err(c, p + '/lives', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Dog */
function checkDog(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'kind')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/kind', 'type', 'string')) return false;
      }
    }
    const v2 = v.good;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        if (_err(c, p + '/good', 'type', 'boolean')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Pet */
function checkPet(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    if (v.kind === undefined) {
      if (_err(c, p, 'required', 'kind')) return false;
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  if (_isObj(v)) {
    const t1 = v.kind;
    switch (t1) {
      case 'cat':
        if (!checkCat(v, p, c) && c.ff) return false;
        break;
      case 'dog':
        if (!checkDog(v, p, c) && c.ff) return false;
        break;
      default:
        if (typeof t1 !== 'string') {
          if (_err(c, p, 'discriminator', ['kind', t1, '"cat", "dog"'])) return false;
        } else {
          if (_tol(c, p, 'discriminator', ['kind', t1, '"cat", "dog"']) && c.ff) return false;
        }
    }
  } else {
    if (!_oneOf(v, p, c, _branches1)) {
      if (_err(c, p, 'oneOf')) return false;
    }
  }
  return c.e.length === e;
}

/** path parameters of GET /pets/{petId} */
function checkGetPetPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.petId;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'petId')) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_F_ULID.test(v1)) {
          if (_err(c, p + '/petId', 'format', 'ulid')) return false;
        }
      } else {
        if (_err(c, p + '/petId', 'type', 'string')) return false;
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

/** A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`. */
type _Check = (v: unknown, p: string, c: _Ctx) => boolean;

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

/** Length in code points, as JSON Schema counts (a surrogate pair is one character). */
function _len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const ch = s.charCodeAt(i);
    if (
      ch >= 0xd800 &&
      ch <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    )
      i++;
  }
  return n;
}

/** Drops problems recorded after `ne` errors / `nw` warnings (-1: keep). pop(), as setting length is slow in V8. */
function _trim(c: _Ctx, ne: number, nw: number): void {
  if (ne >= 0) while (c.e.length > ne) c.e.pop();
  if (nw >= 0) while (c.w.length > nw) c.w.pop();
}

/** oneOf: exactly one branch passes; stops at the second pass (as ajv). Tolerance as in _anyOf. */
function _oneOf(v: unknown, p: string, c: _Ctx, branches: readonly _Check[]): boolean {
  const ne = c.e.length,
    m = c.m;
  if (m === 3) c.m = 2;
  let n = _count(v, p, c, branches);
  if (n === 0 && m === 3) {
    _trim(c, ne, -1);
    c.m = 3;
    n = _count(v, p, c, branches);
  }
  c.m = m;
  if (n === 1) _trim(c, ne, -1);
  return n === 1;
}

function _count(v: unknown, p: string, c: _Ctx, branches: readonly _Check[]): number {
  let n = 0;
  for (let i = 0; i < branches.length; i++) {
    const nw = c.w.length;
    if (branches[i]!(v, p, c)) {
      if (++n > 1) break;
    } else _trim(c, -1, nw);
  }
  return n;
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
    case 'readOnly':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'absent in requests',
        message: 'is read-only and must not be sent',
      };
    case 'writeOnly':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'absent in responses',
        message: 'is write-only and must not be returned',
      };
    case 'minLength':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '>= ' + a + ' characters',
        message: 'must NOT have fewer than ' + a + ' characters',
      };
    case 'format':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must match format "' + a + '"' };
    case 'minimum':
      return { pointer: r.p, keyword: r.k, expected: '>= ' + a, message: 'must be >= ' + a };
    case 'maximum':
      return { pointer: r.p, keyword: r.k, expected: '<= ' + a, message: 'must be <= ' + a };
    case 'additionalProperties':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'no property ' + JSON.stringify(a),
        message: 'must NOT have additional property ' + JSON.stringify(a),
      };
    case 'enum':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be equal to one of the allowed values',
      };
    case 'oneOf':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'exactly one matching branch',
        message: 'must match exactly one schema in oneOf',
      };
    case 'discriminator':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '"' + a[0] + '" one of ' + a[2],
        message:
          typeof a[1] === 'string'
            ? 'value of tag "' + a[0] + '" must be one of ' + a[2] + ', got ' + JSON.stringify(a[1])
            : 'tag "' + a[0] + '" must be string',
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
