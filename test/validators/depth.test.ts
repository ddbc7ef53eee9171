import { describe, expect, it } from 'vitest';
import { planApi } from '../../generator/plan/plan.js';
import { validatorsFor } from './support/load.js';
import { ir, obj, ref, s, str } from './support/ir.js';

/**
 * The depth limit: where a schema recurses, a value nested deeper than `maxDepth` (default 1000) is a
 * `maxDepth` error at the pointer where the run stopped, never a stack overflow (RangeError).
 */
const tree = ir({
  Node: obj({ name: str(), child: ref('Node'), children: s({ types: ['array'], items: ref('Node') }) }),
});

/** `{ child: { child: ... } }`, `levels` objects deep. */
function chain(levels: number, key = 'child'): unknown {
  let value: Record<string, unknown> = { name: 'leaf' };
  for (let i = 1; i < levels; i++) value = { [key]: value };
  return value;
}

/** The pointer of the object at `depth` in `chain()`: `/child` repeated. */
const at = (depth: number, segment = '/child') => segment.repeat(depth);

describe('depth limit', () => {
  it('a 10,000-level value against a recursive schema is a maxDepth error at depth 1001, not a RangeError', async () => {
    const v = await validatorsFor(tree);
    const r = v.validateNode!(chain(10_000));
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([{ pointer: at(1001), keyword: 'maxDepth', expected: '<= 1000 levels', message: 'must NOT be nested deeper than 1000 levels' }]);
    expect(v.isNode!(chain(10_000))).toBe(false);
    expect(v.validateNode!(chain(10_000), { failFast: true }).errors).toEqual(r.errors);
  });

  it('stops at the limit also through arrays, and keeps the errors found before', async () => {
    const v = await validatorsFor(tree);
    let value: unknown = { name: 1 };
    for (let i = 0; i < 3000; i++) value = { children: [value] };
    const r = v.validateNode!({ name: 2, child: value });
    expect(r.errors.map((e: { keyword: string; pointer: string }) => `${e.keyword} ${e.pointer}`)).toEqual(['type /name', `maxDepth /child${at(500, '/children/0')}`]);
  });

  it('accepts a value exactly maxDepth deep, and maxDepth is configurable', async () => {
    const v = await validatorsFor(tree);
    expect(v.validateNode!(chain(1001)).ok).toBe(true); // the root is depth 0: 1001 objects, 1000 levels below it
    expect(v.validateNode!(chain(1002)).ok).toBe(false);
    expect(v.validateNode!(chain(60), { maxDepth: 50 }).errors).toEqual([expect.objectContaining({ pointer: at(51), keyword: 'maxDepth', expected: '<= 50 levels' })]);
    // Above the default, within what the stack holds: an error site (`c.e = _err(c.e, ...)`) takes one
    // interpreter register more than a call did, so 5000 levels sat at the edge of the default stack.
    expect(v.validateNode!(chain(4000), { maxDepth: 4000 }).ok).toBe(true);
  });

  it('a too-deep value inside `not` leaves the run contexts as they were: the next call still reports every error', async () => {
    const v = await validatorsFor(ir({ Node: obj({ child: ref('Node') }), NotNode: s({ not: ref('Node') }), Pair: obj({ a: str(), b: str() }) }));
    expect(v.validateNotNode!(chain(2000)).errors[0]).toMatchObject({ keyword: 'maxDepth' });
    expect(v.validatePair!({ a: 1, b: 2 }).errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/a', '/b']);
  });

  it('a too-deep value inside `not` or a failing anyOf branch is still an error (the limit cannot be negated)', async () => {
    const v = await validatorsFor(
      ir({
        Node: obj({ child: ref('Node') }),
        NotNode: s({ not: ref('Node') }),
        Either: s({ anyOf: [ref('Node'), str()] }),
      }),
    );
    expect(v.validateNotNode!(chain(2000)).errors[0]).toMatchObject({ keyword: 'maxDepth', pointer: at(1001) });
    expect(v.isNotNode!(chain(2000))).toBe(false);
    expect(v.validateEither!(chain(2000)).errors.map((e: { keyword: string }) => e.keyword)).toEqual(['maxDepth']);
  });

  it('a schema that recurses on the same value (A = not A) stops at the limit instead of overflowing', async () => {
    const v = await validatorsFor(ir({ A: s({ not: ref('A') }), B: s({ anyOf: [str(), s({ not: ref('B') })] }) }));
    expect(v.validateA!(1).errors[0]).toMatchObject({ keyword: 'maxDepth', pointer: '' });
    expect(v.validateB!('x').ok).toBe(true);
    expect(v.validateB!(1).errors).toContainEqual(expect.objectContaining({ keyword: 'maxDepth', pointer: '' }));
  });

  it('non-recursive schemas carry no depth guard', async () => {
    const { emitValidators } = await import('../../generator/emit/validators.js');
    const flat = ir({ Flat: obj({ a: obj({ b: obj({ c: str() }) }) }) });
    const [file] = await emitValidators(flat, planApi(flat), { report: () => undefined });
    expect(file!.content).not.toContain('throw new _Deep');
    const [recursive] = await emitValidators(tree, planApi(tree), { report: () => undefined });
    expect(recursive!.content.match(/throw new _Deep\(p\)/g)).toHaveLength(1);
  });
});
