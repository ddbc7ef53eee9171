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

/** Validates the request body of `POST /forms` (request mode: readOnly properties are rejected). */
export function validateSubmitFormBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SubmitFormBody> {
  return _validate<SubmitFormBody>(checkSubmitFormBody, value, options, 1);
}

/** Validates the path parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchPathParams> {
  return _validate<SearchPathParams>(checkSearchPathParams, value, options, 1);
}

/** Validates the query parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchQueryParams> {
  return _validate<SearchQueryParams>(checkSearchQueryParams, value, options, 1);
}

/** Validates the header parameters of `GET /search/{id}/{label}/{matrix}` (an object keyed by parameter name). */
export function validateSearchHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchHeaders> {
  return _validate<SearchHeaders>(checkSearchHeaders, value, options, 1);
}

/** Validates the 200 response body of `GET /search/{id}/{label}/{matrix}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateSearchResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<SearchResponse200> {
  return _validate<SearchResponse200>(checkSearchResponse200, value, options, 3);
}

/** Validates the request body of `PUT /upload` (request mode: readOnly properties are rejected). */
export function validateUploadBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadBody> {
  return _validate<UploadBody>(checkUploadBody, value, options, 1);
}

/** request body of POST /forms */
function checkSubmitFormBody(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkSearchPathParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkSearchQueryParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkSearchHeaders(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkSearchResponse200(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkUploadBody(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
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

/** A property name as a JSON pointer segment (RFC 6901). */
function _esc(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k;
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
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
}
