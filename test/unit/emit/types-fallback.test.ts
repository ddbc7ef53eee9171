import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { printTypesModule } from '../../../generator/emit/types/module.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';

/**
 * A declaration the printer does not reproduce (here: the enums openapi-typescript writes with
 * `enum: true`, which the generator does not use) is not guessed: that statement alone goes to
 * prettier, is listed as a fallback, and the file still has prettier's bytes.
 */
const format = (source: string) => prettier.format(source, { ...PRETTIER_OPTIONS, parser: 'typescript' });

describe('types printer fallback', () => {
  it('formats an unsupported statement with prettier, counts it, and keeps the file prettier-exact', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { Colour: { type: 'string', enum: ['red', 'green'] }, Box: { type: 'object', properties: { colour: { $ref: '#/components/schemas/Colour' } } } } },
    };
    const ast = await openapiTS(document as never, { silent: true, enum: true });
    const printed = await printTypesModule({ header: '', declarations: ast, aliases: [], aliasesComment: '// end', ctx: { restore: (t) => t, depth: 0 }, format });
    expect(printed.fallbacks).toEqual([{ statement: 'Colour', reason: 'statement kind EnumDeclaration' }]);
    expect(printed.text).toBe(await format(`${astToString(ast)}\n// end\n`));
    expect(printed.text).toContain("export enum Colour {\n  red = 'red',");
  });
});
