import type { Snippet } from './snippet.js';

/**
 * Runtime for the keywords whose subschema errors depend on the outcome: anyOf/oneOf (branch errors
 * stay only when the keyword fails, as ajv reports them), not/if (never), contains (only on failure).
 * Tolerant responses decide branches strictly first (see `_anyOf`).
 */
export const COMPOSITION_SNIPPETS: readonly Snippet[] = [
  {
    name: '_trim',
    deps: ['_Ctx'],
    code: `
/** Drops problems recorded after \`ne\` errors / \`nw\` warnings (-1: keep). pop(), as setting length is slow in V8. */
function _trim(c: _Ctx, ne: number, nw: number): void {
  if (ne >= 0) while (c.e.length > ne) c.e.pop();
  if (nw >= 0) while (c.w.length > nw) c.w.pop();
}`,
  },
  {
    name: '_test',
    deps: ['_Check', '_trim'],
    code: `
/** Runs a check only for its answer (not, if): strict, fail-fast, and leaves no errors behind. */
function _test(v: unknown, p: string, c: _Ctx, d: number, check: _Check): boolean {
  const ne = c.e.length;
  const nw = c.w.length;
  const m = c.m;
  const ff = c.ff;
  c.ff = true;
  if (m === 3) c.m = 2;
  const ok = check(v, p, c, d);
  _trim(c, ne, nw);
  c.m = m;
  c.ff = ff;
  return ok;
}`,
  },
  {
    name: '_anyOf',
    deps: ['_Check', '_trim'],
    code: `
/**
 * anyOf: branches in order until one passes. In a tolerant response the branch is chosen strictly
 * first, then tolerantly, so tolerance never makes a wrong branch win. Branch errors stay only when
 * no branch passes (as ajv reports them).
 */
function _anyOf(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): boolean {
  const ne = c.e.length;
  const nw = c.w.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let ok = _some(v, p, c, d, branches, nw);
  if (!ok && m === 3) {
    _trim(c, ne, nw);
    c.m = 3;
    ok = _some(v, p, c, d, branches, nw);
  }
  c.m = m;
  if (ok) _trim(c, ne, -1);
  return ok;
}

function _some(
  v: unknown,
  p: string,
  c: _Ctx,
  d: number,
  branches: readonly _Check[],
  nw: number,
): boolean {
  for (let i = 0; i < branches.length; i++) {
    if (branches[i]!(v, p, c, d)) return true;
    _trim(c, -1, nw);
  }
  return false;
}`,
  },
  {
    name: '_oneOf',
    deps: ['_Check', '_trim'],
    code: `
/** oneOf: exactly one branch passes; stops at the second pass (as ajv). Tolerance as in _anyOf. */
function _oneOf(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): boolean {
  const ne = c.e.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let n = _count(v, p, c, d, branches);
  if (n === 0 && m === 3) {
    _trim(c, ne, -1);
    c.m = 3;
    n = _count(v, p, c, d, branches);
  }
  c.m = m;
  if (n === 1) _trim(c, ne, -1);
  return n === 1;
}

function _count(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): number {
  let n = 0;
  for (let i = 0; i < branches.length; i++) {
    const nw = c.w.length;
    if (branches[i]!(v, p, c, d)) {
      if (++n > 1) break;
    } else _trim(c, -1, nw);
  }
  return n;
}`,
  },
  {
    name: '_contains',
    deps: ['_Check', '_trim'],
    code: `
/** contains with min/maxContains: counts passing items (strictly); item errors stay only on failure. */
function _contains(
  a: readonly unknown[],
  p: string,
  c: _Ctx,
  d: number,
  check: _Check,
  min: number,
  max: number,
): boolean {
  const ne = c.e.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let n = 0;
  let ok = min === 0;
  for (let i = 0; i < a.length; i++) {
    if (!check(a[i], p + '/' + i, c, d + 1)) continue;
    n++;
    if (n > max) {
      ok = false;
      break;
    }
    if (n >= min) {
      ok = true;
      if (max === Infinity) break;
    }
  }
  c.m = m;
  if (ok) _trim(c, ne, -1);
  return ok;
}`,
  },
];
