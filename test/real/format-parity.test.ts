import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatCounts, formatFile, POOL_THRESHOLD, PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { rawOutputs } from '../support/raw-outputs.js';

/**
 * format.ts prints TypeScript through prettier's `babel-ts` parser (3x faster than `typescript` on the
 * large specs) and a worker pool. Both are only speed-ups: for every TypeScript output of the seeds and
 * fixtures, the bytes must equal what prettier's `typescript` parser prints in this thread.
 * test/large checks the same for GitHub and Stripe.
 */
const root = path.resolve(import.meta.dirname, '../..');
const specs = [
  ...readdirSync(path.join(root, 'specs')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `specs/${f}`),
  ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
].sort();

describe.each(specs)('%s', (spec) => {
  it('formats every TypeScript output exactly as the typescript parser does', async () => {
    const files = (await rawOutputs(spec, root)).filter((f) => f.parser === 'typescript');
    expect(files.length).toBeGreaterThan(0);
    const ours = await Promise.all(files.map((f) => formatFile(f)));
    for (const [i, file] of files.entries()) {
      const reference = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: file.path });
      expect(ours[i]!.content, file.path).toBe(reference);
    }
  });
});

describe('the worker pool', () => {
  it('gives the same bytes as formatting in this thread, and keeps the order of files', async () => {
    // In a run, files an emitter prints in prettier's layout (preformatted) never reach the pool, nor
    // docs pages laid out by markdown-layout.ts (only their code blocks do); every TypeScript output of
    // a seed is preformatted now, so two are sent through the pool here as if they were not.
    const files = (await rawOutputs('specs/stuut.yaml', root))
      .filter((f) => f.path === 'index.ts' || f.path === 'client.gen.ts')
      .map((f) => ({ ...f, preformatted: false }));
    expect(files).toHaveLength(2);
    // Just enough copies to cross the pool threshold, each distinguishable by a leading comment or heading.
    const copies = Math.ceil(POOL_THRESHOLD / files.reduce((n, f) => n + f.content.length, 0));
    expect(copies).toBeGreaterThan(1);
    const many = Array.from({ length: copies }, (_, n) => files.map((f) => ({ ...f, content: `${f.parser === 'json' ? '' : `// copy ${n}\n`}${f.content}` }))).flat();
    const before = formatCounts();
    const pooled = await Promise.all(many.map((f) => formatFile(f)));
    // Every job went to a worker: had they all failed, this thread would have redone them with the same bytes.
    const after = formatCounts();
    expect({ workers: after.workers - before.workers, thread: after.thread - before.thread }).toEqual({ workers: many.length, thread: 0 });
    for (const [i, file] of many.entries()) {
      const parser = file.parser === 'typescript' ? 'typescript' : file.parser!;
      expect(pooled[i]!.content, file.path).toBe(await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser, filepath: file.path }));
    }
  });
});
