// Generated from specs/tetherai.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  AccessRole,
  Persona,
  UpdateCurrentUserProfileBody,
  UpdateCurrentUserProfileResponse200,
  UpdateProfileRequest,
  UpdateProfileResponse,
  User,
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

/** Validates a `AccessRole` (#/components/schemas/AccessRole) exactly as its JSON Schema says. */
export function validateAccessRole(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessRole>;
export function validateAccessRole(value: unknown): ValidationResult<AccessRole> {
  const c = _ctxOf(arguments[1], 0);
  return _result<AccessRole>(checkAccessRole(value, '', c, 0), value, c);
}

/** True when the value is a valid `AccessRole` (stops at the first error). */
export function isAccessRole(value: unknown): value is AccessRole {
  return _is(checkAccessRole, value);
}

/** Validates a `Persona` (#/components/schemas/Persona) exactly as its JSON Schema says. */
export function validatePersona(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Persona>;
export function validatePersona(value: unknown): ValidationResult<Persona> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Persona>(checkPersona(value, '', c, 0), value, c);
}

/** True when the value is a valid `Persona` (stops at the first error). */
export function isPersona(value: unknown): value is Persona {
  return _is(checkPersona, value);
}

/** Validates a `UpdateProfileRequest` (#/components/schemas/UpdateProfileRequest) exactly as its JSON Schema says. */
export function validateUpdateProfileRequest(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateProfileRequest>;
export function validateUpdateProfileRequest(
  value: unknown,
): ValidationResult<UpdateProfileRequest> {
  const c = _ctxOf(arguments[1], 0);
  return _result<UpdateProfileRequest>(checkUpdateProfileRequest(value, '', c, 0), value, c);
}

/** True when the value is a valid `UpdateProfileRequest` (stops at the first error). */
export function isUpdateProfileRequest(value: unknown): value is UpdateProfileRequest {
  return _is(checkUpdateProfileRequest, value);
}

/** Validates a `UpdateProfileResponse` (#/components/schemas/UpdateProfileResponse) exactly as its JSON Schema says. */
export function validateUpdateProfileResponse(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateProfileResponse>;
export function validateUpdateProfileResponse(
  value: unknown,
): ValidationResult<UpdateProfileResponse> {
  const c = _ctxOf(arguments[1], 0);
  return _result<UpdateProfileResponse>(checkUpdateProfileResponse(value, '', c, 0), value, c);
}

/** True when the value is a valid `UpdateProfileResponse` (stops at the first error). */
export function isUpdateProfileResponse(value: unknown): value is UpdateProfileResponse {
  return _is(checkUpdateProfileResponse, value);
}

/** Validates a `User` (#/components/schemas/User) exactly as its JSON Schema says. */
export function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<User>;
export function validateUser(value: unknown): ValidationResult<User> {
  const c = _ctxOf(arguments[1], 0);
  return _result<User>(checkUser(value, '', c, 0), value, c);
}

/** True when the value is a valid `User` (stops at the first error). */
export function isUser(value: unknown): value is User {
  return _is(checkUser, value);
}

/** Validates the request body of `PUT /api/user/profile` (request mode: readOnly properties are rejected). */
export function validateUpdateCurrentUserProfileBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateCurrentUserProfileBody>;
export function validateUpdateCurrentUserProfileBody(
  value: unknown,
): ValidationResult<UpdateCurrentUserProfileBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<UpdateCurrentUserProfileBody>(
    checkUpdateProfileRequest(value, '', c, 0),
    value,
    c,
  );
}

/** Validates the 200 response body of `PUT /api/user/profile` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUpdateCurrentUserProfileResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateCurrentUserProfileResponse200>;
export function validateUpdateCurrentUserProfileResponse200(
  value: unknown,
): ValidationResult<UpdateCurrentUserProfileResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<UpdateCurrentUserProfileResponse200>(
    checkUpdateProfileResponse(value, '', c, 0),
    value,
    c,
  );
}

const _F_EMAIL =
  /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*(?:\.[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*)+$/;

/** #/components/schemas/AccessRole */
function checkAccessRole(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    c.e = _err(c.e, p, 'type', 'string', 'must be string');
    if (c.ff) return false;
  }
  if (v !== 'SUPERADMIN' && v !== 'ADMIN' && v !== 'DEPARTMENT_HEAD' && v !== 'SALES_REP') {
    if (
      _tol(
        c,
        p,
        'enum',
        'one of "SUPERADMIN", "ADMIN", "DEPARTMENT_HEAD", "SALES_REP"',
        'must be equal to one of the allowed values',
      ) &&
      c.ff
    )
      return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Persona */
function checkPersona(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v._id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.user;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/user', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.position;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/position', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.userEmail;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/userEmail', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.organization;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/organization', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.organizationAddress;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/organizationAddress', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.leadProvider;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        c.e = _err(c.e, p + '/leadProvider', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.organizationWebsite;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        c.e = _err(c.e, p + '/organizationWebsite', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.organizationCity;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        c.e = _err(c.e, p + '/organizationCity', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.region;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        c.e = _err(c.e, p + '/region', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.timezone;
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        c.e = _err(c.e, p + '/timezone', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v12 = v.businessHours;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        c.e = _err(c.e, p + '/businessHours', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UpdateProfileRequest */
function checkUpdateProfileRequest(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.fullName;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/fullName', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.email;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_F_EMAIL.test(v2)) {
          c.e = _err(c.e, p + '/email', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.phoneNumber;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/phoneNumber', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.designation;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/designation', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.sinchPhoneNumber;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/sinchPhoneNumber', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.departmentId;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/departmentId', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.accessRole;
    if (v7 !== undefined) {
      if (!checkAccessRole(v7, p + '/accessRole', c, d + 1) && c.ff) return false;
    }
    const v8 = v.automations;
    if (v8 !== undefined) {
      if (!_isObj(v8)) {
        c.e = _err(c.e, p + '/automations', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v9 = v.callForwardingEnabled;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') {
        c.e = _err(c.e, p + '/callForwardingEnabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v10 = v.notificationPreferences;
    if (v10 !== undefined) {
      if (!_isObj(v10)) {
        c.e = _err(c.e, p + '/notificationPreferences', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v11 = v.persona;
    if (v11 !== undefined) {
      if (!_isObj(v11)) {
        c.e = _err(c.e, p + '/persona', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UpdateProfileResponse */
function checkUpdateProfileResponse(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.user;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'user', "must have required property 'user'");
      if (c.ff) return false;
    } else {
      if (!checkUser(v1, p + '/user', c, d + 1) && c.ff) return false;
    }
    const v2 = v.persona;
    if (v2 === undefined) {
      c.e = _err(c.e, p, 'required', 'persona', "must have required property 'persona'");
      if (c.ff) return false;
    } else {
      if (v2 === null) {
        if (_test(v2, p + '/persona', c, d + 1, checkPersona)) {
          c.e = _err(
            c.e,
            p + '/persona',
            'oneOf',
            'exactly one matching branch',
            'must match exactly one schema in oneOf',
          );
          if (c.ff) return false;
        }
      } else if (!checkPersona(v2, p + '/persona', c, d + 1)) {
        c.e = _err(c.e, p + '/persona', 'type', 'null', 'must be null');
        if (c.ff) return false;
        c.e = _err(
          c.e,
          p + '/persona',
          'oneOf',
          'exactly one matching branch',
          'must match exactly one schema in oneOf',
        );
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/User */
function checkUser(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v._id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.email;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_F_EMAIL.test(v2)) {
          c.e = _err(c.e, p + '/email', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.fullName;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/fullName', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.phoneNumber;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/phoneNumber', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.organizationId;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/organizationId', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.accessRole;
    if (v6 !== undefined) {
      if (!checkAccessRole(v6, p + '/accessRole', c, d + 1) && c.ff) return false;
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

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Drops problems recorded after `ne` errors / `nw` warnings (-1: keep). pop(), as setting length is slow in V8. */
function _trim(c: _Ctx, ne: number, nw: number): void {
  if (ne >= 0) while (c.e.length > ne) c.e.pop();
  if (nw >= 0) while (c.w.length > nw) c.w.pop();
}

/** Runs a check only for its answer (not, if): strict, fail-fast, and leaves no errors behind. */
function _test(v: unknown, p: string, c: _Ctx, d: number, check: _Check): boolean {
  const ne = c.e.length;
  const nw = c.w.length;
  const m = c.m;
  const ff = c.ff;
  c.ff = true;
  if (m === 3) c.m = 2;
  const ok = check(v, p, c, d);
  _trim(c, ne, nw);
  c.m = m;
  c.ff = ff;
  return ok;
}
