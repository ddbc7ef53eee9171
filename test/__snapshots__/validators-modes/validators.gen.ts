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

/** Validates a `Account` (#/components/schemas/Account) exactly as its JSON Schema says. */
export function validateAccount(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Account>;
export function validateAccount(value: unknown): ValidationResult<Account> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Account>(checkAccount(value, '', c, 0), value, c);
}

/** True when the value is a valid `Account` (stops at the first error). */
export function isAccount(value: unknown): value is Account {
  return _is(checkAccount, value);
}

/** Validates a `Cat` (#/components/schemas/Cat) exactly as its JSON Schema says. */
export function validateCat(value: unknown, options?: ValidateOptions): ValidationResult<Cat>;
export function validateCat(value: unknown): ValidationResult<Cat> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Cat>(checkCat(value, '', c, 0), value, c);
}

/** True when the value is a valid `Cat` (stops at the first error). */
export function isCat(value: unknown): value is Cat {
  return _is(checkCat, value);
}

/** Validates a `Dog` (#/components/schemas/Dog) exactly as its JSON Schema says. */
export function validateDog(value: unknown, options?: ValidateOptions): ValidationResult<Dog>;
export function validateDog(value: unknown): ValidationResult<Dog> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Dog>(checkDog(value, '', c, 0), value, c);
}

/** True when the value is a valid `Dog` (stops at the first error). */
export function isDog(value: unknown): value is Dog {
  return _is(checkDog, value);
}

/** Validates a `Pet` (#/components/schemas/Pet) exactly as its JSON Schema says. */
export function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<Pet>;
export function validatePet(value: unknown): ValidationResult<Pet> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Pet>(checkPet(value, '', c, 0), value, c);
}

/** True when the value is a valid `Pet` (stops at the first error). */
export function isPet(value: unknown): value is Pet {
  return _is(checkPet, value);
}

/** Validates the request body of `POST /accounts` (request mode: readOnly properties are rejected). */
export function validateCreateAccountBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateAccountBody>;
export function validateCreateAccountBody(value: unknown): ValidationResult<CreateAccountBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<CreateAccountBody>(checkAccount(value, '', c, 0), value, c);
}

/** Validates the 200 response body of `POST /accounts` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreateAccountResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateAccountResponse200>;
export function validateCreateAccountResponse200(
  value: unknown,
): ValidationResult<CreateAccountResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<CreateAccountResponse200>(checkAccount(value, '', c, 0), value, c);
}

/** Validates the path parameters of `GET /pets/{petId}` (an object keyed by parameter name). */
export function validateGetPetPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetPetPathParams>;
export function validateGetPetPathParams(value: unknown): ValidationResult<GetPetPathParams> {
  const c = _ctxOf(arguments[1], 1);
  return _result<GetPetPathParams>(checkGetPetPathParams(value, '', c, 0), value, c);
}

/** Validates the 200 response body of `GET /pets/{petId}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetPetResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetPetResponse200>;
export function validateGetPetResponse200(value: unknown): ValidationResult<GetPetResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<GetPetResponse200>(checkPet(value, '', c, 0), value, c);
}

const _branches1: readonly _Check[] = [checkCat, checkDog];
const _F_ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

/** #/components/schemas/Account */
function checkAccount(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (c.m !== 1) {
        c.e = _err(c.e, p, 'required', 'id', "must have required property 'id'");
        if (c.ff) return false;
      }
    } else {
      if (c.m === 1) {
        c.e = _err(
          c.e,
          p + '/id',
          'readOnly',
          'absent in requests',
          'is read-only and must not be sent',
        );
        if (c.ff) return false;
      }
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.password;
    if (v2 === undefined) {
      if (c.m < 2) {
        c.e = _err(c.e, p, 'required', 'password', "must have required property 'password'");
        if (c.ff) return false;
      }
    } else {
      if (c.m >= 2) {
        if (
          _tol(
            c,
            p + '/password',
            'writeOnly',
            'absent in responses',
            'is write-only and must not be returned',
          ) &&
          c.ff
        )
          return false;
      }
      if (typeof v2 === 'string') {
        if (v2.length < 8 || (v2.length < 16 && _len(v2) < 8)) {
          c.e = _err(
            c.e,
            p + '/password',
            'minLength',
            '>= 8 characters',
            'must NOT have fewer than 8 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/password', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.name;
    if (v3 === undefined) {
      c.e = _err(c.e, p, 'required', 'name', "must have required property 'name'");
      if (c.ff) return false;
    } else {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.plan;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/plan', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
      if (v4 !== 'free' && v4 !== 'pro') {
        if (
          _tol(
            c,
            p + '/plan',
            'enum',
            'one of "free", "pro"',
            'must be equal to one of the allowed values',
          ) &&
          c.ff
        )
          return false;
      }
    }
    for (const k5 in v) {
      if (!(k5 === 'id' || k5 === 'password' || k5 === 'name' || k5 === 'plan')) {
        if (_tolOf(c, p, 'additionalProperties', k5) && c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Cat */
function checkCat(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'kind', "must have required property 'kind'");
      if (c.ff) return false;
    } else {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/kind', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.lives;
    if (v2 !== undefined) {
      if (typeof v2 === 'number') {
        if (!Number.isInteger(v2)) {
          c.e = _err(c.e, p + '/lives', 'type', 'integer', 'must be integer');
          if (c.ff) return false;
        }
        if (v2 < 0) {
          c.e = _err(c.e, p + '/lives', 'minimum', '>= 0', 'must be >= 0');
          if (c.ff) return false;
        }
        if (v2 > 9) {
          c.e = _err(c.e, p + '/lives', 'maximum', '<= 9', 'must be <= 9');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/lives', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Dog */
function checkDog(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'kind', "must have required property 'kind'");
      if (c.ff) return false;
    } else {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/kind', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.good;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        c.e = _err(c.e, p + '/good', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Pet */
function checkPet(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    if (v.kind === undefined) {
      c.e = _err(c.e, p, 'required', 'kind', "must have required property 'kind'");
      if (c.ff) return false;
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  if (_isObj(v)) {
    const t1 = v.kind;
    switch (t1) {
      case 'cat':
        if (!checkCat(v, p, c, d) && c.ff) return false;
        break;
      case 'dog':
        if (!checkDog(v, p, c, d) && c.ff) return false;
        break;
      default:
        if (typeof t1 !== 'string') {
          c.e = _errOf(c.e, p, 'discriminator', ['kind', t1, '"cat", "dog"']);
          if (c.ff) return false;
        } else {
          if (_tolOf(c, p, 'discriminator', ['kind', t1, '"cat", "dog"']) && c.ff) return false;
        }
    }
  } else {
    if (!_oneOf(v, p, c, d, _branches1)) {
      c.e = _err(
        c.e,
        p,
        'oneOf',
        'exactly one matching branch',
        'must match exactly one schema in oneOf',
      );
      if (c.ff) return false;
    }
  }
  return c.e.length === e;
}

/** path parameters of GET /pets/{petId} */
function checkGetPetPathParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.petId;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'petId', "must have required property 'petId'");
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_F_ULID.test(v1)) {
          c.e = _err(c.e, p + '/petId', 'format', 'ulid', 'must match format "ulid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/petId', 'type', 'string', 'must be string');
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

/** `_err` for a parameter `a` known only at run time: `_issue` writes the texts, when recorded. */
function _errOf(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  a: unknown,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, _issue(pointer, keyword, a));
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(
  c: _Ctx,
  pointer: string,
  keyword: string,
  expected: string,
  message: string,
): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, { pointer, keyword, expected, message });
    return false;
  }
  c.e = _err(c.e, pointer, keyword, expected, message);
  return true;
}

/** `_tol` for a parameter `a` known only at run time. */
function _tolOf(c: _Ctx, pointer: string, keyword: string, a: unknown): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, _issue(pointer, keyword, a));
    return false;
  }
  c.e = _errOf(c.e, pointer, keyword, a);
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
 * An error whose parameter `a` is known only at run time (its shape depends on the keyword). Errors
 * with a parameter the schema fixes got their texts at generation time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function _issue(pointer: string, keyword: string, a: any): ValidationError {
  const r: ValidationError = { pointer, keyword, expected: '', message: '' };
  switch (keyword) {
    case 'additionalProperties':
      r.message = 'must NOT have additional property ' + JSON.stringify(a);
      r.expected = 'no property ' + JSON.stringify(a);
      break;
    case 'discriminator':
      r.message =
        typeof a[1] === 'string'
          ? 'value of tag "' + a[0] + '" must be one of ' + a[2] + ', got ' + JSON.stringify(a[1])
          : 'tag "' + a[0] + '" must be string';
      r.expected = '"' + a[0] + '" one of ' + a[2];
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
  return r;
}
