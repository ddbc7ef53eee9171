// Generated from test/fixtures/oas32-details.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  AddPetBody,
  AddPetResponse201,
  Dog,
  OtherPet,
  Pet,
  SearchPetsResponse200,
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

/** Validates a `Dog` (#/components/schemas/Dog) exactly as its JSON Schema says. */
export function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<Dog> {
  return _validate<Dog>(checkDog, value, options, 0);
}

/** True when the value is a valid `Dog` (stops at the first error). */
export function isDog(value: unknown): value is Dog {
  return _is(checkDog, value);
}

/** Validates a `OtherPet` (#/components/schemas/OtherPet) exactly as its JSON Schema says. */
export function validateOtherPet(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<OtherPet> {
  return _validate<OtherPet>(checkOtherPet, value, options, 0);
}

/** True when the value is a valid `OtherPet` (stops at the first error). */
export function isOtherPet(value: unknown): value is OtherPet {
  return _is(checkOtherPet, value);
}

/** Validates a `Pet` (#/components/schemas/Pet) exactly as its JSON Schema says. */
export function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<Pet> {
  return _validate<Pet>(checkPet, value, options, 0);
}

/** True when the value is a valid `Pet` (stops at the first error). */
export function isPet(value: unknown): value is Pet {
  return _is(checkPet, value);
}

/** Validates the request body of `POST /pets` (request mode: readOnly properties are rejected). */
export function validateAddPetBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddPetBody> {
  return _validate<AddPetBody>(checkPet, value, options, 1);
}

/** Validates the 201 response body of `POST /pets` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateAddPetResponse201(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddPetResponse201> {
  return _validate<AddPetResponse201>(checkPet, value, options, 3);
}

/** Validates the 200 response body of `GET /pets/search` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateSearchPetsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchPetsResponse200> {
  return _validate<SearchPetsResponse200>(checkSearchPetsResponse200, value, options, 3);
}

const _branches1: readonly _Check[] = [checkDog, checkOtherPet];

/** #/components/schemas/Dog */
function checkDog(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.barks;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'barks')) return false;
    } else {
      if (typeof v1 !== 'boolean') {
        if (_err(c, p + '/barks', 'type', 'boolean')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/OtherPet */
function checkOtherPet(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
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

/** #/components/schemas/Pet */
function checkPet(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/kind', 'type', 'string')) return false;
      }
    }
    const v2 = v.name;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'name')) return false;
    } else {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/name', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  if (_isObj(v)) {
    const t3 = v.kind;
    switch (t3) {
      case 'dog':
        if (!checkDog(v, p, c, d) && c.ff) return false;
        break;
      case 'OtherPet':
        if (!checkOtherPet(v, p, c, d) && c.ff) return false;
        break;
      default:
        if (!checkOtherPet(v, p, c, d) && c.ff) return false;
    }
  } else {
    if (!_oneOf(v, p, c, d, _branches1)) {
      if (_err(c, p, 'oneOf')) return false;
    }
  }
  return c.e.length === e;
}

/** 200 response of GET /pets/search */
function checkSearchPetsResponse200(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (Array.isArray(v)) {
    for (let i1 = 0; i1 < v.length; i1++) {
      const v2 = v[i1];
      if (!checkPet(v2, p + '/' + i1, c, d + 1) && c.ff) return false;
    }
  } else {
    if (_err(c, p, 'type', 'array')) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are kept raw; `_issue` writes their messages at the end. */
interface _Ctx {
  /** Errors so far (`_NONE` until the first). */
  e: _Raw[];
  /** Warnings so far (tolerant responses only; `_NONE` until the first). */
  w: _Raw[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (`maxDepth`). */
  md: number;
  /** Record problems (false for type guards, which only need the verdict). */
  r: boolean;
  /** In use by a run. */
  b: boolean;
}

/** An error before `_issue` wrote its message: `expected` still holds the keyword's parameter. */
interface _Raw {
  pointer: string;
  keyword: string;
  expected: unknown;
  message: string;
}

/**
 * A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`.
 * `d` is the nesting depth of `v` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;

/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The default `maxDepth`. */
const _MAX_DEPTH = 1000;

function _ctx(r: boolean, ff: boolean, m: number, md: number): _Ctx {
  return { e: _NONE as _Raw[], w: _NONE as _Raw[], ff, m, md, r, b: false };
}

/**
 * The contexts runs use, by mode and fail-fast (index `2 * mode + failFast`): set up once, so a call
 * without options writes nothing but the in-use mark. A call finding its context in use (a getter of
 * the value validating) or asking for another `maxDepth` gets a context of its own.
 */
const _CS: readonly _Ctx[] = [0, 1, 2, 3].flatMap((m) => [
  _ctx(true, false, m, _MAX_DEPTH),
  _ctx(true, true, m, _MAX_DEPTH),
]);

/**
 * One validator call: one run, on a reused context whose lists start as `_NONE`, so valid input
 * allocates nothing but its result, and invalid input is checked once.
 */
function _validate<T>(
  check: _Check,
  value: unknown,
  options: ValidateOptions | undefined,
  m: number,
): ValidationResult<T> {
  let c: _Ctx;
  if (options === undefined) {
    c = _CS[2 * m]!;
  } else {
    const mode = m === 3 && options.strict === true ? 2 : m;
    const ff = options.failFast === true;
    c =
      options.maxDepth === undefined
        ? _CS[2 * mode + (ff ? 1 : 0)]!
        : _ctx(true, ff, mode, options.maxDepth);
  }
  if (c.b) c = _ctx(true, c.ff, c.m, c.md);
  c.b = true;
  const ok = _run(check, value, c);
  c.b = false;
  if (ok && c.w === _NONE) return { ok: true, value: value as T, warnings: _NONE };
  const errors = c.e;
  const warnings = c.w === _NONE ? _NONE : _issues(c.w);
  c.e = c.w = _NONE as _Raw[];
  return ok
    ? { ok: true, value: value as T, warnings }
    : { ok: false, errors: _issues(errors), warnings };
}

/** Runs a check from the root; past `maxDepth` the run stops with that error. */
function _run(check: _Check, value: unknown, c: _Ctx): boolean {
  try {
    return check(value, '', c, 0);
  } catch (x) {
    if (x instanceof _Deep) {
      _add(c, { pointer: x.p, keyword: 'maxDepth', expected: c.md, message: '' });
      return false;
    }
    // A getter of the value threw: leave the context as it was found.
    c.e = c.w = _NONE as _Raw[];
    c.b = false;
    throw x;
  }
}

/** Writes the messages of the raw problems in place: the arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  for (let i = 0; i < list.length; i++) _issue(list[i]!);
  return list as ValidationError[];
}

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(false, true, 0, _MAX_DEPTH);

/** A type guard: true when valid; too deep is invalid. */
function _is(check: _Check, value: unknown): boolean {
  try {
    return check(value, '', _G, 0);
  } catch (x) {
    if (x instanceof _Deep) return false;
    throw x;
  }
}

/** Thrown by a recursive check entered deeper than `maxDepth`; the validator turns it into an error at `p`. */
class _Deep {
  p: string;
  constructor(p: string) {
    this.p = p;
  }
}

/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (!c.r) return true;
  _add(c, { pointer, keyword, expected: a, message: '' });
  return c.ff;
}

/**
 * Appends an error. A run starts with the shared empty list and the first error makes its own:
 * `[r]` allocates one small array, where a push onto `[]` grows a fresh array (V8: ~10x the cost).
 */
function _add(c: _Ctx, r: _Raw): void {
  if (c.e.length === 0) c.e = [r];
  else c.e.push(r);
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
function _oneOf(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): boolean {
  const ne = c.e.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let n = _count(v, p, c, d, branches);
  if (n === 0 && m === 3) {
    _trim(c, ne, -1);
    c.m = 3;
    n = _count(v, p, c, d, branches);
  }
  c.m = m;
  if (n === 1) _trim(c, ne, -1);
  return n === 1;
}

function _count(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): number {
  let n = 0;
  for (let i = 0; i < branches.length; i++) {
    const nw = c.w.length;
    if (branches[i]!(v, p, c, d)) {
      if (++n > 1) break;
    } else _trim(c, -1, nw);
  }
  return n;
}

/**
 * Writes the message of a raw problem, in place: until now `expected` held the keyword's parameter
 * `a` (its shape depends on the keyword), so an error costs one object.
 */
function _issue(r: _Raw): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.expected;
  switch (r.keyword) {
    case 'type':
      r.message = 'must be ' + (a.length > 7 ? a.split(' | ').join(' or ') : a);
      r.expected = a;
      break;
    case 'required':
      r.message = "must have required property '" + a + "'";
      r.expected = a;
      break;
    case 'oneOf':
      r.message = 'must match exactly one schema in oneOf';
      r.expected = 'exactly one matching branch';
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
}
