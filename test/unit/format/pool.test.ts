import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { FormatPool } from '../../../generator/format/pool.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';

/**
 * The worker pool must format in its workers. Its caller redoes a failed job in the main thread, so
 * output stayed right when every worker job failed (they once did: the workers imported prettier's
 * CommonJS entry, which had no named `format`) and only the speed was lost; this catches that.
 */
describe('FormatPool', { timeout: 60_000 }, () => {
  it('formats Markdown and TypeScript in its workers, byte-identical to this thread', async () => {
    const jobs = [
      { content: '# Title\n\n| a | b |\n|--|--|\n| 1 | 2 |\n', options: { ...PRETTIER_OPTIONS, parser: 'markdown' } },
      { content: 'export const a = {b:1, c:[1,2]}', options: { ...PRETTIER_OPTIONS, parser: 'babel-ts' } },
    ];
    const results = await new FormatPool(2).run(jobs);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const here = await Promise.all(jobs.map((j) => prettier.format(j.content, j.options)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason))).toEqual(here);
  });

  it('rejects a job prettier cannot parse, with prettier\'s message, and keeps serving', async () => {
    const pool = new FormatPool(1);
    const [bad] = await pool.run([{ content: 'export const = ;', options: { ...PRETTIER_OPTIONS, parser: 'babel-ts' } }]);
    expect(bad?.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/Unexpected token|expected/i);
    const [good] = await pool.run([{ content: 'let x=1', options: { ...PRETTIER_OPTIONS, parser: 'babel-ts' } }]);
    expect(good).toEqual({ status: 'fulfilled', value: 'let x = 1;\n' });
  });
});
