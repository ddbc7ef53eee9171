import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateSpecs, repoRoot } from './support/load.js';

/**
 * validators.gen.ts compiles under `tsc --strict` (plus noUncheckedIndexedAccess and noUnusedLocals,
 * no @types/node, as tsconfig.generated.json) next to the types.gen.ts it imports, for every spec
 * and fixture: one program over all of them, written under test/.tmp (git-ignored).
 */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noEmit: true,
  isolatedModules: true,
  skipLibCheck: true,
};

const inputs = [
  ...readdirSync(path.join(repoRoot, 'specs')).filter((f) => f.endsWith('.yaml')).map((f) => `specs/${f}`),
  ...readdirSync(path.join(repoRoot, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
];

describe('tsc --strict over validators.gen.ts', () => {
  it(`compiles for every spec and fixture (${inputs.length})`, async () => {
    const dir = path.join(repoRoot, 'test/.tmp/typecheck');
    rmSync(dir, { recursive: true, force: true });
    const roots: string[] = [];
    for (const out of await generateSpecs(inputs)) {
      const target = path.join(dir, out.plan.slug);
      mkdirSync(target, { recursive: true });
      for (const name of ['types.gen.ts', 'validators.gen.ts']) writeFileSync(path.join(target, name), out.files.get(name)!);
      roots.push(path.join(target, 'validators.gen.ts'));
    }
    const program = ts.createProgram(roots, OPTIONS);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${path.relative(dir, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(errors).toEqual([]);
  }, 180_000);
});
