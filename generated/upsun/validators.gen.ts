// Generated from specs/upsun.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Money,
  Price,
  Profile,
  SpendRemaining,
  Trial,
  TrialProjects,
  UpdateOrganizationProfileBody,
  UpdateOrganizationProfilePathParams,
  UpdateOrganizationProfileResponse200,
  UpdateProfileRequest,
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

/** Validates a `Money` (#/components/schemas/Money) exactly as its JSON Schema says. */
export function validateMoney(value: unknown, options?: ValidateOptions): ValidationResult<Money>;
export function validateMoney(value: unknown): ValidationResult<Money> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Money>(checkMoney(value, '', c, 0), value, c);
}

/** True when the value is a valid `Money` (stops at the first error). */
export function isMoney(value: unknown): value is Money {
  return _is(checkMoney, value);
}

/** Validates a `Price` (#/components/schemas/Price) exactly as its JSON Schema says. */
export function validatePrice(value: unknown, options?: ValidateOptions): ValidationResult<Price>;
export function validatePrice(value: unknown): ValidationResult<Price> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Price>(checkPrice(value, '', c, 0), value, c);
}

/** True when the value is a valid `Price` (stops at the first error). */
export function isPrice(value: unknown): value is Price {
  return _is(checkPrice, value);
}

/** Validates a `Profile` (#/components/schemas/Profile) exactly as its JSON Schema says. */
export function validateProfile(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Profile>;
export function validateProfile(value: unknown): ValidationResult<Profile> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Profile>(checkProfile(value, '', c, 0), value, c);
}

/** True when the value is a valid `Profile` (stops at the first error). */
export function isProfile(value: unknown): value is Profile {
  return _is(checkProfile, value);
}

/** Validates a `SpendRemaining` (#/components/schemas/SpendRemaining) exactly as its JSON Schema says. */
export function validateSpendRemaining(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SpendRemaining>;
export function validateSpendRemaining(value: unknown): ValidationResult<SpendRemaining> {
  const c = _ctxOf(arguments[1], 0);
  return _result<SpendRemaining>(checkSpendRemaining(value, '', c, 0), value, c);
}

/** True when the value is a valid `SpendRemaining` (stops at the first error). */
export function isSpendRemaining(value: unknown): value is SpendRemaining {
  return _is(checkSpendRemaining, value);
}

/** Validates a `Trial` (#/components/schemas/Trial) exactly as its JSON Schema says. */
export function validateTrial(value: unknown, options?: ValidateOptions): ValidationResult<Trial>;
export function validateTrial(value: unknown): ValidationResult<Trial> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Trial>(checkTrial(value, '', c, 0), value, c);
}

/** True when the value is a valid `Trial` (stops at the first error). */
export function isTrial(value: unknown): value is Trial {
  return _is(checkTrial, value);
}

/** Validates a `TrialProjects` (#/components/schemas/TrialProjects) exactly as its JSON Schema says. */
export function validateTrialProjects(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<TrialProjects>;
export function validateTrialProjects(value: unknown): ValidationResult<TrialProjects> {
  const c = _ctxOf(arguments[1], 0);
  return _result<TrialProjects>(checkTrialProjects(value, '', c, 0), value, c);
}

/** True when the value is a valid `TrialProjects` (stops at the first error). */
export function isTrialProjects(value: unknown): value is TrialProjects {
  return _is(checkTrialProjects, value);
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

/** Validates the request body of `PATCH /organizations/{organization_id}/profile` (request mode: readOnly properties are rejected). */
export function validateUpdateOrganizationProfileBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateOrganizationProfileBody>;
export function validateUpdateOrganizationProfileBody(
  value: unknown,
): ValidationResult<UpdateOrganizationProfileBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<UpdateOrganizationProfileBody>(
    checkUpdateProfileRequest(value, '', c, 0),
    value,
    c,
  );
}

/** Validates the path parameters of `PATCH /organizations/{organization_id}/profile` (an object keyed by parameter name). */
export function validateUpdateOrganizationProfilePathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateOrganizationProfilePathParams>;
export function validateUpdateOrganizationProfilePathParams(
  value: unknown,
): ValidationResult<UpdateOrganizationProfilePathParams> {
  const c = _ctxOf(arguments[1], 1);
  return _result<UpdateOrganizationProfilePathParams>(
    checkUpdateOrganizationProfilePathParams(value, '', c, 0),
    value,
    c,
  );
}

/** Validates the 200 response body of `PATCH /organizations/{organization_id}/profile` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUpdateOrganizationProfileResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateOrganizationProfileResponse200>;
export function validateUpdateOrganizationProfileResponse200(
  value: unknown,
): ValidationResult<UpdateOrganizationProfileResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<UpdateOrganizationProfileResponse200>(checkProfile(value, '', c, 0), value, c);
}

const _F_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const _F_EMAIL =
  /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*(?:\.[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*)+$/;
const _F_ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i;

/** #/components/schemas/Money */
function checkMoney(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.amount;
    if (v1 !== undefined) {
      if (typeof v1 !== 'number') {
        c.e = _err(c.e, p + '/amount', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v2 = v.currency_code;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/currency_code', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.currency_symbol;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/currency_symbol', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.formatted;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/formatted', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Price */
function checkPrice(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.formatted;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/formatted', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.amount;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/amount', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.currency;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/currency', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.currency_symbol;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/currency_symbol', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Profile */
function checkProfile(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 !== undefined) {
      if (typeof v1 === 'string') {
        if (!_F_UUID.test(v1)) {
          c.e = _err(c.e, p + '/id', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.display_name;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/display_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.email;
    if (v3 !== undefined) {
      if (typeof v3 === 'string') {
        if (!_F_EMAIL.test(v3)) {
          c.e = _err(c.e, p + '/email', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.username;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/username', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.type;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/type', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
      if (v5 !== 'user' && v5 !== 'organization') {
        if (
          _tol(
            c,
            p + '/type',
            'enum',
            'one of "user", "organization"',
            'must be equal to one of the allowed values',
          ) &&
          c.ff
        )
          return false;
      }
    }
    const v6 = v.picture;
    if (v6 !== undefined) {
      if (typeof v6 === 'string') {
        if (!_fmtUri(v6)) {
          c.e = _err(c.e, p + '/picture', 'format', 'url', 'must match format "url"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/picture', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.company_type;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        c.e = _err(c.e, p + '/company_type', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.company_name;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        c.e = _err(c.e, p + '/company_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.currency;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        c.e = _err(c.e, p + '/currency', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.vat_number;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        c.e = _err(c.e, p + '/vat_number', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.company_role;
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        c.e = _err(c.e, p + '/company_role', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v12 = v.website_url;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        c.e = _err(c.e, p + '/website_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v13 = v.new_ui;
    if (v13 !== undefined) {
      if (typeof v13 !== 'boolean') {
        c.e = _err(c.e, p + '/new_ui', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v14 = v.ui_colorscheme;
    if (v14 !== undefined) {
      if (typeof v14 !== 'string') {
        c.e = _err(c.e, p + '/ui_colorscheme', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v15 = v.default_catalog;
    if (v15 !== undefined) {
      if (typeof v15 !== 'string') {
        c.e = _err(c.e, p + '/default_catalog', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v16 = v.project_options_url;
    if (v16 !== undefined) {
      if (typeof v16 !== 'string') {
        c.e = _err(c.e, p + '/project_options_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v17 = v.marketing;
    if (v17 !== undefined) {
      if (typeof v17 !== 'boolean') {
        c.e = _err(c.e, p + '/marketing', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v18 = v.created_at;
    if (v18 !== undefined) {
      if (typeof v18 === 'string') {
        if (!_fmtDateTime(v18)) {
          c.e = _err(
            c.e,
            p + '/created_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/created_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v19 = v.updated_at;
    if (v19 !== undefined) {
      if (typeof v19 === 'string') {
        if (!_fmtDateTime(v19)) {
          c.e = _err(
            c.e,
            p + '/updated_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/updated_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v20 = v.billing_contact;
    if (v20 !== undefined) {
      if (typeof v20 === 'string') {
        if (!_F_EMAIL.test(v20)) {
          c.e = _err(c.e, p + '/billing_contact', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/billing_contact', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v21 = v.current_trial;
    if (v21 !== undefined) {
      if (!checkTrial(v21, p + '/current_trial', c, d + 1) && c.ff) return false;
    }
    const v22 = v.invoiced;
    if (v22 !== undefined) {
      if (typeof v22 !== 'boolean') {
        c.e = _err(c.e, p + '/invoiced', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/SpendRemaining */
function checkSpendRemaining(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.formatted;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/formatted', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.amount;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/amount', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.currency;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/currency', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.currency_symbol;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/currency_symbol', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.unlimited;
    if (v5 !== undefined) {
      if (typeof v5 !== 'boolean') {
        c.e = _err(c.e, p + '/unlimited', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Trial */
function checkTrial(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.active;
    if (v1 !== undefined) {
      if (typeof v1 !== 'boolean') {
        c.e = _err(c.e, p + '/active', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v2 = v.created;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_fmtDateTime(v2)) {
          c.e = _err(c.e, p + '/created', 'format', 'date-time', 'must match format "date-time"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/created', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.description;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/description', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.expiration;
    if (v4 !== undefined) {
      if (typeof v4 === 'string') {
        if (!_fmtDateTime(v4)) {
          c.e = _err(
            c.e,
            p + '/expiration',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/expiration', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.current;
    if (v5 !== undefined) {
      if (!checkPrice(v5, p + '/current', c, d + 1) && c.ff) return false;
    }
    const v6 = v.spend;
    if (v6 !== undefined) {
      if (!checkPrice(v6, p + '/spend', c, d + 1) && c.ff) return false;
    }
    const v7 = v.spend_remaining;
    if (v7 !== undefined) {
      if (!checkSpendRemaining(v7, p + '/spend_remaining', c, d + 1) && c.ff) return false;
    }
    const v8 = v.projects;
    if (v8 !== undefined) {
      if (!checkTrialProjects(v8, p + '/projects', c, d + 1) && c.ff) return false;
    }
    const v9 = v.pending_verification;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        c.e = _err(c.e, p + '/pending_verification', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.model;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        c.e = _err(c.e, p + '/model', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.days_remaining;
    if (v11 !== undefined) {
      if (!Number.isInteger(v11)) {
        c.e = _err(c.e, p + '/days_remaining', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/TrialProjects */
function checkTrialProjects(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
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
    const v3 = v.total;
    if (v3 !== undefined) {
      if (!checkMoney(v3, p + '/total', c, d + 1) && c.ff) return false;
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
    const v1 = v.default_catalog;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/default_catalog', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.project_options_url;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (!_fmtUri(v2)) {
          c.e = _err(c.e, p + '/project_options_url', 'format', 'uri', 'must match format "uri"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/project_options_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.company_name;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/company_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.vat_number;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/vat_number', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.billing_contact;
    if (v5 !== undefined) {
      if (typeof v5 === 'string') {
        if (!_F_EMAIL.test(v5)) {
          c.e = _err(c.e, p + '/billing_contact', 'format', 'email', 'must match format "email"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/billing_contact', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** path parameters of PATCH /organizations/{organization_id}/profile */
function checkUpdateOrganizationProfilePathParams(
  v: unknown,
  p: string,
  c: _Ctx,
  _d: number,
): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.organization_id;
    if (v1 === undefined) {
      c.e = _err(
        c.e,
        p,
        'required',
        'organization_id',
        "must have required property 'organization_id'",
      );
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_F_ULID.test(v1)) {
          c.e = _err(c.e, p + '/organization_id', 'format', 'ulid', 'must match format "ulid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/organization_id', 'type', 'string', 'must be string');
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

const _URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** `scheme://host/path`: a shape every string of which `_URI` accepts, checked ~3x faster. */
const _URI_COMMON =
  /^[a-z][a-z0-9+\-.]*:\/\/(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** format: uri (and url): an absolute URI, as ajv-formats. */
function _fmtUri(s: string): boolean {
  return (s.includes('/') || s.includes(':')) && (_URI_COMMON.test(s) || _URI.test(s));
}
