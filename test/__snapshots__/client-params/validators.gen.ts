// Generated from test/fixtures/client-params.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  SearchHeaders,
  SearchPathParams,
  SearchQueryParams,
  SearchResponse200,
  SubmitFormBody,
  UploadBody,
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

/** Validates the request body of `POST /forms` (request mode: readOnly properties are rejected). */
export function validateSubmitFormBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SubmitFormBody> {
  const c = _ctx(options, 1);
  return _result<SubmitFormBody>(checkSubmitFormBody(value, '', c), value, c);
}

/** Validates the path parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchPathParams> {
  const c = _ctx(options, 1);
  return _result<SearchPathParams>(checkSearchPathParams(value, '', c), value, c);
}

/** Validates the query parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchQueryParams> {
  const c = _ctx(options, 1);
  return _result<SearchQueryParams>(checkSearchQueryParams(value, '', c), value, c);
}

/** Validates the header parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchHeaders> {
  const c = _ctx(options, 1);
  return _result<SearchHeaders>(checkSearchHeaders(value, '', c), value, c);
}

/** Validates the 200 response body of `GET /search/{id}/{label}/{matrix}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateSearchResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchResponse200> {
  const c = _ctx(options, 3);
  return _result<SearchResponse200>(checkSearchResponse200(value, '', c), value, c);
}

/** Validates the request body of `PUT /upload` (request mode: readOnly properties are rejected). */
export function validateUploadBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadBody> {
  const c = _ctx(options, 1);
  return _result<UploadBody>(checkUploadBody(value, '', c), value, c);
}

/** request body of POST /forms */
function checkSubmitFormBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.name;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'name')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/name', 'type', 'string')) return false;
      }
    }
    const v2 = v.tags;
    if (v2 !== undefined) {
      if (Array.isArray(v2)) {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (typeof v4 !== 'string') {
            if (_err(c, p + '/tags/' + i3, 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/tags', 'type', 'array')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of GET /search/{id}/{label}/{matrix} */
function checkSearchPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'id')) return false;
    } else {
      if (Array.isArray(v1)) {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const v3 = v1[i2];
          if (!Number.isInteger(v3)) {
            if (_err(c, p + '/id/' + i2, 'type', 'integer')) return false;
          }
        }
      } else {
        if (_err(c, p + '/id', 'type', 'array')) return false;
      }
    }
    const v4 = v.label;
    if (v4 === undefined) {
      if (_err(c, p, 'required', 'label')) return false;
    } else {
      if (Array.isArray(v4)) {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (typeof v6 !== 'string') {
            if (_err(c, p + '/label/' + i5, 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/label', 'type', 'array')) return false;
      }
    }
    const v7 = v.matrix;
    if (v7 === undefined) {
      if (_err(c, p, 'required', 'matrix')) return false;
    } else {
      if (_isObj(v7)) {
        for (const k8 in v7) {
          const v9 = v7[k8];
          if (typeof v9 !== 'string') {
            if (_err(c, p + '/matrix/' + _esc(k8), 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/matrix', 'type', 'object')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** query parameters of GET /search/{id}/{label}/{matrix} */
function checkSearchQueryParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.tags;
    if (v1 !== undefined) {
      if (Array.isArray(v1)) {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const v3 = v1[i2];
          if (typeof v3 !== 'string') {
            if (_err(c, p + '/tags/' + i2, 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/tags', 'type', 'array')) return false;
      }
    }
    const v4 = v.csv;
    if (v4 !== undefined) {
      if (Array.isArray(v4)) {
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (typeof v6 !== 'string') {
            if (_err(c, p + '/csv/' + i5, 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/csv', 'type', 'array')) return false;
      }
    }
    const v7 = v.spaced;
    if (v7 !== undefined) {
      if (Array.isArray(v7)) {
        for (let i8 = 0; i8 < v7.length; i8++) {
          const v9 = v7[i8];
          if (!Number.isInteger(v9)) {
            if (_err(c, p + '/spaced/' + i8, 'type', 'integer')) return false;
          }
        }
      } else {
        if (_err(c, p + '/spaced', 'type', 'array')) return false;
      }
    }
    const v10 = v.piped;
    if (v10 !== undefined) {
      if (Array.isArray(v10)) {
        for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (!Number.isInteger(v12)) {
            if (_err(c, p + '/piped/' + i11, 'type', 'integer')) return false;
          }
        }
      } else {
        if (_err(c, p + '/piped', 'type', 'array')) return false;
      }
    }
    const v13 = v.filter;
    if (v13 !== undefined) {
      if (_isObj(v13)) {
        for (const k14 in v13) {
          const v15 = v13[k14];
          if (typeof v15 !== 'string') {
            if (_err(c, p + '/filter/' + _esc(k14), 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/filter', 'type', 'object')) return false;
      }
    }
    const v16 = v.point;
    if (v16 !== undefined) {
      if (_isObj(v16)) {
        const v17 = v16.x;
        if (v17 !== undefined) {
          if (!Number.isInteger(v17)) {
            if (_err(c, p + '/point/x', 'type', 'integer')) return false;
          }
        }
        const v18 = v16.y;
        if (v18 !== undefined) {
          if (!Number.isInteger(v18)) {
            if (_err(c, p + '/point/y', 'type', 'integer')) return false;
          }
        }
      } else {
        if (_err(c, p + '/point', 'type', 'object')) return false;
      }
    }
    const v19 = v.redirect;
    if (v19 !== undefined) {
      if (typeof v19 !== 'string') {
        if (_err(c, p + '/redirect', 'type', 'string')) return false;
      }
    }
    const v20 = v.q;
    if (v20 === undefined) {
      if (_err(c, p, 'required', 'q')) return false;
    } else {
      if (typeof v20 !== 'string') {
        if (_err(c, p + '/q', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** header parameters of GET /search/{id}/{label}/{matrix} */
function checkSearchHeaders(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v['X-Trace'];
    if (v1 !== undefined) {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/X-Trace', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of GET /search/{id}/{label}/{matrix} */
function checkSearchResponse200(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (Array.isArray(v)) {
    for (let i1 = 0; i1 < v.length; i1++) {
      const v2 = v[i1];
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/' + i1, 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'array')) return false;
  }
  return c.e.length === e;
}

/** request body of PUT /upload */
function checkUploadBody(v: unknown, p: string, c: _Ctx): boolean {
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

/** A property name as a JSON pointer segment (RFC 6901). */
function _esc(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k;
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
