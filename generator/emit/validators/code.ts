import { OBJECT_PROTOTYPE_MEMBERS } from '../../common/javascript.js';
import type { CheckModule } from './check-module.js';
import { stringLiteral } from '../../escape/typescript.js';
import { jsJson, jsNumber } from './print/literal.js';
import { errorTexts, type ErrorParam } from './messages.js';

/**
 * Small code-building pieces shared by the keyword compilers. A keyword compiler returns statements
 * (strings) that check the value in `Place.v`; on failure they record an error, and return from the
 * check at once in fail-fast mode. A check is valid when it recorded no error (`c.e.length` did not
 * grow), so failing needs no flag. Pointers are built only on the failure path.
 */

/** One segment of the pointer below the check's `p`: static text (`/a`), or `/` + an expression (index, escaped key). */
export type PathPart = { text: string } | { expr: string };

/** Where a value is: the local holding it and its pointer relative to the check's `p`. */
export interface Place {
  v: string;
  path: PathPart[];
}

/** The function being compiled: the module it belongs to and its local-name counter. */
export class Fn {
  private n = 0;

  constructor(
    readonly module: CheckModule,
    readonly name: string,
  ) {}

  /** The body reads `d` (it calls a check): otherwise the parameter is `_d`, unused. */
  usesDepth = false;

  /**
   * The parameters of this check function; `empty`: its body is `return true;` and reads none of them
   * (an unused parameter is an error under `noUnusedParameters` unless its name starts with `_`).
   */
  params(object = false, empty = false): string[] {
    const u = empty ? '_' : '';
    return [`${u}v: ${object ? 'Record<string, unknown>' : 'unknown'}`, `${u}p: string`, `${u}c: _Ctx`, this.usesDepth ? 'd: number' : '_d: number'];
  }

  /** A fresh local name (`v1`, `i2` ...); never `v`, `p`, `c` or `e`, which every check uses. */
  local(prefix: string): string {
    this.n += 1;
    return `${prefix}${this.n}`;
  }
}

/** A string literal, as prettier prints it (print/literal.ts). */
export const lit = stringLiteral;

/** A JSON value as a literal expression, as prettier prints it. */
export const jsonLit = jsJson;

/** A number literal, as prettier prints it. */
export const num = jsNumber;

/** RFC 6901 escaping of one segment, at generation time. */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The place of a child: `at` plus a static segment. */
export function childPlace(at: Place, v: string, segment: string | number): Place {
  return { v, path: [...at.path, { text: `/${escapeSegment(String(segment))}` }] };
}

/** The pointer expression of a place: `p`, `p + '/a/b'`, `p + '/items/' + i1`. */
export function pointerOf(at: Place): string {
  const terms = ['p'];
  let text = '';
  for (const part of at.path) {
    if ('text' in part) {
      text += part.text;
    } else {
      terms.push(lit(`${text}/`));
      text = '';
      terms.push(part.expr);
    }
  }
  if (text) terms.push(lit(text));
  return terms.join(' + ');
}

/** Arguments of `_err` / `_tol` after the list or context: the keyword and its texts, written now (messages.ts). */
function errorArgs(at: Place, keyword: string, param: ErrorParam): string {
  const { expected, message } = errorTexts(keyword, param);
  return `${pointerOf(at)}, ${lit(keyword)}, ${lit(expected)}, ${lit(message)}`;
}

/** Arguments of `_errOf` / `_tolOf` after the list or context: the keyword and its parameter (code), whose texts `_issue` writes at run time. */
function runtimeErrorArgs(fn: Fn, at: Place, keyword: string, param: string): string {
  fn.module.keywords.add(keyword);
  return `${pointerOf(at)}, ${lit(keyword)}, ${param}`;
}

/**
 * Records an error, and returns at once in fail-fast mode. `param` is the keyword's parameter, fixed by
 * the schema. `_err` gets and returns the error list, not the context (runtime.ts says why).
 */
export function fail(fn: Fn, at: Place, keyword: string, param?: ErrorParam): string[] {
  fn.module.use('_err');
  return [`c.e = _err(c.e, ${errorArgs(at, keyword, param)});`, 'if (c.ff) return false;'];
}

/** `fail` for a parameter known only at run time: `param` is code (a property name, a tag value). */
export function failOf(fn: Fn, at: Place, keyword: string, param: string): string[] {
  fn.module.use('_errOf');
  return [`c.e = _errOf(c.e, ${runtimeErrorArgs(fn, at, keyword, param)});`, 'if (c.ff) return false;'];
}

/** An error, except in a tolerant response (mode 3) where it is a warning and the value passes. */
export function tolerantFail(fn: Fn, at: Place, keyword: string, param?: ErrorParam): string[] {
  fn.module.use('_tol');
  return [`if (_tol(c, ${errorArgs(at, keyword, param)}) && c.ff) return false;`];
}

/** `tolerantFail` for a parameter known only at run time (`param` is code). */
export function tolerantFailOf(fn: Fn, at: Place, keyword: string, param: string): string[] {
  fn.module.use('_tolOf');
  return [`if (_tolOf(c, ${runtimeErrorArgs(fn, at, keyword, param)}) && c.ff) return false;`];
}

/** Calls another check on the same or a child value; its errors are already recorded. */
export function callCheck(fn: Fn, check: string, at: Place): string[] {
  return [`if (!${checkCall(fn, check, at)} && c.ff) return false;`];
}

/**
 * The call of a check on the value at `at` (`check(v1, p + '/a', c, d + 1)`), recorded in the module's
 * call graph so recursive checks get their depth guard (check-module.ts).
 */
export function checkCall(fn: Fn, check: string, at: Place, value = at.v): string {
  fn.module.calls(fn.name, check, at.path.length === 0);
  fn.usesDepth = true;
  return `${check}(${value}, ${pointerOf(at)}, c, ${depthOf(at)})`;
}

/**
 * A call of a runtime helper that runs checks on the value at `at` (`_anyOf(v, p, c, d, _branches1)`):
 * `args` follow the value, pointer, context and depth; `callees` are recorded as called on the same
 * value (or on its items, for `contains`).
 */
export function runtimeCall(fn: Fn, helper: string, at: Place, args: string, callees: string[], sameValue = true): string {
  for (const callee of callees) fn.module.calls(fn.name, callee, sameValue && at.path.length === 0);
  fn.usesDepth = true;
  return `${helper}(${at.v}, ${pointerOf(at)}, c, ${depthOf(at)}, ${args})`;
}

/**
 * The nesting depth of the value at `at`: the check's `d` plus one per path segment below it. Checks
 * that recurse compare it with `maxDepth`, so a deep value is an error instead of a stack overflow.
 */
export function depthOf(at: Place): string {
  return at.path.length === 0 ? 'd' : `d + ${at.path.length}`;
}

/** `if (cond) { body }`, or nothing when the body is empty. */
export function when(cond: string, body: string[]): string[] {
  return body.length === 0 ? [] : [`if (${cond}) {`, ...body, '}'];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Names on Object.prototype: `o.constructor` on `{}` is a function, not an absent property, so these
 * keys are read with `_own` (own properties only).
 */
const PROTOTYPE_NAMES = new Set(OBJECT_PROTOTYPE_MEMBERS);

/** Reads property `name` of the object in `obj` (undefined when absent). */
export function readProperty(fn: Fn, obj: string, name: string): string {
  if (PROTOTYPE_NAMES.has(name)) {
    fn.module.use('_own');
    return `_own(${obj}, ${lit(name)})`;
  }
  return IDENTIFIER.test(name) ? `${obj}.${name}` : `${obj}[${lit(name)}]`;
}
