import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { generate } from '../../../generator/index.js';
import type { ApiIR } from '../../../generator/ir/types.js';
import { planApi } from '../../../generator/plan/plan.js';
import type { ApiPlan } from '../../../generator/plan/types.js';
import { testTmp } from '../../support/tmp.js';

const root = path.resolve(import.meta.dirname, '../../..');
const tmp = testTmp('validators');

/** A generated validators module, loaded: `validateX(value, options)` and `isX(value)` by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ValidatorModule = Record<string, (value: unknown, options?: { failFast?: boolean; strict?: boolean }) => any>;

/** Runs the real pipeline in memory on spec files (repo-relative) and returns their outputs. */
export async function generateSpecs(specs: string[]): Promise<{ api: ApiIR; plan: ApiPlan; files: Map<string, string> }[]> {
  const result = await generate({ specs, cwd: root });
  return result.apis.map((a) => {
    const errors = a.diagnostics.filter((d) => d.severity === 'error');
    if (!a.api || !a.plan || errors.length > 0) throw new Error(`${a.specFile}: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
    return { api: a.api, plan: a.plan, files: new Map(a.files.map((f) => [f.path, f.content])) };
  });
}

/**
 * Transpiles validators.gen.ts (its only import is type-only, so it is erased) and imports it from a
 * content-addressed file in the run's scratch folder (git-ignored).
 */
export async function importValidators(source: string): Promise<ValidatorModule> {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `${createHash('sha256').update(js).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, js);
  return (await import(pathToFileURL(file).href)) as ValidatorModule;
}

/** Repo root, for tests that read fixtures. */
export const repoRoot = root;

/** Emits validators for hand-built IR and loads them (no prettier: the emitted text compiles as is). */
export async function validatorsFor(api: ApiIR): Promise<ValidatorModule> {
  const { emitValidators } = await import('../../../generator/emit/validators.js');
  const [file] = await emitValidators(api, planApi(api), { report: () => undefined });
  return importValidators(file!.content);
}
