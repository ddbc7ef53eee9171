import ts from 'typescript';
import { printDoc } from '../print/doc.js';
import { printStatement } from './statements.js';
import type { PrintContext } from './type-nodes.js';
import { Unsupported } from './unsupported.js';

/**
 * types.gen.ts printed straight from openapi-typescript's AST, in the bytes prettier would give the
 * file (test/types-printer.test.ts and test/large check that on every seed, fixture and a sample of
 * real specs). A top-level statement the printer does not reproduce exactly is printed by
 * TypeScript and formatted by prettier instead, and listed in `fallbacks`.
 */
export interface TypesModuleInput {
  /** The file's first lines (comments), ending with a blank line. */
  header: string;
  /** openapi-typescript's declarations. */
  declarations: readonly ts.Node[];
  /** Declarations we add after them (named exports), under `aliasesComment`. */
  aliases: readonly ts.Statement[];
  aliasesComment: string;
  ctx: PrintContext;
  /** prettier for one statement's source text (used only for fallbacks). */
  format(source: string): Promise<string>;
}

export interface PrintedTypesModule {
  text: string;
  /** Statements prettier had to format, with the reason the printer gave. */
  fallbacks: { statement: string; reason: string }[];
}

const PRINT_WIDTH = 100;

export async function printTypesModule(input: TypesModuleInput): Promise<PrintedTypesModule> {
  const fallbacks: PrintedTypesModule['fallbacks'] = [];
  const print = async (statements: readonly ts.Node[]): Promise<string[]> => {
    const out: string[] = [];
    for (const statement of statements) {
      try {
        out.push(printDoc(printStatement(statement as ts.Statement, input.ctx), PRINT_WIDTH));
      } catch (error) {
        if (!(error instanceof Unsupported)) throw error;
        fallbacks.push({ statement: statementName(statement), reason: error.what });
        const source = input.ctx.restore(printWithTypeScript(statement));
        out.push((await input.format(source)).replace(/\n$/, ''));
      }
    }
    return out;
  };
  const declarations = await print(input.declarations);
  const aliases = await print(input.aliases);
  // As prettier keeps them: the comment after a blank line, then one alias per line.
  const text = [input.header + declarations.join('\n'), '', input.aliasesComment, ...aliases].join('\n') + '\n';
  return { text, fallbacks };
}

/** One statement as openapi-typescript's astToString prints it. */
function printWithTypeScript(statement: ts.Node): string {
  const file = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  return ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false }).printNode(ts.EmitHint.Unspecified, statement, file);
}

function statementName(statement: ts.Node): string {
  const name = (statement as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : ts.SyntaxKind[statement.kind];
}
