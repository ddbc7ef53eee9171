import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { emitClient } from '../../../generator/emit/client.js';
import { emitIndex } from '../../../generator/emit/index-file.js';
import { emitTypes } from '../../../generator/emit/types.js';
import { emitValidators } from '../../../generator/emit/validators.js';
import { DIAGNOSTIC_CATALOG } from '../../../generator/diagnostics.js';
import { planApi } from '../../../generator/plan/plan.js';
import { testEmitContext } from '../../support/emit-context.js';
import { sideOf } from './run.js';

/**
 * Writes the generated client for a spec text (types, client, validators, index.ts) under `root`, in a
 * folder named by the text's hash, and returns that folder. These are the emitters `generate()` runs,
 * without the docs and without prettier: formatting costs most of a small spec's generation time and
 * changes no type, and the probe compiles a hundred clients.
 */
export async function writeClient(text: string, root: string): Promise<string> {
  const dir = path.join(root, createHash('sha256').update(text).digest('hex').slice(0, 16));
  if (existsSync(path.join(dir, 'index.ts'))) return dir; // the same text was generated already
  const side = sideOf(text, 'spec.yaml');
  const problems: string[] = [];
  const ctx = testEmitContext((d) => void (DIAGNOSTIC_CATALOG[d.code].severity === 'error' && problems.push(`${d.code} ${d.message}`)));
  const plan = planApi(side.api);
  const files = [
    ...(await emitTypes(side.api, plan, parse(text) as Record<string, unknown>, ctx)),
    ...(await emitClient(side.api, plan, ctx)),
    ...emitValidators(side.api, plan, ctx),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  files.push(emitIndex(side.api, files));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.content);
  }
  return dir;
}
