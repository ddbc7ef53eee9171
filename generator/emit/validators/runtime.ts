import type { Snippet } from './snippet.js';

/**
 * The runtime every validators.gen.ts carries (only the parts its checks use): no imports, no
 * dependencies. Modes live in `_Ctx.m` so one compiled check serves schema, request and response
 * validation: 0 = schema (plain JSON Schema, what ajv does), 1 = request (readOnly rejected),
 * 2 = strict response (writeOnly rejected), 3 = tolerant response (unknown properties under
 * `additionalProperties: false`, unknown enum values, unknown discriminator values and writeOnly
 * properties are warnings).
 */
export const RUNTIME_SNIPPETS: readonly Snippet[] = [
  {
    name: '_Ctx',
    deps: [],
    code: `
/** State of one validation run. Problems are recorded finished (texts and all), so a run ends with no pass over them. */
interface _Ctx {
  /** Errors so far (\`_NONE\` until the first; \`_SKIP\` in type guards, which only need the verdict). */
  e: ValidationError[];
  /** Warnings so far (tolerant responses only; \`_NONE\` until the first). */
  w: ValidationError[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (\`maxDepth\`). */
  md: number;
}`,
  },
  {
    name: '_Check',
    deps: ['_Ctx'],
    code: `
/**
 * A compiled check: true when \`v\` is valid; errors are pushed to \`c\` with pointers under \`p\`.
 * \`d\` is the nesting depth of \`v\` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;`,
  },
  {
    name: '_ctxOf',
    deps: ['_Ctx', '_err'],
    code: `
/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The error list of type guards: \`_err\` records nothing in it. */
const _SKIP: readonly ValidationError[] = Object.freeze([]);

/** The default \`maxDepth\`. */
const _MAX_DEPTH = 1000;

function _ctx(e: readonly ValidationError[], ff: boolean, m: number, md: number): _Ctx {
  return { e: e as ValidationError[], w: _NONE as ValidationError[], ff, m, md };
}

/**
 * The context of one validator call (\`m\`: its mode before options, \`options\`: the validator's
 * \`arguments[1]\`), its lists starting as \`_NONE\`.
 * Each call has its own: nothing to mark in use or restore when a getter of the value throws or
 * validates again. Each validator calls this, its check (through \`_run\` where checks recurse) and
 * \`_result\` itself, where V8 can see the whole call and keep the context out of the heap
 * (bench/validators.ts: ~25% on small bodies against one shared \`_validate\` function; one
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
`,
  },
  {
    name: '_run/deep',
    deps: ['_Check', '_Deep', '_err', '_issue'],
    code: `
/** Runs a check that can recurse from the root; past \`maxDepth\` the run stops with that error. */
function _run(check: _Check, value: unknown, c: _Ctx): boolean {
  try {
    return check(value, '', c, 0);
  } catch (x) {
    if (!(x instanceof _Deep)) throw x;
    c.e = _with(c.e, _issue(x.p, 'maxDepth', c.md));
    return false;
  }
}`,
  },
  {
    name: '_is',
    deps: ['_Check', '_ctxOf'],
    code: `
/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(_SKIP, true, 0, _MAX_DEPTH);

/** A type guard: true when valid. */
function _is(check: _Check, value: unknown): boolean {
  return check(value, '', _G, 0);
}`,
  },
  {
    name: '_is/deep',
    deps: ['_Check', '_ctxOf', '_Deep'],
    code: `
/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(_SKIP, true, 0, _MAX_DEPTH);

/** A type guard: true when valid; too deep is invalid. */
function _is(check: _Check, value: unknown): boolean {
  try {
    return check(value, '', _G, 0);
  } catch (x) {
    if (x instanceof _Deep) return false;
    throw x;
  }
}`,
  },
  {
    name: '_Deep',
    deps: ['_Ctx'],
    code: `
/** Thrown by a recursive check entered deeper than \`maxDepth\`; the validator turns it into an error at \`p\`. */
class _Deep {
  p: string;
  constructor(p: string) {
    this.p = p;
  }
}`,
  },
  {
    name: '_err',
    deps: ['_ctxOf'],
    code: `
/**
 * The error list \`e\` with one more error, its texts written at generation time (messages.ts); a
 * check stores it back (\`c.e = _err(c.e, ...)\`). It takes the list, not the context: V8 does not
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
 * \`list\` with \`r\` appended. A run starts with the shared empty list and the first problem makes its
 * own: \`[r]\` allocates one small array, where a push onto \`[]\` grows a fresh array (V8: ~10x the cost).
 */
function _with(list: ValidationError[], r: ValidationError): ValidationError[] {
  if (list.length === 0) return [r];
  list.push(r);
  return list;
}`,
  },
  {
    name: '_errOf',
    deps: ['_err', '_issue'],
    code: `
/** \`_err\` for a parameter \`a\` known only at run time: \`_issue\` writes the texts, when recorded. */
function _errOf(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  a: unknown,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, _issue(pointer, keyword, a));
}`,
  },
  {
    name: '_tol',
    deps: ['_err'],
    code: `
/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(
  c: _Ctx,
  pointer: string,
  keyword: string,
  expected: string,
  message: string,
): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, { pointer, keyword, expected, message });
    return false;
  }
  c.e = _err(c.e, pointer, keyword, expected, message);
  return true;
}`,
  },
  {
    name: '_tolOf',
    deps: ['_errOf'],
    code: `
/** \`_tol\` for a parameter \`a\` known only at run time. */
function _tolOf(c: _Ctx, pointer: string, keyword: string, a: unknown): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, _issue(pointer, keyword, a));
    return false;
  }
  c.e = _errOf(c.e, pointer, keyword, a);
  return true;
}`,
  },
  {
    name: '_isObj',
    deps: [],
    code: `
function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}`,
  },
  {
    name: '_own',
    deps: [],
    code: `
/** Own property only: \`constructor\` or \`__proto__\` must not be read from the prototype. */
function _own(o: Record<string, unknown>, k: string): unknown {
  return Object.hasOwn(o, k) ? o[k] : undefined;
}`,
  },
  {
    name: '_esc',
    deps: [],
    code: `
/** A property name as a JSON pointer segment (RFC 6901). */
function _esc(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\\//g, '~1') : k;
}`,
  },
  {
    name: '_len',
    deps: [],
    code: `
/** Length in code points, as JSON Schema counts (a surrogate pair is one character). */
function _len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const ch = s.charCodeAt(i);
    if (
      ch >= 0xd800 &&
      ch <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    )
      i++;
  }
  return n;
}`,
  },
  {
    name: '_equal',
    deps: [],
    code: `
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
}`,
  },
  {
    name: '_inList',
    deps: ['_equal'],
    code: `
function _inList(v: unknown, list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (_equal(v, list[i])) return true;
  return false;
}`,
  },
  {
    name: '_dup',
    deps: ['_equal'],
    code: `
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
}`,
  },
];
