import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, scratchDir } from '../support/cli.js';
import { WatchProcess } from '../support/watch-process.js';

const RAN = /^watch: \d+ spec\(s\) regenerated/gm;

/** Watch mode follows every file a spec read: the files its `$ref`s reach and its overlays. */
describe('--watch with multi-file specs and overlays', { timeout: 600_000 }, () => {
  let watcher: WatchProcess | undefined;
  afterEach(() => watcher?.kill());

  it('regenerates a spec when a file its $refs reach or its overlay changes', async () => {
    const dir = scratchDir('watch-inputs');
    try {
      cpSync(path.join(repoRoot, 'test/fixtures/multi-file/valid'), path.join(dir, 'api'), { recursive: true });
      writeFileSync(path.join(dir, 'title.yaml'), 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    update: { title: Overlaid }\n');
      const w = (watcher = new WatchProcess(['--spec', 'api/openapi.yaml', '--overlay', 'title.yaml'], dir));
      const types = path.join(dir, 'generated/openapi/types.gen.ts');
      const index = path.join(dir, 'generated/openapi/docs/index.md');
      await w.waitFor('the first run', () => /^watch: watching 1 spec/m.test(w.stderr));
      expect(readFileSync(index, 'utf8')).toContain('Overlaid');

      let mark = w.mark();
      const part = path.join(dir, 'api/other/tree.yaml');
      writeFileSync(part, readFileSync(part, 'utf8').replace('type: integer', 'type: string'));
      // Waits for the output, not a count of runs: the change may be picked up by a run another report started.
      await w.waitFor('the referenced file change', () => /Node: \{\s*id\?: string;/.test(readFileSync(types, 'utf8')));
      expect(w.since(mark).stderr).toMatch(/^watch: (.+, )?api\/other\/tree\.yaml(, .+)? changed; regenerating api\/openapi\.yaml$/m);

      // A referenced file broken, then fixed: the fix is noticed though the broken file never parsed.
      mark = w.mark();
      const good = readFileSync(part, 'utf8');
      writeFileSync(part, 'Node: [not closed\n');
      await w.waitFor('the broken file to be reported', () => /api\/other\/tree\.yaml:\d+:\d+  error  SPEC_YAML_SYNTAX/.test(w.since(mark).stderr));
      mark = w.mark();
      writeFileSync(part, good.replace('type: string', 'type: boolean'));
      await w.waitFor('the fixed file', () => /id\?: boolean;/.test(readFileSync(types, 'utf8')));

      mark = w.mark();
      writeFileSync(path.join(dir, 'title.yaml'), readFileSync(path.join(dir, 'title.yaml'), 'utf8').replace('Overlaid', 'Overlaid again'));
      await w.waitFor('the overlay change', () => readFileSync(index, 'utf8').includes('Overlaid again'));
      await w.waitFor('the run\'s summary', () => [...w.since(mark).stderr.matchAll(RAN)].length > 0);
      expect(w.since(mark).stderr).not.toMatch(/ error /);
    } finally {
      watcher?.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
