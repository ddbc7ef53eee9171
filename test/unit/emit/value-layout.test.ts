import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { Code, type Literal } from '../../../generator/emit/client/literal.js';
import { Guard } from '../../../generator/emit/client/print/guard.js';
import { literalDoc } from '../../../generator/emit/client/print/literal.js';
import { fluidAssignment } from '../../../generator/emit/print/value-layout.js';
import { group, printDoc } from '../../../generator/emit/types/doc.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';

/**
 * print/value-layout.ts lays out the docs' examples (test/docs/printed-code.test.ts judges those)
 * and the literals of client.gen.ts, judged here: values of every kind a client literal may hold,
 * code (names, member chains) and numbers (signed, not finite, filling arrays) among them, under keys
 * that leave little of the line or that prettier quotes its own way. Prettier formats the same
 * statement written on one line; the printer must agree wherever its guard is sure.
 */
const key = fc.oneof(
  fc.constantFrom('a', 'id', 'name', 'x-y', '1', '01', 'a b', "it's", 'café', '名前', '__proto__', '$ref', 'class'),
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^[a-z_]{5,40}$/),
  fc.integer({ min: 60, max: 98 }).map((n) => 'k'.repeat(n)),
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 60, max: 110 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom("it's", '"quoted"', 'both \' and "', 'line\nbreak', '日本語のテキスト', 'emoji 😀'),
);
const number = fc.oneof(fc.integer(), fc.integer({ min: 0, max: 99999 }), fc.double(), fc.constantFrom(1e21, -1e-7, -0));
// An identifier (`undefined`, a validator) or a member chain (`options.token`); no keyword starts one.
const head = fc.oneof(fc.constantFrom('undefined', 'options'), fc.stringMatching(/^[A-Z_$][A-Za-z0-9]{0,30}$/));
const member = fc.stringMatching(/^[a-z$_][A-Za-z0-9]{0,30}$/);
const code = fc.tuple(head, fc.array(member, { maxLength: 3 })).map(([first, rest]) => new Code([first, ...rest].join('.')));
const literal: fc.Arbitrary<Literal> = fc.letrec<{ value: Literal }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    code,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.array(number, { minLength: 2, maxLength: 60 }),
    fc.array(fc.array(number, { maxLength: 3 }), { maxLength: 3 }),
    fc.array(fc.tuple(key, fc.option(tie('value'), { nil: undefined, freq: 8 })), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
  ),
})).value;
const topLevel = fc.oneof(fc.array(literal, { maxLength: 5 }), fc.dictionary(key, literal, { maxKeys: 5 }));

/** `const value = …;` as the client writes its tables (declarations.ts constDoc). */
function statement(value: Literal, g: Guard) {
  return group(['const ', fluidAssignment('value', ' =', literalDoc(value, g)), ';']);
}

describe('client literals', () => {
  it('are laid out as prettier formats them, or noted on the guard', async () => {
    let sure = 0;
    await fc.assert(
      fc.asyncProperty(topLevel, async (value) => {
        const g = new Guard();
        const doc = statement(value, g);
        if (g.reason !== undefined) return;
        sure++;
        const printed = printDoc(doc, 100);
        const reference = await prettier.format(printDoc(doc, Infinity), { ...PRETTIER_OPTIONS, parser: 'typescript' });
        expect(`${printed}\n`).toBe(reference);
      }),
      { seed: 20261202, numRuns: Number(process.env.VALUE_LAYOUT_RUNS ?? 400) },
    );
    // The guard notes only rare keys (non-ASCII ones), not the common case.
    expect(sure).toBeGreaterThan(200);
  });
});
