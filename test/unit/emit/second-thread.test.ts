import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../generator/emit/types.js';
import { startTypesThread } from '../../../generator/emit/types-thread.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { readSpec } from '../../../generator/load/read.js';
import { planApi } from '../../../generator/plan/plan.js';

/**
 * Large specs get types.gen.ts from a worker thread (emit/types-thread.ts). The threshold is lowered
 * here so a seed spec runs in it: the worker must give the bytes this thread gives, and a worker that
 * cannot do its job must leave the caller to emit the types (no outcome), never a wrong one.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const job = (specFile: string) => ({ absPath: path.join(root, specFile), specFile, cwd: root, overlays: undefined });

describe('the types thread', () => {
  it('emits the bytes the main thread emits', async () => {
    const specFile = 'specs/stuut.yaml';
    const thread = await startTypesThread(job(specFile), 0);
    expect(thread).toBeDefined();
    const outcome = await thread!.outcome;
    const { spec } = await readSpec(path.join(root, specFile), specFile);
    const document = spec!.data as Record<string, unknown>;
    const api = normalize(document, specFile);
    const here = await emitTypes(api, planApi(api), document, { report: () => {} });
    expect(outcome?.problems).toEqual([]);
    expect(outcome?.files).toEqual(here);
  }, 60_000);

  it('is not started for a spec below the size threshold', async () => {
    expect(await startTypesThread(job('specs/stuut.yaml'))).toBeUndefined();
  });

  it('has no outcome when it cannot read the spec, so the caller emits the types itself', async () => {
    const thread = await startTypesThread(job('specs/no-such-spec.yaml'), 0);
    expect(await thread!.outcome).toBeUndefined();
  }, 60_000);
});
