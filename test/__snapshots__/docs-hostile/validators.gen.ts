// Generated from test/fixtures/docs-hostile.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  CreateItemBody,
  CreateItemPathParams,
  CreateItemQueryParams,
  CreateItemResponse200,
  HostileEnum,
  HostileItem,
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

/** Validates a `HostileEnum` (#/components/schemas/HostileEnum) exactly as its JSON Schema says. */
export function validateHostileEnum(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<HostileEnum> {
  const c = _ctx(options, 0);
  return _result<HostileEnum>(checkHostileEnum(value, '', c), value, c);
}

/** True when the value is a valid `HostileEnum` (stops at the first error). */
export function isHostileEnum(value: unknown): value is HostileEnum {
  return checkHostileEnum(value, '', _ctx(_FAST, 0));
}

/** Validates a `HostileItem` (#/components/schemas/HostileItem) exactly as its JSON Schema says. */
export function validateHostileItem(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<HostileItem> {
  const c = _ctx(options, 0);
  return _result<HostileItem>(checkHostileItem(value, '', c), value, c);
}

/** True when the value is a valid `HostileItem` (stops at the first error). */
export function isHostileItem(value: unknown): value is HostileItem {
  return checkHostileItem(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `POST /items/{item_id}` (request mode: readOnly properties are rejected). */
export function validateCreateItemBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateItemBody> {
  const c = _ctx(options, 1);
  return _result<CreateItemBody>(checkHostileItem(value, '', c), value, c);
}

/** Validates the path parameters of `POST /items/{item_id}` (an object keyed by parameter name). */
export function validateCreateItemPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateItemPathParams> {
  const c = _ctx(options, 1);
  return _result<CreateItemPathParams>(checkCreateItemPathParams(value, '', c), value, c);
}

/** Validates the query parameters of `POST /items/{item_id}` (an object keyed by parameter name). */
export function validateCreateItemQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateItemQueryParams> {
  const c = _ctx(options, 1);
  return _result<CreateItemQueryParams>(checkCreateItemQueryParams(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /items/{item_id}` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreateItemResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateItemResponse200> {
  const c = _ctx(options, 3);
  return _result<CreateItemResponse200>(checkHostileItem(value, '', c), value, c);
}

const _enum1 = new Set<unknown>([
  '</script>',
  '*/',
  '${x}',
  'a|b',
  '`tick`',
  '{{ x }}',
  '<img src=x onerror="window.__pwned = 5">',
  '# heading',
  '[link](x)',
]);
const _re1 = new RegExp('^[a-z|]+`{2}$', 'u');
const _enum2 = new Set<unknown>([
  '</script>',
  '*/',
  '${x}',
  'a|b',
  '`tick`',
  '{{ x }}',
  '**bold**',
  '',
  ' spaced ',
]);

/** #/components/schemas/HostileEnum */
function checkHostileEnum(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  if (!_enum1.has(v)) {
    if (
      _tol(
        c,
        p,
        'enum',
        'one of "</script>", "*/", "${x}", "a|b", "`tick`", "{{ x }}", "<img src=x onerror=\\"window.__pwned = 5\\">", "# heading", "[link](x)"',
      ) &&
      c.ff
    )
      return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/HostileItem */
function checkHostileItem(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v['a|b'];
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'a|b')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/a|b', 'type', 'string')) return false;
      }
    }
    const v2 = v['`tick`'];
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/`tick`', 'type', 'string')) return false;
      }
    }
    const v3 = v['{{ name }}'];
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/{{ name }}', 'type', 'string')) return false;
      }
    }
    const v4 = v.nested;
    if (v4 !== undefined) {
      if (_isObj(v4)) {
        const v5 = v4['<b>'];
        if (v5 !== undefined) {
          if (typeof v5 !== 'string') {
            if (_err(c, p + '/nested/<b>', 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/nested', 'type', 'object')) return false;
      }
    }
    const v6 = v.kind;
    if (v6 !== undefined) {
      if (!checkHostileEnum(v6, p + '/kind', c) && c.ff) return false;
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of POST /items/{item_id} */
function checkCreateItemPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.item_id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'item_id')) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_re1.test(v1)) {
          if (_err(c, p + '/item_id', 'pattern', '^[a-z|]+`{2}$')) return false;
        }
      } else {
        if (_err(c, p + '/item_id', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** query parameters of POST /items/{item_id} */
function checkCreateItemQueryParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.mode;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/mode', 'type', 'string')) return false;
      }
      if (!_enum2.has(v1)) {
        if (
          _tol(
            c,
            p + '/mode',
            'enum',
            'one of "</script>", "*/", "${x}", "a|b", "`tick`", "{{ x }}", "**bold**", "", " spaced "',
          ) &&
          c.ff
        )
          return false;
      }
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
    case 'pattern':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must match pattern "' + a + '"' };
    case 'enum':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be equal to one of the allowed values',
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}
