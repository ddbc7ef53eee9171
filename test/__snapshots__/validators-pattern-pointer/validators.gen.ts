// Generated from test/fixtures/validators-pattern-pointer.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { Extensions } from './types.gen.js';

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

/** Validates a `Extensions` (#/components/schemas/Extensions) exactly as its JSON Schema says. */
export function validateExtensions(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Extensions>;
export function validateExtensions(value: unknown): ValidationResult<Extensions> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Extensions>(checkExtensions(value, '', c, 0), value, c);
}

/** True when the value is a valid `Extensions` (stops at the first error). */
export function isExtensions(value: unknown): value is Extensions {
  return _is(checkExtensions, value);
}

const _re1 = new RegExp('^x-.*', 'u');
const _re2 = new RegExp('^/*/.*$', 'u');

/** #/components/schemas/Extensions */
function checkExtensions(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    for (const k1 in v) {
      const v2 = v[k1];
      if (_re1.test(k1)) {
        if (_isObj(v2)) {
          const v3 = v2.a;
          if (v3 !== undefined) {
            if (typeof v3 !== 'string') {
              c.e = _err(c.e, p + '/' + _esc(k1) + '/a', 'type', 'string', 'must be string');
              if (c.ff) return false;
            }
          }
          const v4 = v2.nested;
          if (v4 !== undefined) {
            if (_isObj(v4)) {
              const v5 = v4.c;
              if (v5 !== undefined) {
                if (!Number.isInteger(v5)) {
                  c.e = _err(
                    c.e,
                    p + '/' + _esc(k1) + '/nested/c',
                    'type',
                    'integer',
                    'must be integer',
                  );
                  if (c.ff) return false;
                }
              }
            } else {
              c.e = _err(c.e, p + '/' + _esc(k1) + '/nested', 'type', 'object', 'must be object');
              if (c.ff) return false;
            }
          }
        } else {
          c.e = _err(c.e, p + '/' + _esc(k1), 'type', 'object', 'must be object');
          if (c.ff) return false;
        }
      }
      if (_re2.test(k1)) {
        if (_isObj(v2)) {
          const v6 = v2.b;
          if (v6 !== undefined) {
            if (typeof v6 !== 'string') {
              c.e = _err(c.e, p + '/' + _esc(k1) + '/b', 'type', 'string', 'must be string');
              if (c.ff) return false;
            }
          }
        } else {
          c.e = _err(c.e, p + '/' + _esc(k1), 'type', 'object', 'must be object');
          if (c.ff) return false;
        }
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

/** A property name as a JSON pointer segment (RFC 6901). */
function _esc(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k;
}
