import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/index.js';
import { repoRoot } from './support/cli.js';
import { testTmp } from './support/tmp.js';
import { CONSUMER_SETUPS, tsFilesIn, typecheck, type ConsumerSetup } from './support/typecheck.js';

/**
 * Generated code lands in other people's projects and is compiled with their settings. Every
 * generated API (the committed generated/ folders and the output of every fixture) must compile,
 * under the strictest options, in a browser project (DOM libs only), a Node-only project
 * (`lib: es2022`, `types: node`, no DOM) and a project with both. One program per set-up.
 */
const scratch = testTmp('consumers');
let roots: string[] = [];
let apiCount = 0;

beforeAll(async () => {
  const committed = readdirSync(path.join(repoRoot, 'generated'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(repoRoot, 'generated', e.name));
  const fixtures = readdirSync(path.join(repoRoot, 'test/fixtures'))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `test/fixtures/${f}`);
  const result = await generate({ specs: fixtures, cwd: repoRoot });
  const written: string[] = [];
  for (const api of result.apis) {
    expect(api.diagnostics.filter((d) => d.severity === 'error'), api.specFile).toEqual([]);
    const dir = path.join(scratch, 'fixtures', api.slug);
    for (const file of api.files.filter((f) => f.path.endsWith('.ts'))) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    written.push(dir);
  }
  apiCount = committed.length + written.length;
  roots = tsFilesIn([...committed, ...written]);
}, 120_000);

describe('generated code compiles in consumer projects', () => {
  it.each(Object.keys(CONSUMER_SETUPS) as ConsumerSetup[])('%s', (setup) => {
    expect(apiCount).toBeGreaterThan(20);
    expect(typecheck(roots, { setup })).toEqual([]);
  }, 120_000);

  it('the set-ups differ: a DOM-only name fails in the Node-only project, a Node-only one in the DOM project', () => {
    const dir = path.join(scratch, 'live');
    mkdirSync(dir, { recursive: true });
    const domOnly = path.join(dir, 'dom-only.ts');
    const nodeOnly = path.join(dir, 'node-only.ts');
    writeFileSync(domOnly, 'export const body: BodyInit = "x";\n');
    writeFileSync(nodeOnly, 'export const buffer: Buffer = Buffer.from("x");\n');
    const errors = (setup: ConsumerSetup) => typecheck([domOnly, nodeOnly], { setup, relativeTo: dir }).map((l) => l.replace(/:\d+:\d+ .*/, ''));
    expect(errors('dom')).toEqual(['node-only.ts', 'node-only.ts']);
    expect(errors('node')).toEqual(['dom-only.ts']);
    expect(errors('dom+node')).toEqual([]);
  });
});
