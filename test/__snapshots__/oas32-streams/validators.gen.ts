// Generated from test/fixtures/oas32-streams.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  LogEntry,
  Problem,
  TailLogsNdjsonResponse200,
  TailLogsResponse200,
  TailLogsSeqResponse200,
  WatchEventsResponse200,
  WatchEventsResponse404,
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

/** Validates a `LogEntry` (#/components/schemas/LogEntry) exactly as its JSON Schema says. */
export function validateLogEntry(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<LogEntry> {
  return _validate<LogEntry>(checkLogEntry, value, options, 0);
}

/** True when the value is a valid `LogEntry` (stops at the first error). */
export function isLogEntry(value: unknown): value is LogEntry {
  return _is(checkLogEntry, value);
}

/** Validates a `Problem` (#/components/schemas/Problem) exactly as its JSON Schema says. */
export function validateProblem(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Problem> {
  return _validate<Problem>(checkProblem, value, options, 0);
}

/** True when the value is a valid `Problem` (stops at the first error). */
export function isProblem(value: unknown): value is Problem {
  return _is(checkProblem, value);
}

/** Validates the 200 response body of `GET /events` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateWatchEventsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<WatchEventsResponse200> {
  return _validate<WatchEventsResponse200>(checkWatchEventsResponse200, value, options, 3);
}

/** Validates the 404 response body of `GET /events` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateWatchEventsResponse404(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<WatchEventsResponse404> {
  return _validate<WatchEventsResponse404>(checkProblem, value, options, 3);
}

/** Validates the 200 response body of `GET /logs` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateTailLogsResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<TailLogsResponse200> {
  return _validate<TailLogsResponse200>(checkLogEntry, value, options, 3);
}

/** Validates the 200 response body of `GET /logs/ndjson` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateTailLogsNdjsonResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<TailLogsNdjsonResponse200> {
  return _validate<TailLogsNdjsonResponse200>(checkLogEntry, value, options, 3);
}

/** Validates the 200 response body of `GET /logs/seq` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateTailLogsSeqResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<TailLogsSeqResponse200> {
  return _validate<TailLogsSeqResponse200>(checkLogEntry, value, options, 3);
}

/** #/components/schemas/LogEntry */
function checkLogEntry(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.level;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'level')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/level', 'type', 'string')) return false;
      }
      if (v1 !== 'info' && v1 !== 'warn' && v1 !== 'error') {
        if (_tol(c, p + '/level', 'enum', 'one of "info", "warn", "error"') && c.ff) return false;
      }
    }
    const v2 = v.message;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'message')) return false;
    } else {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/message', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Problem */
function checkProblem(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.title;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/title', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** 200 response of GET /events */
function checkWatchEventsResponse200(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.event;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/event', 'type', 'string')) return false;
      }
      if (v1 !== 'created' && v1 !== 'deleted') {
        if (_tol(c, p + '/event', 'enum', 'one of "created", "deleted"') && c.ff) return false;
      }
    }
    const v2 = v.data;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'data')) return false;
    } else {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/data', 'type', 'string')) return false;
      }
    }
    const v3 = v.id;
    if (v3 !== undefined) {
      if (typeof v3 !== 'string') {
        if (_err(c, p + '/id', 'type', 'string')) return false;
      }
    }
    const v4 = v.retry;
    if (v4 !== undefined) {
      if (!Number.isInteger(v4)) {
        if (_err(c, p + '/retry', 'type', 'integer')) return false;
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

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(false, true, 0, _MAX_DEPTH);

/** A type guard: true when valid; too deep is invalid. */
function _is(check: _Check, value: unknown): boolean {
  try {
    return check(value, '', _G, 0);
  } catch (x) {
    if (x instanceof _Deep) return false;
    throw x;
  }
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

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    const r: _Raw = { pointer, keyword, expected: a, message: '' };
    if (c.w.length === 0) c.w = [r];
    else c.w.push(r);
    return false;
  }
  if (c.r) _add(c, { pointer, keyword, expected: a, message: '' });
  return true;
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
    case 'enum':
      r.message = 'must be equal to one of the allowed values';
      r.expected = a;
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
}
