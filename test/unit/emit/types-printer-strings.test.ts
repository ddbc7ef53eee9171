import fc from 'fast-check';
import ts from 'typescript';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { prettierString, tsStringLiteralText } from '../../../generator/escape/types-literal.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { typesBothWays } from '../../support/types-reference.js';

/**
 * Spec strings that reach types.gen.ts through the printer (property names, descriptions, titles,
 * examples, enum values, schema names) against the old path, TypeScript's printer then prettier:
 * quotes, backslashes, comment closers, line and paragraph separators, non-ASCII, lone surrogates,
 * Object.prototype names. Seeded; TYPES_STRINGS_RUNS runs more.
 */
const hostile = fc.constantFrom(
  "'", '"', '\\', '*/', '/*', '\n', '\r', '\r\n', '\u2028', '\u2029', '\t', '\u00a0', '\ufeff', '\u0085', '\0', '\u0001',
  'é', '日本', '😀', '\ud800', '`', '${x}', ' ', '  ', '*', '@example', '0', '1e21', '-', '$', '_', 'a', 'Z',
  'valueOf', '__proto__', 'constructor', 'hasOwnProperty', 'toString',
);
const text = fc.array(hostile, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const nonEmpty = text.filter((s) => s.length > 0);

describe('types printer on hostile strings', () => {
  it('escapes string literals as TypeScript does, then quotes them as prettier does', async () => {
    const samples = fc.sample(fc.string({ unit: fc.oneof(hostile, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 }), { seed: 7, numRuns: 400 });
    const file = ts.createSourceFile('x.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
    const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
    const raws = samples.map((s) => tsStringLiteralText(s));
    samples.forEach((s, i) => expect(raws[i], JSON.stringify(s)).toBe(printer.printNode(ts.EmitHint.Unspecified, ts.factory.createStringLiteral(s), file)));
    // One file, one alias per line, so prettier quotes every literal in one pass.
    const source = raws.map((raw, i) => `type T${i} = ${raw};`).join('\n');
    // A long alias breaks after `=`: join it back, only the literal matters here.
    const formatted = (await prettier.format(source, { ...PRETTIER_OPTIONS, parser: 'typescript' })).replace(/ =\n +/g, ' = ').split('\n');
    raws.forEach((raw, i) => expect(`type T${i} = ${prettierString(raw)};`).toBe(formatted[i]));
  });

  it('prints types.gen.ts with the bytes prettier gives, whatever the strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(nonEmpty, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 8, maxLength: 8 }), nonEmpty, async (names, strings, schemaName) => {
        const properties = Object.fromEntries(
          names.map((name, i) => [name, { type: 'string', description: strings[i], title: strings[(i + 1) % 8], example: strings[(i + 2) % 8], enum: [strings[(i + 3) % 8], name] }]),
        );
        const document = {
          openapi: '3.0.3',
          info: { title: 't', version: '1' },
          paths: {},
          components: { schemas: { [schemaName]: { type: 'object', description: strings[4], required: [names[0]], properties, example: { [names[0]!]: strings[5] } } } },
        };
        const { printed, reference } = await typesBothWays(normalize(document, 'hostile.json'), document);
        expect(printed.text).toBe(reference);
        expect(printed.fallbacks).toEqual([]);
      }),
      { seed: 11, numRuns: Number(process.env.TYPES_STRINGS_RUNS ?? 60) },
    );
  });
});
