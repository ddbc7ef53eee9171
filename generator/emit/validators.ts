import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiIR } from '../ir/types.js';
import { moduleSpecifier, OUTPUT_FILES } from '../plan/files.js';
import type { ApiPlan } from '../plan/types.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';
import { generatedHeader } from './header.js';
import { inMemorySourceFile } from './ts-project.js';
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
export function emitValidators(api: ApiIR, plan: ApiPlan, ctx: Pick<EmitContext, 'report'>): EmittedFile[] {
  const module = new CheckModule(api, plan, ctx.report);
  const validators = publicValidators(module);
  module.drain(compileCheck);
  module.use('_ctx', '_result');
  if (validators.some((v) => v.guard)) module.use('_fast');
  return [{ path: OUTPUT_FILES.validators, content: render(api, module, validators), parser: 'typescript' }];
}

/**
 * The whole file as one structure, printed once: every `add*` call on a ts-morph SourceFile re-parses
 * the text so far, which made Stripe's 6 MB file take minutes.
 */
function render(api: ApiIR, module: CheckModule, validators: PublicValidator[]): string {
  const statements: StatementStructures[] = [];
  const typeNames = [...new Set(validators.map((v) => v.typeName))].sort();
  if (typeNames.length > 0) {
    statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(OUTPUT_FILES.types), namedImports: typeNames });
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
        ],
        returnType: 'boolean',
        // One block of text: ts-morph would put a blank line between every multi-line statement.
        statements: f.statements.join('\n'),
      })),
    );
    const snippets = selectSnippets([...RUNTIME_SNIPPETS, ...COMPOSITION_SNIPPETS, issueSnippet(module.keywords), ...FORMAT_SNIPPETS], module.snippets);
    runtime.push('// Runtime: only what the checks above use.', ...snippets.map((s) => s.code.trim()));
  }
  const file = inMemorySourceFile(OUTPUT_FILES.validators, statements);
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
      docs: ['The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`).'],
      type: '{ ok: true; value: T; warnings: ValidationError[] } | { ok: false; errors: ValidationError[]; warnings: ValidationError[] }',
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
      statements: [`const c = _ctx(options, ${v.mode});`, `return _result<${v.typeName}>(${v.check}(value, '', c), value, c);`],
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
      statements: [`return ${v.check}(value, '', _ctx(_FAST, 0));`],
    });
  }
  return out;
}
