// Generated from test/fixtures/client-statuses.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  DeleteItemPathParams,
  ExportItemsResponse200,
  ExportItemsResponseDefault,
  GetItemPathParams,
  GetItemResponse200,
  GetItemResponse404,
  GetItemResponse4XX,
  GetItemResponse5XX,
  GetReadmeResponse200,
  Item,
  ItemExistsPathParams,
  PingResponseDefault,
  Pong,
  PostWildBody,
  PostWildResponse200,
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

/** Validates a `Item` (#/components/schemas/Item) exactly as its JSON Schema says. */
export function validateItem(value: unknown, options?: ValidateOptions): ValidationResult<Item> {
  const c = _ctx(options, 0);
  return _result<Item>(checkItem(value, '', c), value, c);
}

/** True when the value is a valid `Item` (stops at the first error). */
export function isItem(value: unknown): value is Item {
  return checkItem(value, '', _ctx(_FAST, 0));
}

/** Validates a `Pong` (#/components/schemas/Pong) exactly as its JSON Schema says. */
export function validatePong(value: unknown, options?: ValidateOptions): ValidationResult<Pong> {
  const c = _ctx(options, 0);
  return _result<Pong>(checkPong(value, '', c), value, c);
}

/** True when the value is a valid `Pong` (stops at the first error). */
export function isPong(value: unknown): value is Pong {
  return checkPong(value, '', _ctx(_FAST, 0));
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

/** Validates the 200 response body of `GET /export` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateExportItemsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ExportItemsResponse200> {
  const c = _ctx(options, 3);
  return _result<ExportItemsResponse200>(checkExportItemsResponse200(value, '', c), value, c);
}

/** Validates the default response body of `GET /export` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateExportItemsResponseDefault(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ExportItemsResponseDefault> {
  const c = _ctx(options, 3);
  return _result<ExportItemsResponseDefault>(checkProblem(value, '', c), value, c);
}

/** Validates the path parameters of `GET /items/{id}` (an object keyed by parameter name). */
export function validateGetItemPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetItemPathParams> {
  const c = _ctx(options, 1);
  return _result<GetItemPathParams>(checkGetItemPathParams(value, '', c), value, c);
}

/** Validates the 200 response body of `GET /items/{id}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetItemResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetItemResponse200> {
  const c = _ctx(options, 3);
  return _result<GetItemResponse200>(checkItem(value, '', c), value, c);
}

/** Validates the 404 response body of `GET /items/{id}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetItemResponse404(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetItemResponse404> {
  const c = _ctx(options, 3);
  return _result<GetItemResponse404>(checkProblem(value, '', c), value, c);
}

/** Validates the 4XX response body of `GET /items/{id}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetItemResponse4XX(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetItemResponse4XX> {
  const c = _ctx(options, 3);
  return _result<GetItemResponse4XX>(checkProblem(value, '', c), value, c);
}

/** Validates the 5XX response body of `GET /items/{id}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetItemResponse5XX(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetItemResponse5XX> {
  const c = _ctx(options, 3);
  return _result<GetItemResponse5XX>(checkProblem(value, '', c), value, c);
}

/** Validates the path parameters of `DELETE /items/{id}` (an object keyed by parameter name). */
export function validateDeleteItemPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<DeleteItemPathParams> {
  const c = _ctx(options, 1);
  return _result<DeleteItemPathParams>(checkDeleteItemPathParams(value, '', c), value, c);
}

/** Validates the path parameters of `HEAD /items/{id}` (an object keyed by parameter name). */
export function validateItemExistsPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ItemExistsPathParams> {
  const c = _ctx(options, 1);
  return _result<ItemExistsPathParams>(checkItemExistsPathParams(value, '', c), value, c);
}

/** Validates the default response body of `GET /ping` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validatePingResponseDefault(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PingResponseDefault> {
  const c = _ctx(options, 3);
  return _result<PingResponseDefault>(checkPong(value, '', c), value, c);
}

/** Validates the 200 response body of `GET /readme` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetReadmeResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetReadmeResponse200> {
  const c = _ctx(options, 3);
  return _result<GetReadmeResponse200>(checkGetReadmeResponse200(value, '', c), value, c);
}

/** Validates the request body of `POST /wild` (request mode: readOnly properties are rejected). */
export function validatePostWildBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PostWildBody> {
  const c = _ctx(options, 1);
  return _result<PostWildBody>(checkItem(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /wild` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validatePostWildResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PostWildResponse200> {
  const c = _ctx(options, 3);
  return _result<PostWildResponse200>(checkItem(value, '', c), value, c);
}

/** #/components/schemas/Item */
function checkItem(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/id', 'type', 'integer')) return false;
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
  return c.e.length === e;
}

/** #/components/schemas/Pong */
function checkPong(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.at;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/at', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Problem */
function checkProblem(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.title;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'title')) return false;
    } else {
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

/** 200 response of GET /export */
function checkExportItemsResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** path parameters of GET /items/{id} */
function checkGetItemPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of DELETE /items/{id} */
function checkDeleteItemPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of HEAD /items/{id} */
function checkItemExistsPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of GET /readme */
function checkGetReadmeResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
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
    case 'required':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: "must have required property '" + a + "'",
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
