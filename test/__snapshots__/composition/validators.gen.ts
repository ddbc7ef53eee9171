// Generated from test/fixtures/composition.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Base,
  Cat,
  CreatePetBody,
  CreatePetResponse201,
  CreatePetResponseDefault,
  Dog,
  Pet,
  Problem,
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

/** Validates a `Base` (#/components/schemas/Base) exactly as its JSON Schema says. */
export function validateBase(value: unknown, options?: ValidateOptions): ValidationResult<Base> {
  const c = _ctx(options, 0);
  return _result<Base>(checkBase(value, '', c), value, c);
}

/** True when the value is a valid `Base` (stops at the first error). */
export function isBase(value: unknown): value is Base {
  return checkBase(value, '', _ctx(_FAST, 0));
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

/** Validates a `Problem` (#/components/schemas/Problem) exactly as its JSON Schema says. */
export function validateProblem(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Problem> {
  const c = _ctx(options, 0);
  return _result<Problem>(checkProblem(value, '', c), value, c);
}

/** True when the value is a valid `Problem` (stops at the first error). */
export function isProblem(value: unknown): value is Problem {
  return checkProblem(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `POST /pets` (request mode: readOnly properties are rejected). */
export function validateCreatePetBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreatePetBody> {
  const c = _ctx(options, 1);
  return _result<CreatePetBody>(checkPet(value, '', c), value, c);
}

/** Validates the 201 response body of `POST /pets` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreatePetResponse201(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreatePetResponse201> {
  const c = _ctx(options, 3);
  return _result<CreatePetResponse201>(checkPet(value, '', c), value, c);
}

/** Validates the default response body of `POST /pets` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreatePetResponseDefault(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreatePetResponseDefault> {
  const c = _ctx(options, 3);
  return _result<CreatePetResponseDefault>(checkProblem(value, '', c), value, c);
}

const _branches1: readonly _Check[] = [checkCat, checkDog];

/** #/components/schemas/Base */
function checkBase(v: unknown, p: string, c: _Ctx): boolean {
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
    const v2 = v.name;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'name')) return false;
    } else {
      if (typeof v2 === 'string') {
        if (v2.length < 1) {
          if (_err(c, p + '/name', 'minLength', 1)) return false;
        }
      } else {
        if (_err(c, p + '/name', 'type', 'string')) return false;
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
  if (!checkBase(v, p, c) && c.ff) return false;
  if (_isObj(v)) {
    const v1 = v.indoor;
    if (v1 !== undefined) {
      if (typeof v1 !== 'boolean') {
        if (_err(c, p + '/indoor', 'type', 'boolean')) return false;
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
  if (!checkBase(v, p, c) && c.ff) return false;
  if (_isObj(v)) {
    const v1 = v.good;
    if (v1 !== undefined) {
      if (typeof v1 !== 'boolean') {
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

/** #/components/schemas/Problem */
function checkProblem(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.title;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/title', 'type', 'string')) return false;
      }
    }
    const v2 = v.status;
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        if (_err(c, p + '/status', 'type', 'integer')) return false;
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
    case 'minLength':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '>= ' + a + ' characters',
        message: 'must NOT have fewer than ' + a + ' characters',
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
