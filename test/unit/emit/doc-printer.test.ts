import fc from 'fast-check';
import { doc as prettierDoc } from 'prettier';
import { describe, expect, it } from 'vitest';
import * as ours from '../../../generator/emit/print/doc.js';

/**
 * The emitters' document printer (emit/print/doc.ts) against prettier's own printDocToString:
 * the same random documents, built with both sets of builders, must print to the same text at
 * every width. Seeded; TYPES_DOC_RUNS runs more.
 */
type Tree =
  | { t: 'text'; s: string }
  | { t: 'concat'; parts: Tree[] }
  | { t: 'group'; contents: Tree; shouldBreak: boolean; id: number | undefined }
  | { t: 'indent'; contents: Tree }
  | { t: 'align'; n: number; contents: Tree }
  | { t: 'line' }
  | { t: 'softline' }
  | { t: 'hardline' }
  | { t: 'literalline' }
  | { t: 'ifBreak'; breakContents: Tree; flatContents: Tree; groupId: number | undefined }
  | { t: 'indentIfBreak'; contents: Tree; groupId: number }
  | { t: 'fill'; parts: Tree[] }
  | { t: 'conditionalGroup'; states: Tree[] }
  | { t: 'lineSuffixBoundary' };

const GROUP_IDS = 4;
const groupId = fc.option(fc.integer({ min: 0, max: GROUP_IDS - 1 }), { nil: undefined });
// Words with spaces, trailing spaces (prettier trims them before a line break) and a wide character.
const text = fc.constantFrom('a', 'foo', 'bar baz', 'x ', '  ', '|', ';', '{', '}', 'long_identifier_name', '日本', 'é', '');

const leaf: fc.Arbitrary<Tree> = fc.oneof(
  { weight: 3, arbitrary: text.map((s): Tree => ({ t: 'text', s })) },
  { weight: 2, arbitrary: fc.constantFrom<Tree>({ t: 'line' }, { t: 'softline' }, { t: 'line' }, { t: 'hardline' }, { t: 'literalline' }, { t: 'lineSuffixBoundary' }) },
);
const separator = fc.constantFrom<Tree>({ t: 'line' }, { t: 'softline' }, { t: 'line' }, { t: 'hardline' });
// Nested groups of text and lines, several levels deep, so that fits() decides at every width.
const tree: (depth: number) => fc.Arbitrary<Tree> = fc.memo((depth) => {
  if (depth <= 1) return leaf;
  const sub = tree(depth - 1);
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 3, arbitrary: fc.array(sub, { minLength: 2, maxLength: 6 }).map((parts): Tree => ({ t: 'concat', parts })) },
    { weight: 3, arbitrary: fc.record({ contents: sub, shouldBreak: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), id: groupId }).map((g): Tree => ({ t: 'group', ...g })) },
    { weight: 1, arbitrary: sub.map((contents): Tree => ({ t: 'indent', contents })) },
    { weight: 1, arbitrary: fc.record({ n: fc.integer({ min: 1, max: 4 }), contents: sub }).map((a): Tree => ({ t: 'align', ...a })) },
    { weight: 1, arbitrary: fc.record({ breakContents: sub, flatContents: sub, groupId }).map((b): Tree => ({ t: 'ifBreak', ...b })) },
    { weight: 1, arbitrary: fc.record({ contents: sub, groupId: fc.integer({ min: 0, max: GROUP_IDS - 1 }) }).map((b): Tree => ({ t: 'indentIfBreak', ...b })) },
    // Content and separators alternating, as fill expects.
    { weight: 1, arbitrary: fc.array(fc.tuple(sub, separator), { minLength: 1, maxLength: 6 }).map((pairs): Tree => ({ t: 'fill', parts: pairs.flat().slice(0, -1) })) },
    // Layouts tried in turn (the validators' calls whose last argument expands).
    { weight: 1, arbitrary: fc.array(sub, { minLength: 1, maxLength: 4 }).map((states): Tree => ({ t: 'conditionalGroup', states })) },
  );
});

function build(root: Tree, b: typeof ours | typeof prettierDoc.builders, symbols: symbol[]): unknown {
  const go = (n: Tree): unknown => {
    switch (n.t) {
      case 'text':
        return n.s;
      case 'concat':
        return n.parts.map(go);
      case 'group':
        return b.group(go(n.contents) as never, { shouldBreak: n.shouldBreak, id: n.id === undefined ? undefined : symbols[n.id] });
      case 'indent':
        return b.indent(go(n.contents) as never);
      case 'align':
        return b.align(n.n, go(n.contents) as never);
      case 'line':
      case 'softline':
      case 'hardline':
      case 'literalline':
        return b[n.t];
      case 'ifBreak':
        return b.ifBreak(go(n.breakContents) as never, go(n.flatContents) as never, { groupId: n.groupId === undefined ? undefined : symbols[n.groupId] });
      case 'indentIfBreak':
        return b.indentIfBreak(go(n.contents) as never, { groupId: symbols[n.groupId]! });
      case 'fill':
        return b.fill(n.parts.map(go) as never);
      case 'conditionalGroup':
        return b.conditionalGroup(n.states.map(go) as never);
      case 'lineSuffixBoundary':
        return b.lineSuffixBoundary;
    }
  };
  return go(root);
}

describe("the emitters' document printer", () => {
  it('prints random documents exactly as prettier does', () => {
    fc.assert(
      fc.property(tree(6), fc.integer({ min: 0, max: 40 }), (t, width) => {
        const symbols = Array.from({ length: GROUP_IDS }, (_, i) => Symbol(`g${i}`));
        const expected = prettierDoc.printer.printDocToString(build(t, prettierDoc.builders, symbols) as never, {
          printWidth: width,
          tabWidth: 2,
          useTabs: false,
          endOfLine: 'lf',
        } as never).formatted;
        const actual = ours.printDoc(build(t, ours, symbols) as ours.Doc, width);
        expect(actual).toBe(expected);
      }),
      { seed: 20260601, numRuns: Number(process.env.TYPES_DOC_RUNS ?? 3000) },
    );
  });
});
