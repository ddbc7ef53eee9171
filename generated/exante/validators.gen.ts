// Generated from specs/exante.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Company,
  Organization,
  UpdateCurrentUserProfileBody,
  UpdateCurrentUserProfileResponse200,
  UpdateProfileRequest,
  User,
  UserProfileResponse,
  UserProfileResponseData,
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

/** Validates a `Company` (#/components/schemas/Company) exactly as its JSON Schema says. */
export function validateCompany(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Company>;
export function validateCompany(value: unknown): ValidationResult<Company> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Company>(checkCompany(value, '', c, 0), value, c);
}

/** True when the value is a valid `Company` (stops at the first error). */
export function isCompany(value: unknown): value is Company {
  return _is(checkCompany, value);
}

/** Validates a `Organization` (#/components/schemas/Organization) exactly as its JSON Schema says. */
export function validateOrganization(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Organization>;
export function validateOrganization(value: unknown): ValidationResult<Organization> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Organization>(checkOrganization(value, '', c, 0), value, c);
}

/** True when the value is a valid `Organization` (stops at the first error). */
export function isOrganization(value: unknown): value is Organization {
  return _is(checkOrganization, value);
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

/** Validates a `UserProfileResponse` (#/components/schemas/UserProfileResponse) exactly as its JSON Schema says. */
export function validateUserProfileResponse(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UserProfileResponse>;
export function validateUserProfileResponse(value: unknown): ValidationResult<UserProfileResponse> {
  const c = _ctxOf(arguments[1], 0);
  return _result<UserProfileResponse>(checkUserProfileResponse(value, '', c, 0), value, c);
}

/** True when the value is a valid `UserProfileResponse` (stops at the first error). */
export function isUserProfileResponse(value: unknown): value is UserProfileResponse {
  return _is(checkUserProfileResponse, value);
}

/** Validates a `UserProfileResponseData` (#/components/schemas/UserProfileResponseData) exactly as its JSON Schema says. */
export function validateUserProfileResponseData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UserProfileResponseData>;
export function validateUserProfileResponseData(
  value: unknown,
): ValidationResult<UserProfileResponseData> {
  const c = _ctxOf(arguments[1], 0);
  return _result<UserProfileResponseData>(checkUserProfileResponseData(value, '', c, 0), value, c);
}

/** True when the value is a valid `UserProfileResponseData` (stops at the first error). */
export function isUserProfileResponseData(value: unknown): value is UserProfileResponseData {
  return _is(checkUserProfileResponseData, value);
}

/** Validates the request body of `PATCH /api/user` (request mode: readOnly properties are rejected). */
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

/** Validates the 200 response body of `PATCH /api/user` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUpdateCurrentUserProfileResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateCurrentUserProfileResponse200>;
export function validateUpdateCurrentUserProfileResponse200(
  value: unknown,
): ValidationResult<UpdateCurrentUserProfileResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<UpdateCurrentUserProfileResponse200>(
    checkUserProfileResponse(value, '', c, 0),
    value,
    c,
  );
}

const _F_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** #/components/schemas/Company */
function checkCompany(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.uid;
    if (v1 !== undefined) {
      if (typeof v1 === 'string') {
        if (!_F_UUID.test(v1)) {
          c.e = _err(c.e, p + '/uid', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uid', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.name;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.owner_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/owner_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.max_documents;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        c.e = _err(c.e, p + '/max_documents', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Organization */
function checkOrganization(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.uid;
    if (v1 !== undefined) {
      if (typeof v1 === 'string') {
        if (!_F_UUID.test(v1)) {
          c.e = _err(c.e, p + '/uid', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uid', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.name;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.company_uid;
    if (v3 !== undefined) {
      if (typeof v3 === 'string') {
        if (!_F_UUID.test(v3)) {
          c.e = _err(c.e, p + '/company_uid', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/company_uid', 'type', 'string', 'must be string');
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
function checkUpdateProfileRequest(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.firstname;
    if (v1 !== undefined) {
      if (typeof v1 === 'string') {
        if (v1.length < 1) {
          c.e = _err(
            c.e,
            p + '/firstname',
            'minLength',
            '>= 1 characters',
            'must NOT have fewer than 1 characters',
          );
          if (c.ff) return false;
        }
        if (v1.length > 64 && _len(v1) > 64) {
          c.e = _err(
            c.e,
            p + '/firstname',
            'maxLength',
            '<= 64 characters',
            'must NOT have more than 64 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/firstname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.lastname;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (v2.length < 1) {
          c.e = _err(
            c.e,
            p + '/lastname',
            'minLength',
            '>= 1 characters',
            'must NOT have fewer than 1 characters',
          );
          if (c.ff) return false;
        }
        if (v2.length > 64 && _len(v2) > 64) {
          c.e = _err(
            c.e,
            p + '/lastname',
            'maxLength',
            '<= 64 characters',
            'must NOT have more than 64 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/lastname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.timezone;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/timezone', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.default_organization;
    if (v4 !== undefined) {
      if (typeof v4 === 'string') {
        if (!_F_UUID.test(v4)) {
          c.e = _err(
            c.e,
            p + '/default_organization',
            'format',
            'uuid',
            'must match format "uuid"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/default_organization', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.settings;
    if (v5 !== undefined) {
      if (!_isObj(v5)) {
        c.e = _err(c.e, p + '/settings', 'type', 'object', 'must be object');
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
    const v1 = v.id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.uid;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_F_UUID.test(v2)) {
          c.e = _err(c.e, p + '/uid', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/uid', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.firstname;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/firstname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.lastname;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/lastname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.fullname;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/fullname', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.email;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.timezone;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        c.e = _err(c.e, p + '/timezone', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.default_timezone;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        c.e = _err(c.e, p + '/default_timezone', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.avatar;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        c.e = _err(c.e, p + '/avatar', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.default_organization;
    if (v10 !== undefined) {
      if (typeof v10 === 'string') {
        if (!_F_UUID.test(v10)) {
          c.e = _err(
            c.e,
            p + '/default_organization',
            'format',
            'uuid',
            'must match format "uuid"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/default_organization', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.active_company;
    if (v11 !== undefined) {
      if (!checkCompany(v11, p + '/active_company', c, d + 1) && c.ff) return false;
    }
    const v12 = v.organizations;
    if (v12 !== undefined) {
      if (Array.isArray(v12)) {
        for (let i13 = 0; i13 < v12.length; i13++) {
          const v14 = v12[i13];
          if (!checkOrganization(v14, p + '/organizations/' + i13, c, d + 2) && c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/organizations', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v15 = v.permissions_in_default_organization;
    if (v15 !== undefined) {
      if (Array.isArray(v15)) {
        for (let i16 = 0; i16 < v15.length; i16++) {
          const v17 = v15[i16];
          if (typeof v17 !== 'string') {
            c.e = _err(
              c.e,
              p + '/permissions_in_default_organization/' + i16,
              'type',
              'string',
              'must be string',
            );
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(
          c.e,
          p + '/permissions_in_default_organization',
          'type',
          'array',
          'must be array',
        );
        if (c.ff) return false;
      }
    }
    const v18 = v.features;
    if (v18 !== undefined) {
      if (!_isObj(v18)) {
        c.e = _err(c.e, p + '/features', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v19 = v.first_seen;
    if (v19 !== undefined) {
      if (typeof v19 === 'string') {
        if (!_fmtDateTime(v19)) {
          c.e = _err(
            c.e,
            p + '/first_seen',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/first_seen', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v20 = v.last_seen;
    if (v20 !== undefined) {
      if (typeof v20 === 'string') {
        if (!_fmtDateTime(v20)) {
          c.e = _err(c.e, p + '/last_seen', 'format', 'date-time', 'must match format "date-time"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/last_seen', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v21 = v.settings;
    if (v21 !== undefined) {
      if (!_isObj(v21)) {
        c.e = _err(c.e, p + '/settings', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UserProfileResponse */
function checkUserProfileResponse(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.status;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/status', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.status_code;
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        c.e = _err(c.e, p + '/status_code', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v3 = v.message;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/message', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.data;
    if (v4 !== undefined) {
      if (!checkUserProfileResponseData(v4, p + '/data', c, d + 1) && c.ff) return false;
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/UserProfileResponseData */
function checkUserProfileResponseData(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.user;
    if (v1 !== undefined) {
      if (!checkUser(v1, p + '/user', c, d + 1) && c.ff) return false;
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

/** Separators ajv-formats accepts between date and time: `T`, `t` or any whitespace (its split on /t|\s/i). */
const _DT_SEP = /[t\s]/i;

/** format: date-time */
function _fmtDateTime(s: string): boolean {
  const sep = s.charCodeAt(10);
  return (sep === 84 || sep === 116 || _DT_SEP.test(s.charAt(10))) && _date(s, 0) && _time(s, 11);
}
