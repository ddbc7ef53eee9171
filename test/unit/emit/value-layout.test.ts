import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { Code, type Literal } from '../../../generator/emit/client/literal.js';
import { Guard } from '../../../generator/emit/client/print/guard.js';
import { literalDoc } from '../../../generator/emit/client/print/literal.js';
import { fluidAssignment } from '../../../generator/emit/print/value-layout.js';
import { group, printDoc } from '../../../generator/emit/print/doc.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { key, number, text, valueTree } from '../../support/layout-values.js';

/**
 * print/value-layout.ts lays out the docs' examples (test/docs/printed-code.test.ts judges those)
 * and the literals of client.gen.ts, judged here: values of every kind a client literal may hold,
 * code (names, member chains) and numbers (signed, not finite, filling arrays) among them, under keys
 * that leave little of the line or that prettier quotes its own way. Prettier formats the same
 * statement written on one line; the printer must agree wherever its guard is sure.
 */
// Numbers without a literal too: NaN and Infinity are names to prettier, -Infinity a negated one.
const notFinite = fc.constantFrom(NaN, Infinity, -Infinity);
// An identifier (`undefined`, a validator) or a member chain (`options.token`); no keyword starts one.
const head = fc.oneof(fc.constantFrom('undefined', 'options'), fc.stringMatching(/^[A-Z_$][A-Za-z0-9]{0,30}$/));
const member = fc.stringMatching(/^[a-z$_][A-Za-z0-9]{0,30}$/);
const code = fc.tuple(head, fc.array(member, { maxLength: 3 })).map(([first, rest]) => new Code([first, ...rest].join('.')));
// Entries may be undefined (a descriptor's absent validator): the literal leaves them out.
const literal = valueTree([text, number, notFinite, fc.boolean(), fc.constant(null), code], number, (value) =>
  fc.option(value, { nil: undefined, freq: 8 }),
) as fc.Arbitrary<Literal>;
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
