// Generated from specs/stuut.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  DashboardSettings,
  EmailSender,
  Integration,
  IntegrationConnectionStep,
  IntegrationDefinition,
  IntegrationHealth,
  IntegrationModel,
  IntegrationSettingDefinition,
  IntegrationSync,
  Organization,
  OrganizationDomain,
  PaymentProcessingDaysConfig,
  Profile,
  SyncRun,
  UpdateProfileRequest,
  UpdateYourProfileBody,
  UpdateYourProfileResponse200,
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

/** Validates a `DashboardSettings` (#/components/schemas/DashboardSettings) exactly as its JSON Schema says. */
export function validateDashboardSettings(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<DashboardSettings>;
export function validateDashboardSettings(value: unknown): ValidationResult<DashboardSettings> {
  const c = _ctxOf(arguments[1], 0);
  return _result<DashboardSettings>(checkDashboardSettings(value, '', c, 0), value, c);
}

/** True when the value is a valid `DashboardSettings` (stops at the first error). */
export function isDashboardSettings(value: unknown): value is DashboardSettings {
  return _is(checkDashboardSettings, value);
}

/** Validates a `EmailSender` (#/components/schemas/EmailSender) exactly as its JSON Schema says. */
export function validateEmailSender(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EmailSender>;
export function validateEmailSender(value: unknown): ValidationResult<EmailSender> {
  const c = _ctxOf(arguments[1], 0);
  return _result<EmailSender>(checkEmailSender(value, '', c, 0), value, c);
}

/** True when the value is a valid `EmailSender` (stops at the first error). */
export function isEmailSender(value: unknown): value is EmailSender {
  return _is(checkEmailSender, value);
}

/** Validates a `Integration` (#/components/schemas/Integration) exactly as its JSON Schema says. */
export function validateIntegration(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Integration>;
export function validateIntegration(value: unknown): ValidationResult<Integration> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Integration>(checkIntegration(value, '', c, 0), value, c);
}

/** True when the value is a valid `Integration` (stops at the first error). */
export function isIntegration(value: unknown): value is Integration {
  return _is(checkIntegration, value);
}

/** Validates a `IntegrationConnectionStep` (#/components/schemas/IntegrationConnectionStep) exactly as its JSON Schema says. */
export function validateIntegrationConnectionStep(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationConnectionStep>;
export function validateIntegrationConnectionStep(
  value: unknown,
): ValidationResult<IntegrationConnectionStep> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationConnectionStep>(
    checkIntegrationConnectionStep(value, '', c, 0),
    value,
    c,
  );
}

/** True when the value is a valid `IntegrationConnectionStep` (stops at the first error). */
export function isIntegrationConnectionStep(value: unknown): value is IntegrationConnectionStep {
  return _is(checkIntegrationConnectionStep, value);
}

/** Validates a `IntegrationDefinition` (#/components/schemas/IntegrationDefinition) exactly as its JSON Schema says. */
export function validateIntegrationDefinition(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationDefinition>;
export function validateIntegrationDefinition(
  value: unknown,
): ValidationResult<IntegrationDefinition> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationDefinition>(checkIntegrationDefinition(value, '', c, 0), value, c);
}

/** True when the value is a valid `IntegrationDefinition` (stops at the first error). */
export function isIntegrationDefinition(value: unknown): value is IntegrationDefinition {
  return _is(checkIntegrationDefinition, value);
}

/** Validates a `IntegrationHealth` (#/components/schemas/IntegrationHealth) exactly as its JSON Schema says. */
export function validateIntegrationHealth(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationHealth>;
export function validateIntegrationHealth(value: unknown): ValidationResult<IntegrationHealth> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationHealth>(checkIntegrationHealth(value, '', c, 0), value, c);
}

/** True when the value is a valid `IntegrationHealth` (stops at the first error). */
export function isIntegrationHealth(value: unknown): value is IntegrationHealth {
  return _is(checkIntegrationHealth, value);
}

/** Validates a `IntegrationModel` (#/components/schemas/IntegrationModel) exactly as its JSON Schema says. */
export function validateIntegrationModel(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationModel>;
export function validateIntegrationModel(value: unknown): ValidationResult<IntegrationModel> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationModel>(checkIntegrationModel(value, '', c, 0), value, c);
}

/** True when the value is a valid `IntegrationModel` (stops at the first error). */
export function isIntegrationModel(value: unknown): value is IntegrationModel {
  return _is(checkIntegrationModel, value);
}

/** Validates a `IntegrationSettingDefinition` (#/components/schemas/IntegrationSettingDefinition) exactly as its JSON Schema says. */
export function validateIntegrationSettingDefinition(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationSettingDefinition>;
export function validateIntegrationSettingDefinition(
  value: unknown,
): ValidationResult<IntegrationSettingDefinition> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationSettingDefinition>(
    checkIntegrationSettingDefinition(value, '', c, 0),
    value,
    c,
  );
}

/** True when the value is a valid `IntegrationSettingDefinition` (stops at the first error). */
export function isIntegrationSettingDefinition(
  value: unknown,
): value is IntegrationSettingDefinition {
  return _is(checkIntegrationSettingDefinition, value);
}

/** Validates a `IntegrationSync` (#/components/schemas/IntegrationSync) exactly as its JSON Schema says. */
export function validateIntegrationSync(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<IntegrationSync>;
export function validateIntegrationSync(value: unknown): ValidationResult<IntegrationSync> {
  const c = _ctxOf(arguments[1], 0);
  return _result<IntegrationSync>(checkIntegrationSync(value, '', c, 0), value, c);
}

/** True when the value is a valid `IntegrationSync` (stops at the first error). */
export function isIntegrationSync(value: unknown): value is IntegrationSync {
  return _is(checkIntegrationSync, value);
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

/** Validates a `OrganizationDomain` (#/components/schemas/OrganizationDomain) exactly as its JSON Schema says. */
export function validateOrganizationDomain(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<OrganizationDomain>;
export function validateOrganizationDomain(value: unknown): ValidationResult<OrganizationDomain> {
  const c = _ctxOf(arguments[1], 0);
  return _result<OrganizationDomain>(checkOrganizationDomain(value, '', c, 0), value, c);
}

/** True when the value is a valid `OrganizationDomain` (stops at the first error). */
export function isOrganizationDomain(value: unknown): value is OrganizationDomain {
  return _is(checkOrganizationDomain, value);
}

/** Validates a `PaymentProcessingDaysConfig` (#/components/schemas/PaymentProcessingDaysConfig) exactly as its JSON Schema says. */
export function validatePaymentProcessingDaysConfig(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PaymentProcessingDaysConfig>;
export function validatePaymentProcessingDaysConfig(
  value: unknown,
): ValidationResult<PaymentProcessingDaysConfig> {
  const c = _ctxOf(arguments[1], 0);
  return _result<PaymentProcessingDaysConfig>(
    checkPaymentProcessingDaysConfig(value, '', c, 0),
    value,
    c,
  );
}

/** True when the value is a valid `PaymentProcessingDaysConfig` (stops at the first error). */
export function isPaymentProcessingDaysConfig(
  value: unknown,
): value is PaymentProcessingDaysConfig {
  return _is(checkPaymentProcessingDaysConfig, value);
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

/** Validates a `SyncRun` (#/components/schemas/SyncRun) exactly as its JSON Schema says. */
export function validateSyncRun(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SyncRun>;
export function validateSyncRun(value: unknown): ValidationResult<SyncRun> {
  const c = _ctxOf(arguments[1], 0);
  return _result<SyncRun>(checkSyncRun(value, '', c, 0), value, c);
}

/** True when the value is a valid `SyncRun` (stops at the first error). */
export function isSyncRun(value: unknown): value is SyncRun {
  return _is(checkSyncRun, value);
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

/** Validates the request body of `POST /v1/profile` (request mode: readOnly properties are rejected). */
export function validateUpdateYourProfileBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateYourProfileBody>;
export function validateUpdateYourProfileBody(
  value: unknown,
): ValidationResult<UpdateYourProfileBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<UpdateYourProfileBody>(checkUpdateProfileRequest(value, '', c, 0), value, c);
}

/** Validates the 200 response body of `POST /v1/profile` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUpdateYourProfileResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UpdateYourProfileResponse200>;
export function validateUpdateYourProfileResponse200(
  value: unknown,
): ValidationResult<UpdateYourProfileResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<UpdateYourProfileResponse200>(checkProfile(value, '', c, 0), value, c);
}

/** #/components/schemas/DashboardSettings */
function checkDashboardSettings(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.thread_emails_sort_order;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/thread_emails_sort_order', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/EmailSender */
function checkEmailSender(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.email;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.object;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.reply_to;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/reply_to', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.user_id;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/user_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.id;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.created_at;
    if (v6 !== undefined) {
      if (typeof v6 === 'string') {
        if (!_fmtDateTime(v6)) {
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
    const v7 = v.expired_at;
    if (v7 !== undefined) {
      if (typeof v7 === 'string') {
        if (!_fmtDateTime(v7)) {
          c.e = _err(
            c.e,
            p + '/expired_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/expired_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.is_nylas_connection;
    if (v8 !== undefined) {
      if (typeof v8 !== 'boolean') {
        c.e = _err(c.e, p + '/is_nylas_connection', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v9 = v.is_nylas_grant_expired;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') {
        c.e = _err(c.e, p + '/is_nylas_grant_expired', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v10 = v.is_shared;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') {
        c.e = _err(c.e, p + '/is_shared', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v11 = v.modified_at;
    if (v11 !== undefined) {
      if (typeof v11 === 'string') {
        if (!_fmtDateTime(v11)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v12 = v.name;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v13 = v.provider;
    if (v13 !== undefined) {
      if (typeof v13 !== 'string') {
        c.e = _err(c.e, p + '/provider', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v14 = v.reply_to_name;
    if (v14 !== undefined) {
      if (typeof v14 !== 'string') {
        c.e = _err(c.e, p + '/reply_to_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v15 = v.signature_html;
    if (v15 !== undefined) {
      if (typeof v15 !== 'string') {
        c.e = _err(c.e, p + '/signature_html', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Integration */
function checkIntegration(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.integration_name;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/integration_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.is_configured;
    if (v2 !== undefined) {
      if (typeof v2 !== 'boolean') {
        c.e = _err(c.e, p + '/is_configured', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v3 = v.object;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.settings;
    if (v4 !== undefined) {
      if (!_isObj(v4)) {
        c.e = _err(c.e, p + '/settings', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v5 = v.id;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.api_subdomain;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/api_subdomain', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.api_url;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        c.e = _err(c.e, p + '/api_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.created_at;
    if (v9 !== undefined) {
      if (typeof v9 === 'string') {
        if (!_fmtDateTime(v9)) {
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
    const v10 = v.credentials_expire_at;
    if (v10 !== undefined) {
      if (typeof v10 === 'string') {
        if (!_fmtDateTime(v10)) {
          c.e = _err(
            c.e,
            p + '/credentials_expire_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/credentials_expire_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.health;
    if (v11 !== undefined) {
      if (!checkIntegrationHealth(v11, p + '/health', c, d + 1) && c.ff) return false;
    }
    const v13 = v.integration;
    if (v13 !== undefined) {
      if (!checkIntegrationDefinition(v13, p + '/integration', c, d + 1) && c.ff) return false;
    }
    const v14 = v.is_running_setup;
    if (v14 !== undefined) {
      if (typeof v14 !== 'boolean') {
        c.e = _err(c.e, p + '/is_running_setup', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v15 = v.is_sync_disabled;
    if (v15 !== undefined) {
      if (typeof v15 !== 'boolean') {
        c.e = _err(c.e, p + '/is_sync_disabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v16 = v.is_webhooks_enabled;
    if (v16 !== undefined) {
      if (typeof v16 !== 'boolean') {
        c.e = _err(c.e, p + '/is_webhooks_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v17 = v.models;
    if (v17 !== undefined) {
      if (Array.isArray(v17)) {
        for (let i18 = 0; i18 < v17.length; i18++) {
          const v19 = v17[i18];
          if (!checkIntegrationModel(v19, p + '/models/' + i18, c, d + 2) && c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/models', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v20 = v.modified_at;
    if (v20 !== undefined) {
      if (typeof v20 === 'string') {
        if (!_fmtDateTime(v20)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v21 = v.name;
    if (v21 !== undefined) {
      if (typeof v21 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v22 = v.owner_id;
    if (v22 !== undefined) {
      if (typeof v22 !== 'string') {
        c.e = _err(c.e, p + '/owner_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v23 = v.requires_setup;
    if (v23 !== undefined) {
      if (typeof v23 !== 'boolean') {
        c.e = _err(c.e, p + '/requires_setup', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v24 = v.username;
    if (v24 !== undefined) {
      if (typeof v24 !== 'string') {
        c.e = _err(c.e, p + '/username', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v25 = v.webhook_listener_url;
    if (v25 !== undefined) {
      if (typeof v25 !== 'string') {
        c.e = _err(c.e, p + '/webhook_listener_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v26 = v.webhook_setup_error;
    if (v26 !== undefined) {
      if (typeof v26 !== 'string') {
        c.e = _err(c.e, p + '/webhook_setup_error', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationConnectionStep */
function checkIntegrationConnectionStep(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.type;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/type', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.title;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/title', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.post_auth;
    if (v6 !== undefined) {
      if (typeof v6 !== 'boolean') {
        c.e = _err(c.e, p + '/post_auth', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationDefinition */
function checkIntegrationDefinition(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.display_name;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/display_name', 'type', 'string', 'must be string');
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
    const v3 = v.object;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.api_base_url;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/api_base_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.api_requires_subdomain;
    if (v6 !== undefined) {
      if (typeof v6 !== 'boolean') {
        c.e = _err(c.e, p + '/api_requires_subdomain', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v8 = v.categories;
    if (v8 !== undefined) {
      if (Array.isArray(v8)) {
        for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (typeof v10 !== 'string') {
            c.e = _err(c.e, p + '/categories/' + i9, 'type', 'string', 'must be string');
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(c.e, p + '/categories', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v14 = v.connection_steps;
    if (v14 !== undefined) {
      if (Array.isArray(v14)) {
        for (let i15 = 0; i15 < v14.length; i15++) {
          const v16 = v14[i15];
          if (
            !checkIntegrationConnectionStep(v16, p + '/connection_steps/' + i15, c, d + 2) &&
            c.ff
          )
            return false;
        }
      } else {
        c.e = _err(c.e, p + '/connection_steps', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v17 = v.created_at;
    if (v17 !== undefined) {
      if (typeof v17 === 'string') {
        if (!_fmtDateTime(v17)) {
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
    const v19 = v.is_enabled;
    if (v19 !== undefined) {
      if (typeof v19 !== 'boolean') {
        c.e = _err(c.e, p + '/is_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v22 = v.modified_at;
    if (v22 !== undefined) {
      if (typeof v22 === 'string') {
        if (!_fmtDateTime(v22)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v23 = v.settings;
    if (v23 !== undefined) {
      if (Array.isArray(v23)) {
        for (let i24 = 0; i24 < v23.length; i24++) {
          const v25 = v23[i24];
          if (!checkIntegrationSettingDefinition(v25, p + '/settings/' + i24, c, d + 2) && c.ff)
            return false;
        }
      } else {
        c.e = _err(c.e, p + '/settings', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationHealth */
function checkIntegrationHealth(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.status;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/status', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationModel */
function checkIntegrationModel(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.integration_schema_id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/integration_schema_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.linked_integration_id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/linked_integration_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.name;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.object;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.id;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.created_at;
    if (v6 !== undefined) {
      if (typeof v6 === 'string') {
        if (!_fmtDateTime(v6)) {
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
    const v7 = v.exclude_rule;
    if (v7 !== undefined) {
      if (!_isObj(v7)) {
        c.e = _err(c.e, p + '/exclude_rule', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v9 = v.health;
    if (v9 !== undefined) {
      if (!checkIntegrationHealth(v9, p + '/health', c, d + 1) && c.ff) return false;
    }
    const v10 = v.is_read_enabled;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') {
        c.e = _err(c.e, p + '/is_read_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v11 = v.is_webhooks_setup;
    if (v11 !== undefined) {
      if (typeof v11 !== 'boolean') {
        c.e = _err(c.e, p + '/is_webhooks_setup', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v12 = v.is_write_enabled;
    if (v12 !== undefined) {
      if (typeof v12 !== 'boolean') {
        c.e = _err(c.e, p + '/is_write_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v13 = v.last_sync;
    if (v13 !== undefined) {
      if (!checkIntegrationSync(v13, p + '/last_sync', c, d + 1) && c.ff) return false;
    }
    const v14 = v.last_sync_id;
    if (v14 !== undefined) {
      if (typeof v14 !== 'string') {
        c.e = _err(c.e, p + '/last_sync_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v15 = v.modified_at;
    if (v15 !== undefined) {
      if (typeof v15 === 'string') {
        if (!_fmtDateTime(v15)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v16 = v.next_sync_at;
    if (v16 !== undefined) {
      if (typeof v16 === 'string') {
        if (!_fmtDateTime(v16)) {
          c.e = _err(
            c.e,
            p + '/next_sync_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/next_sync_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v17 = v.sync_requested;
    if (v17 !== undefined) {
      if (typeof v17 !== 'boolean') {
        c.e = _err(c.e, p + '/sync_requested', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationSettingDefinition */
function checkIntegrationSettingDefinition(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.key;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/key', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.type;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/type', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.format;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/format', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v8 = v.is_editable;
    if (v8 !== undefined) {
      if (typeof v8 !== 'boolean') {
        c.e = _err(c.e, p + '/is_editable', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v9 = v.is_required;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') {
        c.e = _err(c.e, p + '/is_required', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v10 = v.is_select;
    if (v10 !== undefined) {
      if (typeof v10 !== 'boolean') {
        c.e = _err(c.e, p + '/is_select', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v12 = v.post_auth;
    if (v12 !== undefined) {
      if (typeof v12 !== 'boolean') {
        c.e = _err(c.e, p + '/post_auth', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v13 = v.requires_load;
    if (v13 !== undefined) {
      if (typeof v13 !== 'boolean') {
        c.e = _err(c.e, p + '/requires_load', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/IntegrationSync */
function checkIntegrationSync(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.linked_model_id;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/linked_model_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.object;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.run_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/run_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.id;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.created_at;
    if (v5 !== undefined) {
      if (typeof v5 === 'string') {
        if (!_fmtDateTime(v5)) {
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
    const v6 = v.entity_id;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/entity_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.is_initial_sync;
    if (v7 !== undefined) {
      if (typeof v7 !== 'boolean') {
        c.e = _err(c.e, p + '/is_initial_sync', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v8 = v.is_one_off;
    if (v8 !== undefined) {
      if (typeof v8 !== 'boolean') {
        c.e = _err(c.e, p + '/is_one_off', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v9 = v.modified_at;
    if (v9 !== undefined) {
      if (typeof v9 === 'string') {
        if (!_fmtDateTime(v9)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.run;
    if (v11 !== undefined) {
      if (!checkSyncRun(v11, p + '/run', c, d + 1) && c.ff) return false;
    }
    const v12 = v.timerange_end;
    if (v12 !== undefined) {
      if (typeof v12 === 'string') {
        if (!_fmtDateTime(v12)) {
          c.e = _err(
            c.e,
            p + '/timerange_end',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/timerange_end', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v13 = v.timerange_start;
    if (v13 !== undefined) {
      if (typeof v13 === 'string') {
        if (!_fmtDateTime(v13)) {
          c.e = _err(
            c.e,
            p + '/timerange_start',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/timerange_start', 'type', 'string', 'must be string');
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
function checkOrganization(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.name;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.object;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.remittance_inbox;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/remittance_inbox', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.id;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.agent_phone_number;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        c.e = _err(c.e, p + '/agent_phone_number', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.ar_team_size;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/ar_team_size', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.bank_statement_extraction_guidelines;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        c.e = _err(
          c.e,
          p + '/bank_statement_extraction_guidelines',
          'type',
          'string',
          'must be string',
        );
        if (c.ff) return false;
      }
    }
    const v8 = v.contact_email_enrichment_enabled;
    if (v8 !== undefined) {
      if (typeof v8 !== 'boolean') {
        c.e = _err(
          c.e,
          p + '/contact_email_enrichment_enabled',
          'type',
          'boolean',
          'must be boolean',
        );
        if (c.ff) return false;
      }
    }
    const v9 = v.contact_email_validation_enabled;
    if (v9 !== undefined) {
      if (typeof v9 !== 'boolean') {
        c.e = _err(
          c.e,
          p + '/contact_email_validation_enabled',
          'type',
          'boolean',
          'must be boolean',
        );
        if (c.ff) return false;
      }
    }
    const v10 = v.contact_enrichment_domains;
    if (v10 !== undefined) {
      if (Array.isArray(v10)) {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (typeof v12 !== 'string') {
            c.e = _err(
              c.e,
              p + '/contact_enrichment_domains/' + i11,
              'type',
              'string',
              'must be string',
            );
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(c.e, p + '/contact_enrichment_domains', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v13 = v.contact_phone_enrichment_enabled;
    if (v13 !== undefined) {
      if (typeof v13 !== 'boolean') {
        c.e = _err(
          c.e,
          p + '/contact_phone_enrichment_enabled',
          'type',
          'boolean',
          'must be boolean',
        );
        if (c.ff) return false;
      }
    }
    const v14 = v.created_at;
    if (v14 !== undefined) {
      if (typeof v14 === 'string') {
        if (!_fmtDateTime(v14)) {
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
    const v15 = v.credit_card_surcharge;
    if (v15 !== undefined) {
      if (typeof v15 !== 'boolean') {
        c.e = _err(c.e, p + '/credit_card_surcharge', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v16 = v.credit_card_surcharge_fixed;
    if (v16 !== undefined) {
      if (typeof v16 !== 'number') {
        c.e = _err(c.e, p + '/credit_card_surcharge_fixed', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v17 = v.credit_card_surcharge_percentage;
    if (v17 !== undefined) {
      if (typeof v17 !== 'number') {
        c.e = _err(
          c.e,
          p + '/credit_card_surcharge_percentage',
          'type',
          'number',
          'must be number',
        );
        if (c.ff) return false;
      }
    }
    const v18 = v.crm_software;
    if (v18 !== undefined) {
      if (typeof v18 !== 'string') {
        c.e = _err(c.e, p + '/crm_software', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v19 = v.customer_support_number;
    if (v19 !== undefined) {
      if (typeof v19 !== 'string') {
        c.e = _err(c.e, p + '/customer_support_number', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v20 = v.default_outreach_window_end;
    if (v20 !== undefined) {
      if (typeof v20 !== 'string') {
        c.e = _err(c.e, p + '/default_outreach_window_end', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v21 = v.default_outreach_window_start;
    if (v21 !== undefined) {
      if (typeof v21 !== 'string') {
        c.e = _err(c.e, p + '/default_outreach_window_start', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v22 = v.display_name;
    if (v22 !== undefined) {
      if (typeof v22 !== 'string') {
        c.e = _err(c.e, p + '/display_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v23 = v.domains;
    if (v23 !== undefined) {
      if (Array.isArray(v23)) {
        for (let i24 = 0; i24 < v23.length; i24++) {
          const v25 = v23[i24];
          if (!checkOrganizationDomain(v25, p + '/domains/' + i24, c, d + 2) && c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/domains', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v26 = v.email_software;
    if (v26 !== undefined) {
      if (typeof v26 !== 'string') {
        c.e = _err(c.e, p + '/email_software', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v27 = v.enterprise_auth_connection_name;
    if (v27 !== undefined) {
      if (typeof v27 !== 'string') {
        c.e = _err(c.e, p + '/enterprise_auth_connection_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v28 = v.erp_software;
    if (v28 !== undefined) {
      if (typeof v28 !== 'string') {
        c.e = _err(c.e, p + '/erp_software', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v29 = v.finix_merchant_id;
    if (v29 !== undefined) {
      if (typeof v29 !== 'string') {
        c.e = _err(c.e, p + '/finix_merchant_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v30 = v.finix_onboarding_form_id;
    if (v30 !== undefined) {
      if (typeof v30 !== 'string') {
        c.e = _err(c.e, p + '/finix_onboarding_form_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v31 = v.finix_platform_application_id;
    if (v31 !== undefined) {
      if (typeof v31 !== 'string') {
        c.e = _err(c.e, p + '/finix_platform_application_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v32 = v.finix_platform_merchant_id;
    if (v32 !== undefined) {
      if (typeof v32 !== 'string') {
        c.e = _err(c.e, p + '/finix_platform_merchant_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v33 = v.inbound_grace_period_days;
    if (v33 !== undefined) {
      if (!Number.isInteger(v33)) {
        c.e = _err(c.e, p + '/inbound_grace_period_days', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v34 = v.integrations;
    if (v34 !== undefined) {
      if (!checkIntegration(v34, p + '/integrations', c, d + 1) && c.ff) return false;
    }
    const v35 = v.invoices_per_month;
    if (v35 !== undefined) {
      if (typeof v35 !== 'string') {
        c.e = _err(c.e, p + '/invoices_per_month', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v36 = v.is_auto_send_email_enabled;
    if (v36 !== undefined) {
      if (typeof v36 !== 'boolean') {
        c.e = _err(c.e, p + '/is_auto_send_email_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v37 = v.is_auto_set_primary_enabled;
    if (v37 !== undefined) {
      if (typeof v37 !== 'boolean') {
        c.e = _err(c.e, p + '/is_auto_set_primary_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v38 = v.is_enterprise_auth_enabled;
    if (v38 !== undefined) {
      if (typeof v38 !== 'boolean') {
        c.e = _err(c.e, p + '/is_enterprise_auth_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v39 = v.is_onboarding_complete;
    if (v39 !== undefined) {
      if (typeof v39 !== 'boolean') {
        c.e = _err(c.e, p + '/is_onboarding_complete', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v40 = v.is_organization_registered;
    if (v40 !== undefined) {
      if (typeof v40 !== 'boolean') {
        c.e = _err(c.e, p + '/is_organization_registered', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v41 = v.is_password_auth_enabled;
    if (v41 !== undefined) {
      if (typeof v41 !== 'boolean') {
        c.e = _err(c.e, p + '/is_password_auth_enabled', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v42 = v.last_payment_export_at;
    if (v42 !== undefined) {
      if (typeof v42 === 'string') {
        if (!_fmtDateTime(v42)) {
          c.e = _err(
            c.e,
            p + '/last_payment_export_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/last_payment_export_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v43 = v.logo_url;
    if (v43 !== undefined) {
      if (typeof v43 !== 'string') {
        c.e = _err(c.e, p + '/logo_url', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v44 = v.modified_at;
    if (v44 !== undefined) {
      if (typeof v44 === 'string') {
        if (!_fmtDateTime(v44)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v46 = v.parent_org_id;
    if (v46 !== undefined) {
      if (typeof v46 !== 'string') {
        c.e = _err(c.e, p + '/parent_org_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v47 = v.payment_processing_days_config;
    if (v47 !== undefined) {
      if (
        !checkPaymentProcessingDaysConfig(v47, p + '/payment_processing_days_config', c, d + 1) &&
        c.ff
      )
        return false;
    }
    const v48 = v.payment_processor;
    if (v48 !== undefined) {
      if (typeof v48 !== 'string') {
        c.e = _err(c.e, p + '/payment_processor', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v49 = v.payment_software;
    if (v49 !== undefined) {
      if (typeof v49 !== 'string') {
        c.e = _err(c.e, p + '/payment_software', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v50 = v.processes_improving_with_ai;
    if (v50 !== undefined) {
      if (Array.isArray(v50)) {
        for (let i51 = 0; i51 < v50.length; i51++) {
          const v52 = v50[i51];
          if (typeof v52 !== 'string') {
            c.e = _err(
              c.e,
              p + '/processes_improving_with_ai/' + i51,
              'type',
              'string',
              'must be string',
            );
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(c.e, p + '/processes_improving_with_ai', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v53 = v.ready_for_payments;
    if (v53 !== undefined) {
      if (typeof v53 !== 'boolean') {
        c.e = _err(c.e, p + '/ready_for_payments', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v54 = v.stripe_connect_account_id;
    if (v54 !== undefined) {
      if (typeof v54 !== 'string') {
        c.e = _err(c.e, p + '/stripe_connect_account_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v55 = v.timezone;
    if (v55 !== undefined) {
      if (typeof v55 !== 'string') {
        c.e = _err(c.e, p + '/timezone', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/OrganizationDomain */
function checkOrganizationDomain(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.domain;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/domain', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.object;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.organization_id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/organization_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.created_at;
    if (v4 !== undefined) {
      if (typeof v4 === 'string') {
        if (!_fmtDateTime(v4)) {
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
    const v5 = v.modified_at;
    if (v5 !== undefined) {
      if (typeof v5 === 'string') {
        if (!_fmtDateTime(v5)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/PaymentProcessingDaysConfig */
function checkPaymentProcessingDaysConfig(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.ach;
    if (v1 !== undefined) {
      if (!Number.isInteger(v1)) {
        c.e = _err(c.e, p + '/ach', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v2 = v.check;
    if (v2 !== undefined) {
      if (!Number.isInteger(v2)) {
        c.e = _err(c.e, p + '/check', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v3 = v.other;
    if (v3 !== undefined) {
      if (!Number.isInteger(v3)) {
        c.e = _err(c.e, p + '/other', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v4 = v.wire;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        c.e = _err(c.e, p + '/wire', 'type', 'integer', 'must be integer');
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
    const v1 = v.email;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'email', "must have required property 'email'");
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (v1.length > 255 && _len(v1) > 255) {
          c.e = _err(
            c.e,
            p + '/email',
            'maxLength',
            '<= 255 characters',
            'must NOT have more than 255 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/email', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.family_name;
    if (v2 === undefined) {
      c.e = _err(c.e, p, 'required', 'family_name', "must have required property 'family_name'");
      if (c.ff) return false;
    } else {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/family_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.given_name;
    if (v3 === undefined) {
      c.e = _err(c.e, p, 'required', 'given_name', "must have required property 'given_name'");
      if (c.ff) return false;
    } else {
      if (typeof v3 !== 'string') {
        c.e = _err(c.e, p + '/given_name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.object;
    if (v4 === undefined) {
      c.e = _err(c.e, p, 'required', 'object', "must have required property 'object'");
      if (c.ff) return false;
    } else {
      if (typeof v4 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v5 = v.organization_id;
    if (v5 === undefined) {
      c.e = _err(
        c.e,
        p,
        'required',
        'organization_id',
        "must have required property 'organization_id'",
      );
      if (c.ff) return false;
    } else {
      if (typeof v5 === 'string') {
        if (v5.length > 32 && _len(v5) > 32) {
          c.e = _err(
            c.e,
            p + '/organization_id',
            'maxLength',
            '<= 32 characters',
            'must NOT have more than 32 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/organization_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v6 = v.id;
    if (v6 !== undefined) {
      if (typeof v6 === 'string') {
        if (v6.length > 32 && _len(v6) > 32) {
          c.e = _err(
            c.e,
            p + '/id',
            'maxLength',
            '<= 32 characters',
            'must NOT have more than 32 characters',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.created_at;
    if (v7 !== undefined) {
      if (typeof v7 === 'string') {
        if (!_fmtDateTime(v7)) {
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
    const v8 = v.dashboard_settings;
    if (v8 !== undefined) {
      if (!checkDashboardSettings(v8, p + '/dashboard_settings', c, d + 1) && c.ff) return false;
    }
    const v9 = v.default_email_sender;
    if (v9 !== undefined) {
      if (!checkEmailSender(v9, p + '/default_email_sender', c, d + 1) && c.ff) return false;
    }
    const v10 = v.default_email_sender_id;
    if (v10 !== undefined) {
      if (typeof v10 === 'string') {
        if (v10.length > 32 && _len(v10) > 32) {
          c.e = _err(
            c.e,
            p + '/default_email_sender_id',
            'maxLength',
            '<= 32 characters',
            'must NOT have more than 32 characters',
          );
          if (c.ff) return false;
        }
      } else if (v10 !== null) {
        c.e = _err(
          c.e,
          p + '/default_email_sender_id',
          'type',
          'string | null',
          'must be string or null',
        );
        if (c.ff) return false;
      }
    }
    const v11 = v.enable_adaptive_email_generation;
    if (v11 !== undefined) {
      if (typeof v11 !== 'boolean') {
        c.e = _err(
          c.e,
          p + '/enable_adaptive_email_generation',
          'type',
          'boolean',
          'must be boolean',
        );
        if (c.ff) return false;
      }
    }
    const v12 = v.invited_by_user_id;
    if (v12 !== undefined) {
      if (typeof v12 === 'string') {
        if (v12.length > 32 && _len(v12) > 32) {
          c.e = _err(
            c.e,
            p + '/invited_by_user_id',
            'maxLength',
            '<= 32 characters',
            'must NOT have more than 32 characters',
          );
          if (c.ff) return false;
        }
      } else if (v12 !== null) {
        c.e = _err(
          c.e,
          p + '/invited_by_user_id',
          'type',
          'string | null',
          'must be string or null',
        );
        if (c.ff) return false;
      }
    }
    const v13 = v.is_access_approved;
    if (v13 !== undefined) {
      if (typeof v13 !== 'boolean') {
        c.e = _err(c.e, p + '/is_access_approved', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v14 = v.is_org_admin;
    if (v14 !== undefined) {
      if (typeof v14 !== 'boolean') {
        c.e = _err(c.e, p + '/is_org_admin', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v15 = v.is_support_user;
    if (v15 !== undefined) {
      if (typeof v15 !== 'boolean') {
        c.e = _err(c.e, p + '/is_support_user', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v16 = v.modified_at;
    if (v16 !== undefined) {
      if (typeof v16 === 'string') {
        if (!_fmtDateTime(v16)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else if (v16 !== null) {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string | null', 'must be string or null');
        if (c.ff) return false;
      }
    }
    const v17 = v.name;
    if (v17 !== undefined) {
      if (typeof v17 !== 'string') {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v18 = v.onboarding_required;
    if (v18 !== undefined) {
      if (typeof v18 !== 'boolean') {
        c.e = _err(c.e, p + '/onboarding_required', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
    const v19 = v.organization;
    if (v19 !== undefined) {
      if (!checkOrganization(v19, p + '/organization', c, d + 1) && c.ff) return false;
    }
    const v21 = v.profile_picture;
    if (v21 !== undefined) {
      if (typeof v21 !== 'string') {
        c.e = _err(c.e, p + '/profile_picture', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v22 = v.selected;
    if (v22 !== undefined) {
      if (typeof v22 !== 'boolean') {
        c.e = _err(c.e, p + '/selected', 'type', 'boolean', 'must be boolean');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/SyncRun */
function checkSyncRun(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.object;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/object', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.id;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v3 = v.completed_at;
    if (v3 !== undefined) {
      if (typeof v3 === 'string') {
        if (!_fmtDateTime(v3)) {
          c.e = _err(
            c.e,
            p + '/completed_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/completed_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v4 = v.created_at;
    if (v4 !== undefined) {
      if (typeof v4 === 'string') {
        if (!_fmtDateTime(v4)) {
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
    const v6 = v.event_id;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        c.e = _err(c.e, p + '/event_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v7 = v.modified_at;
    if (v7 !== undefined) {
      if (typeof v7 === 'string') {
        if (!_fmtDateTime(v7)) {
          c.e = _err(
            c.e,
            p + '/modified_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/modified_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v9 = v.remote_id;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        c.e = _err(c.e, p + '/remote_id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v10 = v.stacktrace;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        c.e = _err(c.e, p + '/stacktrace', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v11 = v.started_at;
    if (v11 !== undefined) {
      if (typeof v11 === 'string') {
        if (!_fmtDateTime(v11)) {
          c.e = _err(
            c.e,
            p + '/started_at',
            'format',
            'date-time',
            'must match format "date-time"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/started_at', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v12 = v.status;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        c.e = _err(c.e, p + '/status', 'type', 'string', 'must be string');
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
    const v1 = v.default_email_sender;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        c.e = _err(c.e, p + '/default_email_sender', 'type', 'string', 'must be string');
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
