// Generated from test/fixtures/client-deep-bodies.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { EchoTreeBody, EchoTreeResponse200, Node } from './types.gen.js';

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

/** Validates a `Node` (#/components/schemas/Node) exactly as its JSON Schema says. */
export function validateNode(value: unknown, options?: ValidateOptions): ValidationResult<Node> {
  const c = _ctx(options, 0);
  return _result<Node>(checkNode(value, '', c), value, c);
}

/** True when the value is a valid `Node` (stops at the first error). */
export function isNode(value: unknown): value is Node {
  return checkNode(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `POST /tree` (request mode: readOnly properties are rejected). */
export function validateEchoTreeBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EchoTreeBody> {
  const c = _ctx(options, 1);
  return _result<EchoTreeBody>(checkNode(value, '', c), value, c);
}

/** Validates the 200 response body of `POST /tree` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateEchoTreeResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<EchoTreeResponse200> {
  const c = _ctx(options, 3);
  return _result<EchoTreeResponse200>(checkNode(value, '', c), value, c);
}

/** #/components/schemas/Node */
function checkNode(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.name;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/name', 'type', 'string')) return false;
      }
    }
    const v2 = v.child;
    if (v2 !== undefined) {
      if (!checkNode(v2, p + '/child', c) && c.ff) return false;
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
