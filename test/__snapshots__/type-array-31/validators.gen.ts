// Generated from test/fixtures/type-array-31.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type { PutSettingsBody, PutSettingsResponse200, Settings } from './types.gen.js';

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

/** Validates a `Settings` (#/components/schemas/Settings) exactly as its JSON Schema says. */
export function validateSettings(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Settings>;
export function validateSettings(value: unknown): ValidationResult<Settings> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Settings>(checkSettings(value, '', c, 0), value, c);
}

/** True when the value is a valid `Settings` (stops at the first error). */
export function isSettings(value: unknown): value is Settings {
  return _is(checkSettings, value);
}

/** Validates the request body of `PUT /settings` (request mode: readOnly properties are rejected). */
export function validatePutSettingsBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PutSettingsBody>;
export function validatePutSettingsBody(value: unknown): ValidationResult<PutSettingsBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<PutSettingsBody>(checkSettings(value, '', c, 0), value, c);
}

/** Validates the 200 response body of `PUT /settings` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validatePutSettingsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<PutSettingsResponse200>;
export function validatePutSettingsResponse200(
  value: unknown,
): ValidationResult<PutSettingsResponse200> {
  const c = _ctxOf(arguments[1], 3);
  return _result<PutSettingsResponse200>(checkSettings(value, '', c, 0), value, c);
}

/** #/components/schemas/Settings */
function checkSettings(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.kind;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'kind', "must have required property 'kind'");
      if (c.ff) return false;
    } else {
      if (v1 !== 'settings') {
        c.e = _err(c.e, p + '/kind', 'const', '"settings"', 'must be equal to constant');
        if (c.ff) return false;
      }
    }
    const v2 = v.theme;
    if (v2 !== undefined) {
      if (!(typeof v2 === 'string' || v2 === null)) {
        c.e = _err(c.e, p + '/theme', 'type', 'string | null', 'must be string or null');
        if (c.ff) return false;
      }
    }
    const v3 = v.volume;
    if (v3 !== undefined) {
      if (typeof v3 === 'number') {
        if (v3 <= 0) {
          c.e = _err(c.e, p + '/volume', 'exclusiveMinimum', '> 0', 'must be > 0');
          if (c.ff) return false;
        }
        if (v3 >= 11) {
          c.e = _err(c.e, p + '/volume', 'exclusiveMaximum', '< 11', 'must be < 11');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/volume', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v4 = v.tags;
    if (v4 !== undefined) {
      if (Array.isArray(v4)) {
        if (v4.length > 5) {
          c.e = _err(c.e, p + '/tags', 'maxItems', '<= 5 items', 'must NOT have more than 5 items');
          if (c.ff) return false;
        }
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (typeof v6 !== 'string') {
            c.e = _err(c.e, p + '/tags/' + i5, 'type', 'string', 'must be string');
            if (c.ff) return false;
          }
        }
        const d7 = _dup(v4);
        if (d7 !== undefined) {
          c.e = _errOf(c.e, p + '/tags', 'uniqueItems', d7);
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/tags', 'type', 'array', 'must be array');
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

/** `_err` for a parameter `a` known only at run time: `_issue` writes the texts, when recorded. */
function _errOf(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  a: unknown,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, _issue(pointer, keyword, a));
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON equality: same type, same array items in order, same object keys and values. */
function _equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return a !== a && b !== b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!_equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (
      !Object.hasOwn(b, k) ||
      !_equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/** Indices of the first two equal items, or undefined (uniqueItems). */
function _dup(a: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'object' || x === null) {
      const j = seen.get(x);
      if (j !== undefined) return [j, i];
      seen.set(x, i);
    } else {
      for (let j = 0; j < i; j++) if (_equal(a[j], x)) return [j, i];
    }
  }
  return undefined;
}

/**
 * An error whose parameter `a` is known only at run time (its shape depends on the keyword). Errors
 * with a parameter the schema fixes got their texts at generation time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function _issue(pointer: string, keyword: string, a: any): ValidationError {
  const r: ValidationError = { pointer, keyword, expected: '', message: '' };
  switch (keyword) {
    case 'uniqueItems':
      r.message =
        'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)';
      r.expected = 'unique items';
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
  return r;
}
