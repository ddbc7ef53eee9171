// Generated from test/fixtures/docs-row-budget.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { Author, Book, GetShelfResponse200, Shelf } from './types.gen.js';

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

/** Validates a `Author` (#/components/schemas/Author) exactly as its JSON Schema says. */
export function validateAuthor(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Author> {
  const c = _ctx(options, 0);
  return _result<Author>(checkAuthor(value, '', c), value, c);
}

/** True when the value is a valid `Author` (stops at the first error). */
export function isAuthor(value: unknown): value is Author {
  return checkAuthor(value, '', _ctx(_FAST, 0));
}

/** Validates a `Book` (#/components/schemas/Book) exactly as its JSON Schema says. */
export function validateBook(value: unknown, options?: ValidateOptions): ValidationResult<Book> {
  const c = _ctx(options, 0);
  return _result<Book>(checkBook(value, '', c), value, c);
}

/** True when the value is a valid `Book` (stops at the first error). */
export function isBook(value: unknown): value is Book {
  return checkBook(value, '', _ctx(_FAST, 0));
}

/** Validates a `Shelf` (#/components/schemas/Shelf) exactly as its JSON Schema says. */
export function validateShelf(value: unknown, options?: ValidateOptions): ValidationResult<Shelf> {
  const c = _ctx(options, 0);
  return _result<Shelf>(checkShelf(value, '', c), value, c);
}

/** True when the value is a valid `Shelf` (stops at the first error). */
export function isShelf(value: unknown): value is Shelf {
  return checkShelf(value, '', _ctx(_FAST, 0));
}

/** Validates the 200 response body of `GET /shelf` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateGetShelfResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<GetShelfResponse200> {
  const c = _ctx(options, 3);
  return _result<GetShelfResponse200>(checkShelf(value, '', c), value, c);
}

/** #/components/schemas/Author */
function checkAuthor(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.field1;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/field1', 'type', 'string')) return false;
      }
    }
    const v2 = v.field2;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/field2', 'type', 'string')) return false;
      }
    }
    const v3 = v.field3;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/field3', 'type', 'string')) return false;
      }
    }
    const v4 = v.field4;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/field4', 'type', 'string')) return false;
      }
    }
    const v5 = v.field5;
    if (v5 !== undefined) {
      if (typeof v5 !== 'string') {
        if (_err(c, p + '/field5', 'type', 'string')) return false;
      }
    }
    const v6 = v.field6;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        if (_err(c, p + '/field6', 'type', 'string')) return false;
      }
    }
    const v7 = v.field7;
    if (v7 !== undefined) {
      if (typeof v7 !== 'string') {
        if (_err(c, p + '/field7', 'type', 'string')) return false;
      }
    }
    const v8 = v.field8;
    if (v8 !== undefined) {
      if (typeof v8 !== 'string') {
        if (_err(c, p + '/field8', 'type', 'string')) return false;
      }
    }
    const v9 = v.field9;
    if (v9 !== undefined) {
      if (typeof v9 !== 'string') {
        if (_err(c, p + '/field9', 'type', 'string')) return false;
      }
    }
    const v10 = v.field10;
    if (v10 !== undefined) {
      if (typeof v10 !== 'string') {
        if (_err(c, p + '/field10', 'type', 'string')) return false;
      }
    }
    const v11 = v.field11;
    if (v11 !== undefined) {
      if (typeof v11 !== 'string') {
        if (_err(c, p + '/field11', 'type', 'string')) return false;
      }
    }
    const v12 = v.field12;
    if (v12 !== undefined) {
      if (typeof v12 !== 'string') {
        if (_err(c, p + '/field12', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Book */
function checkBook(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.author1;
    if (v1 !== undefined) {
      if (!checkAuthor(v1, p + '/author1', c) && c.ff) return false;
    }
    const v2 = v.author2;
    if (v2 !== undefined) {
      if (!checkAuthor(v2, p + '/author2', c) && c.ff) return false;
    }
    const v3 = v.author3;
    if (v3 !== undefined) {
      if (!checkAuthor(v3, p + '/author3', c) && c.ff) return false;
    }
    const v4 = v.author4;
    if (v4 !== undefined) {
      if (!checkAuthor(v4, p + '/author4', c) && c.ff) return false;
    }
    const v5 = v.author5;
    if (v5 !== undefined) {
      if (!checkAuthor(v5, p + '/author5', c) && c.ff) return false;
    }
    const v6 = v.author6;
    if (v6 !== undefined) {
      if (!checkAuthor(v6, p + '/author6', c) && c.ff) return false;
    }
    const v7 = v.author7;
    if (v7 !== undefined) {
      if (!checkAuthor(v7, p + '/author7', c) && c.ff) return false;
    }
    const v8 = v.author8;
    if (v8 !== undefined) {
      if (!checkAuthor(v8, p + '/author8', c) && c.ff) return false;
    }
    const v9 = v.author9;
    if (v9 !== undefined) {
      if (!checkAuthor(v9, p + '/author9', c) && c.ff) return false;
    }
    const v10 = v.author10;
    if (v10 !== undefined) {
      if (!checkAuthor(v10, p + '/author10', c) && c.ff) return false;
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Shelf */
function checkShelf(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.book;
    if (v1 !== undefined) {
      if (!checkBook(v1, p + '/book', c) && c.ff) return false;
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
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
