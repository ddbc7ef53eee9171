import { IndentationText, NewLineKind, Project, QuoteKind, StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiIR } from '../ir/types.js';
import type { Emitter } from './emitted-file.js';
import { generatedHeader } from './header.js';
import { CheckModule } from './validators/check-module.js';
import { compileCheck } from './validators/compile-schema.js';
import { publicValidators, type PublicValidator } from './validators/entrypoints.js';
import { COMPOSITION_SNIPPETS } from './validators/composition-runtime.js';
import { FORMAT_SNIPPETS } from './validators/format-runtime.js';
import { issueSnippet } from './validators/messages.js';
import { RUNTIME_SNIPPETS } from './validators/runtime.js';
import { selectSnippets } from './validators/snippet.js';

/**
 * validators.gen.ts: one compiled check per schema, specialised at generation time (no schema is
 * interpreted at run time, no dependency), behind `validateX` / `isX` functions typed with the
 * types from types.gen.ts.
 */
export const emitValidators: Emitter = (api, ctx) => {
  const module = new CheckModule(api, ctx.report);
  const validators = publicValidators(module);
  module.drain(compileCheck);
  module.use('_validate');
  if (validators.some((v) => v.guard)) module.use('_is');
  return [{ path: 'validators.gen.ts', content: render(api, module, validators), parser: 'typescript' }];
};

/**
 * The whole file as one structure, printed once: every `add*` call on a ts-morph SourceFile re-parses
 * the text so far, which made Stripe's 6 MB file take minutes.
 */
function render(api: ApiIR, module: CheckModule, validators: PublicValidator[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single, newLineKind: NewLineKind.LineFeed },
  });
  const statements: StatementStructures[] = [];
  const typeNames = [...new Set(validators.map((v) => v.typeName))].sort();
  if (typeNames.length > 0) {
    statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './types.gen.js', namedImports: typeNames });
  }
  statements.push(...publicTypes(), ...validators.flatMap(validatorFunctions));
  const runtime: string[] = [];
  if (validators.length > 0) {
    statements.push(
      ...module.constants.map((c): StatementStructures => ({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: c.name, type: c.type, initializer: c.initializer }],
      })),
      ...module.functions.map((f): StatementStructures => ({
        kind: StructureKind.Function,
        name: f.name,
        docs: [f.doc],
        parameters: [
          { name: 'v', type: 'unknown' },
          { name: 'p', type: 'string' },
          { name: 'c', type: '_Ctx' },
          { name: 'd', type: 'number' },
        ],
        returnType: 'boolean',
        // One block of text: ts-morph would put a blank line between every multi-line statement.
        statements: f.statements.join('\n'),
      })),
    );
    const snippets = selectSnippets([...RUNTIME_SNIPPETS, ...COMPOSITION_SNIPPETS, issueSnippet(module.keywords), ...FORMAT_SNIPPETS], module.snippets);
    runtime.push('// Runtime: only what the checks above use.', ...snippets.map((s) => s.code.trim()));
  }
  const file = project.createSourceFile('validators.gen.ts', { statements });
  return [generatedHeader(api) + file.getFullText().trimEnd(), ...runtime].join('\n\n') + '\n';
}

function publicTypes(): StatementStructures[] {
  return [
    {
      kind: StructureKind.Interface,
      name: 'ValidationError',
      isExported: true,
      docs: ['One problem found in a value.'],
      properties: [
        { name: 'pointer', type: 'string', docs: ['JSON pointer of the offending value (`/data/user/timezone`); the object itself for `required` and `additionalProperties`.'] },
        { name: 'keyword', type: 'string', docs: ['The JSON Schema keyword that failed, named as ajv names it (`type`, `required`, `format` ...).'] },
        { name: 'expected', type: 'string', docs: ['What the schema asks for, e.g. `string | null`, `>= 1 characters`, `date-time`.'] },
        { name: 'message', type: 'string', docs: ['A readable sentence.'] },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'ValidationResult',
      isExported: true,
      typeParameters: ['T'],
      docs: [
        'The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). `warnings` is read-only: results without warnings share one frozen empty list.',
      ],
      type: '{ ok: true; value: T; warnings: readonly ValidationError[] } | { ok: false; errors: ValidationError[]; warnings: readonly ValidationError[] }',
    },
    {
      kind: StructureKind.Interface,
      name: 'ValidateOptions',
      isExported: true,
      docs: ['Options of every validator.'],
      properties: [
        { name: 'failFast', type: 'boolean', hasQuestionToken: true, docs: ['Stop at the first error (default: report all errors).'] },
        {
          name: 'strict',
          type: 'boolean',
          hasQuestionToken: true,
          docs: ['Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings.'],
        },
        {
          name: 'maxDepth',
          type: 'number',
          hasQuestionToken: true,
          docs: ['How deep a value may nest where the schema recurses (default 1000): deeper is a `maxDepth` error, not a stack overflow.'],
        },
      ],
    },
  ];
}

function validatorFunctions(v: PublicValidator): StatementStructures[] {
  const out: StatementStructures[] = [
    {
      kind: StructureKind.Function,
      name: v.name,
      isExported: true,
      docs: [v.doc],
      parameters: [
        { name: 'value', type: 'unknown' },
        { name: 'options', type: 'ValidateOptions', hasQuestionToken: true },
      ],
      returnType: `ValidationResult<${v.typeName}>`,
      statements: [`return _validate<${v.typeName}>(${v.check}, value, options, ${v.mode});`],
    },
  ];
  if (v.guard) {
    out.push({
      kind: StructureKind.Function,
      name: v.guard,
      isExported: true,
      docs: [`True when the value is a valid \`${v.typeName}\` (stops at the first error).`],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${v.typeName}`,
      statements: [`return _is(${v.check}, value);`],
    });
  }
  return out;
}
