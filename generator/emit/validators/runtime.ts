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
/** State of one validation run. Problems are kept raw; \`_issue\` writes their messages at the end. */
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
}`,
  },
  {
    name: '_Check',
    deps: ['_Ctx'],
    code: `
/** A compiled check: true when \`v\` is valid; errors are pushed to \`c\` with pointers under \`p\`. */
type _Check = (v: unknown, p: string, c: _Ctx) => boolean;`,
  },
  {
    name: '_ctx',
    deps: ['_Ctx'],
    code: `
function _ctx(options: ValidateOptions | undefined, m: number): _Ctx {
  return {
    e: [],
    w: [],
    ff: options?.failFast === true,
    m: m === 3 && options?.strict === true ? 2 : m,
  };
}`,
  },
  {
    name: '_fast',
    deps: ['_ctx'],
    code: `
/** Options of a type guard: stop at the first error. */
const _FAST: ValidateOptions = { failFast: true };`,
  },
  {
    name: '_result',
    deps: ['_ctx', '_issue'],
    code: `
function _result<T>(ok: boolean, value: unknown, c: _Ctx): ValidationResult<T> {
  const warnings = _issues(c.w);
  return ok ? { ok: true, value: value as T, warnings } : { ok: false, errors: _issues(c.e), warnings };
}

/** Turns the raw problems into errors in place: the context's arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  const out = list as unknown as ValidationError[];
  for (let i = 0; i < list.length; i++) out[i] = _issue(list[i]!);
  return out;
}`,
  },
  {
    name: '_err',
    deps: ['_Ctx'],
    code: `
/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  c.e.push({ p: pointer, k: keyword, a });
  return c.ff;
}`,
  },
  {
    name: '_tol',
    deps: ['_Ctx'],
    code: `
/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    c.w.push({ p: pointer, k: keyword, a });
    return false;
  }
  c.e.push({ p: pointer, k: keyword, a });
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
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
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
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!_equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !_equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
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
