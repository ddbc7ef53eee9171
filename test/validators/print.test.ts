import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitValidators } from '../../generator/emit/validators.js';
import { COMPOSITION_SNIPPETS } from '../../generator/emit/validators/composition-runtime.js';
import { FORMAT_SNIPPETS } from '../../generator/emit/validators/format-runtime.js';
import { issueSnippet, MESSAGE_KEYWORDS } from '../../generator/emit/validators/messages.js';
import { stringLiteral } from '../../generator/escape/typescript.js';
import { jsNumber } from '../../generator/emit/validators/print/literal.js';
import { RUNTIME_SNIPPETS } from '../../generator/emit/validators/runtime.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { generate } from '../../generator/index.js';
import { planApi } from '../../generator/plan/plan.js';
import type { SchemaIR } from '../../generator/ir/types.js';
import { ir, obj, op, ref, s, str } from './support/ir.js';
import { repoRoot } from './support/load.js';

/**
 * validators.gen.ts skips the format step: its emitter prints what prettier prints. prettier stays the
 * judge: for every seed and fixture, and for generated schemas full of long, quoted, wide and hostile
 * names (test:large does the same for GitHub's and Stripe's), `prettier.format(file) === file`.
 */
const prettierOf = (text: string) => prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: 'validators.gen.ts' });

const specs = [
  ...readdirSync(`${repoRoot}/specs`).filter((f) => f.endsWith('.yaml')).map((f) => `specs/${f}`),
  ...readdirSync(`${repoRoot}/test/fixtures`).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
].sort();

describe('validators.gen.ts is printed as prettier prints it', () => {
  it.each(specs)('%s', async (spec) => {
    const result = await generate({ specs: [spec], cwd: repoRoot });
    const api = result.apis[0]!;
    const [raw] = await emitValidators(api.api!, api.plan!, { report: () => undefined });
    expect(raw!.preformatted, 'the emitter needed prettier').toBe(true);
    expect((await prettierOf(raw!.content)) === raw!.content).toBe(true);
  });

  // Names that stress the layout: long enough to break any line, quotes of both kinds, backslashes,
  // wide (CJK) and zero-width (combining) characters, line separators, comment closers.
  const piece = fc.constantFrom('a', 'name', 'x'.repeat(40), "it's", 'say "hi"', 'back\\slash', '漢字', 'e\u0301', '\u2028', '*/', '${x}', '-', ' ', '~/');
  const name = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const leaf: fc.Arbitrary<SchemaIR> = fc.oneof(
    fc.constant(str()),
    name.map((n) => str({ pattern: `^${n.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}` })),
    fc.array(name, { minLength: 1, maxLength: 12 }).map((values) => str({ enum: [...new Set(values)] })),
    fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 5, maxLength: 30 }).map((values) => s({ types: ['integer'], enum: [...new Set(values)] })),
    fc.constant(s({ types: ['number'], minimum: 1e21, multipleOf: 1e-7 })),
    fc.constant(s({ types: ['array'], items: str({ format: 'email' }), minItems: 2 })),
    // Lists of lists: prettier breaks some that would fit.
    fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }).map((values) => s({ types: ['array'], enum: values })),
    fc.array(fc.array(fc.integer(), { maxLength: 3 }), { minLength: 2, maxLength: 4 }).map((value) => s({ const: { value } })),
  );
  const object = fc
    .tuple(fc.uniqueArray(fc.tuple(name, leaf), { minLength: 1, maxLength: 10, selector: ([n]) => n }), fc.boolean())
    .map(([props, closed]) =>
      obj(Object.fromEntries(props), props.filter((_, i) => i % 2 === 0).map(([n]) => n), closed ? { additionalProperties: s({ bool: false }) } : {}),
    );

  it('for generated schemas with hostile, long and wide names (seeded)', async () => {
    const cases = fc.sample(fc.tuple(object, object, name), { seed: 11, numRuns: 40 });
    for (const [a, b, key] of cases) {
      const api = ir(
        {
          [`Long${'Name'.repeat(20)}`]: a,
          Other: obj({ [key]: ref(`Long${'Name'.repeat(20)}`), list: s({ types: ['array'], items: b }) }),
          [`漢字${'Café'.repeat(12)}`]: obj({ [key]: a }),
        },
        [op('Op', { body: b, responses: { '200': a } })],
      );
      const [raw] = await emitValidators(api, planApi(api), { report: () => undefined });
      expect(raw!.preformatted).toBe(true);
      const formatted = await prettierOf(raw!.content);
      if (formatted !== raw!.content) expect(firstDifference(raw!.content, formatted)).toBe('');
    }
  });
});

describe('runtime snippets', () => {
  it('are written as prettier prints them, every one (the seeds use only some)', async () => {
    const all = [...RUNTIME_SNIPPETS, ...COMPOSITION_SNIPPETS, ...FORMAT_SNIPPETS, issueSnippet(new Set(MESSAGE_KEYWORDS))];
    const unformatted: string[] = [];
    for (const snippet of all) {
      const code = snippet.code.trim() + '\n';
      if ((await prettierOf(code)) !== code) unformatted.push(snippet.name);
    }
    expect(unformatted).toEqual([]);
  });
});

describe('literals', () => {
  it('strings come out as prettier writes them (quote choice and escapes)', async () => {
    const strings = fc.sample(fc.string({ unit: fc.constantFrom("'", '"', '\\', '`', 'a', '\n', '\u2028', '\u0000', '\ud800', 'é') }), { seed: 3, numRuns: 300 });
    const source = strings.map((v, i) => `const s${i} = ${JSON.stringify(v)};`).join('\n') + '\n';
    const ours = strings.map((v, i) => `const s${i} = ${stringLiteral(v)};`).join('\n') + '\n';
    expect(await prettierOf(source)).toBe(ours);
    for (const v of strings) expect(eval(stringLiteral(v))).toBe(v);
  });

  it('numbers come out as prettier writes them', async () => {
    const numbers = [0, -0.5, 1e21, 1.5e-7, 123456789012, 2 ** 53, -1e-7, 0.1];
    expect(await prettierOf(numbers.map((n, i) => `const n${i} = ${String(n)};`).join('\n'))).toBe(numbers.map((n, i) => `const n${i} = ${jsNumber(n)};`).join('\n') + '\n');
  });
});

function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  return `line ${i + 1}:\nours:     ${a.slice(i, i + 4).join('\n          ')}\nprettier: ${b.slice(i, i + 4).join('\n          ')}`;
}
