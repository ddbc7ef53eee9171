import path from 'node:path';
import { emitClient } from '../../generator/emit/client.js';
import { emitDocs } from '../../generator/emit/docs.js';
import type { EmittedFile } from '../../generator/emit/emitted-file.js';
import { emitIndex } from '../../generator/emit/index-file.js';
import { emitTypes } from '../../generator/emit/types.js';
import { emitValidators } from '../../generator/emit/validators.js';
import { normalize } from '../../generator/ir/normalize.js';
import { readSpec } from '../../generator/load/read.js';
import { planApi } from '../../generator/plan/plan.js';
import { testEmitContext } from './emit-context.js';

/**
 * The emitters' output for a spec before formatting, the same steps as generate() up to `format`.
 * Tests of the formatter need the raw text: formatted output alone cannot show that a faster parser
 * prints what the reference parser would have printed.
 */
export async function rawOutputs(specFile: string, cwd: string): Promise<EmittedFile[]> {
  const { spec } = await readSpec(path.resolve(cwd, specFile), specFile);
  if (!spec) throw new Error(`rawOutputs: cannot read ${specFile}`);
  const data = spec.data as Record<string, unknown>;
  const api = normalize(data, specFile);
  const plan = planApi(api);
  const ctx = testEmitContext();
  const files = [
    ...(await emitTypes(api, plan, data, ctx)),
    ...(await emitClient(api, plan, ctx)),
    ...(await emitValidators(api, plan, ctx)),
    ...(await emitDocs(api, plan, ctx)),
  ];
  files.push(emitIndex(api, files));
  return files;
}
