import fc from 'fast-check';

/**
 * Values that exercise prettier's value layouts (emit/print/value-layout.ts), shared by the tests
 * that judge its two users against prettier: the docs' examples and client.gen.ts's literals.
 */

/** Keys prettier treats differently: quoted or not, numbers, non-ASCII identifier names, __proto__. */
export const key = fc.oneof(
  fc.constantFrom('a', 'id', 'name', 'org', 'x-y', '1', '01', 'a b', "it's", 'say "hi"', 'back\\slash', 'café', '名前', '__proto__', '$ref', 'class', 'tab\t'),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z_]{5,40}$/),
  // Keys that leave little of the line to their value.
  fc.integer({ min: 60, max: 98 }).map((n) => 'k'.repeat(n)),
);

/** Strings around the print width, wide characters, quotes and escapes. */
export const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer({ min: 60, max: 110 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom("it's", '"quoted"', 'both \' and "', 'line\nbreak', '日本語のテキスト', 'emoji 😀', '\u2028', 'a\\b'),
);

/** Finite numbers: signed or not, with exponents, -0. */
export const number = fc.oneof(fc.integer(), fc.integer({ min: 0, max: 99999 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e21, -1e-7, 5e-324, -0));

/**
 * Nested values: the leaves, arrays of values, long arrays of numbers (prettier fills them), short
 * arrays of short number arrays (the always-break rule), and objects whose entry values `entry` makes.
 */
export function valueTree(leaves: readonly fc.Arbitrary<unknown>[], numbers: fc.Arbitrary<number>, entry = (value: fc.Arbitrary<unknown>) => value): fc.Arbitrary<unknown> {
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      ...leaves,
      fc.array(tie('value'), { maxLength: 5 }),
      fc.array(numbers, { minLength: 10, maxLength: 60 }),
      fc.array(fc.array(numbers, { maxLength: 3 }), { maxLength: 3 }),
      fc.array(fc.tuple(key, entry(tie('value'))), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
    ),
  })).value;
}
