// Generated from test/fixtures/client-redirects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  CreateThingBody,
  CreateThingResponse200,
  GetThingResponse200,
  ReplaceThingBody,
  ReplaceThingResponse200,
  UploadBody,
  UploadResponse200,
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

/** Validates the 200 response body of `GET /thing` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetThingResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetThingResponse200> {
  const c = _ctx(options, 3);
  return _result<GetThingResponse200>(checkGetThingResponse200(value, '', c), value, c);
}

/** Validates the request body of `PUT /thing` (request mode: readOnly properties are rejected). */
export function validateReplaceThingBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceThingBody> {
  const c = _ctx(options, 1);
  return _result<ReplaceThingBody>(checkReplaceThingBody(value, '', c), value, c);
}

/** Validates the 200 response body of `PUT /thing` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateReplaceThingResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceThingResponse200> {
  const c = _ctx(options, 3);
  return _result<ReplaceThingResponse200>(checkReplaceThingResponse200(value, '', c), value, c);
}

/** Validates the request body of `POST /thing` (request mode: readOnly properties are rejected). */
export function validateCreateThingBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingBody> {
  const c = _ctx(options, 1);
  return _result<CreateThingBody>(checkCreateThingBody(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /thing` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreateThingResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingResponse200> {
  const c = _ctx(options, 3);
  return _result<CreateThingResponse200>(checkCreateThingResponse200(value, '', c), value, c);
}

/** Validates the request body of `POST /upload` (request mode: readOnly properties are rejected). */
export function validateUploadBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadBody> {
  const c = _ctx(options, 1);
  return _result<UploadBody>(checkUploadBody(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /upload` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateUploadResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadResponse200> {
  const c = _ctx(options, 3);
  return _result<UploadResponse200>(checkUploadResponse200(value, '', c), value, c);
}

/** 200 response of GET /thing */
function checkGetThingResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** request body of PUT /thing */
function checkReplaceThingBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of PUT /thing */
function checkReplaceThingResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** request body of POST /thing */
function checkCreateThingBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of POST /thing */
function checkCreateThingResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** request body of POST /upload */
function checkUploadBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** 200 response of POST /upload */
function checkUploadResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_isObj(v)) {
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

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
