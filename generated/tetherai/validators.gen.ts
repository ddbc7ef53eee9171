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

/** Validates a `AccessRole` (#/components/schemas/AccessRole) exactly as its JSON Schema says. */
export function validateAccessRole(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AccessRole> {
  const c = _ctx(options, 0);
  return _result<AccessRole>(checkAccessRole(value, '', c), value, c);
}

/** True when the value is a valid `AccessRole` (stops at the first error). */
export function isAccessRole(value: unknown): value is AccessRole {
  return checkAccessRole(value, '', _ctx(_FAST, 0));
}

/** Validates a `Persona` (#/components/schemas/Persona) exactly as its JSON Schema says. */
export function validatePersona(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Persona> {
  const c = _ctx(options, 0);
  return _result<Persona>(checkPersona(value, '', c), value, c);
}

/** True when the value is a valid `Persona` (stops at the first error). */
export function isPersona(value: unknown): value is Persona {
  return checkPersona(value, '', _ctx(_FAST, 0));
}

/** Validates a `UpdateProfileRequest` (#/components/schemas/UpdateProfileRequest) exactly as its JSON Schema says. */
export function validateUpdateProfileRequest(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateProfileRequest> {
  const c = _ctx(options, 0);
  return _result<UpdateProfileRequest>(checkUpdateProfileRequest(value, '', c), value, c);
}

/** True when the value is a valid `UpdateProfileRequest` (stops at the first error). */
export function isUpdateProfileRequest(value: unknown): value is UpdateProfileRequest {
  return checkUpdateProfileRequest(value, '', _ctx(_FAST, 0));
}

/** Validates a `UpdateProfileResponse` (#/components/schemas/UpdateProfileResponse) exactly as its JSON Schema says. */
export function validateUpdateProfileResponse(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateProfileResponse> {
  const c = _ctx(options, 0);
  return _result<UpdateProfileResponse>(checkUpdateProfileResponse(value, '', c), value, c);
}

/** True when the value is a valid `UpdateProfileResponse` (stops at the first error). */
export function isUpdateProfileResponse(value: unknown): value is UpdateProfileResponse {
  return checkUpdateProfileResponse(value, '', _ctx(_FAST, 0));
}

/** Validates a `User` (#/components/schemas/User) exactly as its JSON Schema says. */
export function validateUser(value: unknown, options?: ValidateOptions): ValidationResult<User> {
  const c = _ctx(options, 0);
  return _result<User>(checkUser(value, '', c), value, c);
}

/** True when the value is a valid `User` (stops at the first error). */
export function isUser(value: unknown): value is User {
  return checkUser(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `PUT /api/user/profile` (request mode: readOnly properties are rejected). */
export function validateUpdateCurrentUserProfileBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateCurrentUserProfileBody> {
  const c = _ctx(options, 1);
  return _result<UpdateCurrentUserProfileBody>(checkUpdateProfileRequest(value, '', c), value, c);
}

/** Validates the 200 response body of `PUT /api/user/profile` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUpdateCurrentUserProfileResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateCurrentUserProfileResponse200> {
  const c = _ctx(options, 3);
  return _result<UpdateCurrentUserProfileResponse200>(
    checkUpdateProfileResponse(value, '', c),
    value,
    c,
  );
}

const _F_EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** #/components/schemas/AccessRole */
function checkAccessRole(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  if (v !== 'SUPERADMIN' && v !== 'ADMIN' && v !== 'DEPARTMENT_HEAD' && v !== 'SALES_REP') {
    if (_tol(c, p, 'enum', 'one of "SUPERADMIN", "ADMIN", "DEPARTMENT_HEAD", "SALES_REP"') && c.ff)
      return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Persona */
function checkPersona(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v._id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/_id', 'type', 'string')) return false;
      }
    }
    const v2 = v.user;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/user', 'type', 'string')) return false;
      }
    }
    const v3 = v.position;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/position', 'type', 'string')) return false;
      }
    }
    const v4 = v.userEmail;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/userEmail', 'type', 'string')) return false;
      }
    }
    const v5 = v.organization;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        if (_err(c, p + '/organization', 'type', 'string')) return false;
      }
    }
    const v6 = v.organizationAddress;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        if (_err(c, p + '/organizationAddress', 'type', 'string')) return false;
      }
    }
    const v7 = v.leadProvider;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        if (_err(c, p + '/leadProvider', 'type', 'string')) return false;
      }
    }
    const v8 = v.organizationWebsite;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        if (_err(c, p + '/organizationWebsite', 'type', 'string')) return false;
      }
    }
    const v9 = v.organizationCity;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        if (_err(c, p + '/organizationCity', 'type', 'string')) return false;
      }
    }
    const v10 = v.region;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        if (_err(c, p + '/region', 'type', 'string')) return false;
      }
    }
    const v11 = v.timezone;
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        if (_err(c, p + '/timezone', 'type', 'string')) return false;
      }
    }
    const v12 = v.businessHours;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        if (_err(c, p + '/businessHours', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UpdateProfileRequest */
function checkUpdateProfileRequest(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.fullName;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/fullName', 'type', 'string')) return false;
      }
    }
    const v2 = v.email;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_F_EMAIL.test(v2)) {
          if (_err(c, p + '/email', 'format', 'email')) return false;
        }
      } else {
        if (_err(c, p + '/email', 'type', 'string')) return false;
      }
    }
    const v3 = v.phoneNumber;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/phoneNumber', 'type', 'string')) return false;
      }
    }
    const v4 = v.designation;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/designation', 'type', 'string')) return false;
      }
    }
    const v5 = v.sinchPhoneNumber;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        if (_err(c, p + '/sinchPhoneNumber', 'type', 'string')) return false;
      }
    }
    const v6 = v.departmentId;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        if (_err(c, p + '/departmentId', 'type', 'string')) return false;
      }
    }
    const v7 = v.accessRole;
    if (v7 !== undefined) {
      if (!checkAccessRole(v7, p + '/accessRole', c) && c.ff) return false;
    }
    const v8 = v.automations;
    if (v8 !== undefined) {
      if (!_isObj(v8)) {
        if (_err(c, p + '/automations', 'type', 'object')) return false;
      }
    }
    const v9 = v.callForwardingEnabled;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') {
        if (_err(c, p + '/callForwardingEnabled', 'type', 'boolean')) return false;
      }
    }
    const v10 = v.notificationPreferences;
    if (v10 !== undefined) {
      if (!_isObj(v10)) {
        if (_err(c, p + '/notificationPreferences', 'type', 'object')) return false;
      }
    }
    const v11 = v.persona;
    if (v11 !== undefined) {
      if (!_isObj(v11)) {
        if (_err(c, p + '/persona', 'type', 'object')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UpdateProfileResponse */
function checkUpdateProfileResponse(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.user;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'user')) return false;
    } else {
      if (!checkUser(v1, p + '/user', c) && c.ff) return false;
    }
    const v2 = v.persona;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'persona')) return false;
    } else {
      if (v2 === null) {
        if (_test(v2, p + '/persona', c, checkPersona)) {
          if (_err(c, p + '/persona', 'oneOf')) return false;
        }
      } else if (!checkPersona(v2, p + '/persona', c)) {
        if (_err(c, p + '/persona', 'type', 'null')) return false;
        if (_err(c, p + '/persona', 'oneOf')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/User */
function checkUser(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v._id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/_id', 'type', 'string')) return false;
      }
    }
    const v2 = v.email;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_F_EMAIL.test(v2)) {
          if (_err(c, p + '/email', 'format', 'email')) return false;
        }
      } else {
        if (_err(c, p + '/email', 'type', 'string')) return false;
      }
    }
    const v3 = v.fullName;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/fullName', 'type', 'string')) return false;
      }
    }
    const v4 = v.phoneNumber;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/phoneNumber', 'type', 'string')) return false;
      }
    }
    const v5 = v.organizationId;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        if (_err(c, p + '/organizationId', 'type', 'string')) return false;
      }
    }
    const v6 = v.accessRole;
    if (v6 !== undefined) {
      if (!checkAccessRole(v6, p + '/accessRole', c) && c.ff) return false;
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

/** Runs a check only for its answer (not, if): strict, fail-fast, and leaves no errors behind. */
function _test(v: unknown, p: string, c: _Ctx, check: _Check): boolean {
  const ne = c.e.length,
    nw = c.w.length,
    m = c.m,
    ff = c.ff;
  c.ff = true;
  if (m === 3) c.m = 2;
  const ok = check(v, p, c);
  _trim(c, ne, nw);
  c.m = m;
  c.ff = ff;
  return ok;
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
    case 'format':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must match format "' + a + '"' };
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
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
