import type { ApiIR } from '../ir/types.js';
import { moduleSpecifier, OUTPUT_FILES } from '../plan/files.js';
import type { ApiPlan } from '../plan/types.js';
import type { EmitContext, EmittedFile } from './emitted-file.js';
import { generatedHeader } from './header.js';
import { CheckModule } from './validators/check-module.js';
import { compileCheck } from './validators/compile-schema.js';
import { publicValidators, type PublicValidator } from './validators/entrypoints.js';
import { COMPOSITION_SNIPPETS } from './validators/composition-runtime.js';
import { FORMAT_SNIPPETS } from './validators/format-runtime.js';
import { issueSnippet } from './validators/messages.js';
import { RUNTIME_SNIPPETS } from './validators/runtime.js';
import { selectSnippets } from './validators/snippet.js';
import type { TextOut } from './validators/print/body.js';
import { constText, functionText, implementationText, importType, overloadText } from './validators/print/file.js';
import { PUBLIC_TYPES } from './validators/public-types.js';

/**
 * validators.gen.ts: one compiled check per schema, specialised at generation time (no schema is
 * interpreted at run time, no dependency), behind `validateX` / `isX` functions typed with the
 * types from types.gen.ts. The text is printed as prettier prints it (validators/print/), so the file
 * skips the format step (`preformatted`); a line whose shape the printer does not know sends the whole
 * file to prettier instead.
 */
export function emitValidators(api: ApiIR, plan: ApiPlan, ctx: Pick<EmitContext, 'report'>): EmittedFile[] {
  const module = new CheckModule(api, plan, ctx.report);
  const validators = publicValidators(module);
  module.drain(compileCheck);
  // Only checks that recurse can throw (\`_Deep\`): the others run without try/catch (runtime.ts).
  const deep = module.snippets.has('_Deep');
  module.use('_ctxOf', ...(deep ? ['_run/deep'] : []));
  if (validators.some((v) => v.guard)) module.use(deep ? '_is/deep' : '_is');
  const out: TextOut = { lines: [], unformatted: 0 };
  render(api, module, validators, out);
  return [{ path: OUTPUT_FILES.validators, content: out.lines.join('\n') + '\n', parser: 'typescript', preformatted: out.unformatted === 0 }];
}

/** Top-level items, separated by one blank line (constants stand together). */
function render(api: ApiIR, module: CheckModule, validators: PublicValidator[], out: TextOut): void {
  out.lines.push(generatedHeader(api).trimEnd());
  const typeNames = [...new Set(validators.map((v) => v.typeName))].sort();
  if (typeNames.length > 0) out.lines.push(importType(typeNames, `'${moduleSpecifier(OUTPUT_FILES.types)}'`), '');
  out.lines.push(PUBLIC_TYPES);
  // Without recursion no check throws: the validator calls its check itself, with nothing shared in
  // between whose call site would see every check of the file (V8 then inlines less).
  const deep = module.snippets.has('_Deep');
  for (const v of validators) {
    out.lines.push('');
    // Callers see `(value, options?)`; the implementation declares `value` alone and reads the options
    // from `arguments`: a declared second parameter makes V8 pad the frame of every one-argument call
    // it does not inline (bench/validators.ts, small bodies: ~15% of the call).
    const returns = `ValidationResult<${v.typeName}>`;
    overloadText(out, v.doc, `export function ${v.name}`, ['value: unknown', 'options?: ValidateOptions'], returns);
    implementationText(out, `export function ${v.name}`, ['value: unknown'], returns, [
      `const c = _ctxOf(arguments[1], ${v.mode});`,
      `return _result<${v.typeName}>(${deep ? `_run(${v.check}, value, c)` : `${v.check}(value, '', c, 0)`}, value, c);`,
    ]);
    if (v.guard) {
      out.lines.push('');
      functionText(out, `True when the value is a valid \`${v.typeName}\` (stops at the first error).`, `export function ${v.guard}`, ['value: unknown'], `value is ${v.typeName}`, [
        `return _is(${v.check}, value);`,
      ]);
    }
  }
  if (validators.length === 0) return;
  if (module.constants.length > 0) out.lines.push('');
  for (const c of module.constants) {
    // JSON objects follow prettier's object rules (quoted keys, preserved breaks), which the printer
    // does not carry: rare in specs, so such a file is formatted by prettier.
    if (c.structured === 'object') out.unformatted++;
    constText(out, c.name, c.type, c.initializer, c.structured === 'array');
  }
  for (const f of module.functions) {
    out.lines.push('');
    functionText(out, f.doc, `function ${f.name}`, f.params, 'boolean', f.statements);
  }
  const snippets = selectSnippets([...RUNTIME_SNIPPETS, ...COMPOSITION_SNIPPETS, issueSnippet(module.keywords), ...FORMAT_SNIPPETS], module.snippets);
  out.lines.push('', '// Runtime: only what the checks above use.');
  for (const s of snippets) out.lines.push('', s.code.trim());
}
