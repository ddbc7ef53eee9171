import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { generate } from '../../generator/index.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { repoRoot, runCli, scratchDir } from '../support/cli.js';

/**
 * OpenAPI Overlay 1.0: the specification's own examples (test/fixtures/overlays/NOTICE.md), each applied
 * to one target document and compared with the document it must give; then the diagnostics.
 */
const DIR = 'test/fixtures/overlays';
const TARGET = `${DIR}/openapi.yaml`;
const scratch = scratchDir('overlays');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function apply(overlays: string[], target = TARGET, cwd = repoRoot) {
  return loadSpec({ absPath: path.resolve(cwd, target), file: target, cwd, overlays });
}

function overlayFile(name: string, text: string): string {
  const file = path.join(scratch, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return path.relative(repoRoot, file).split(path.sep).join('/');
}

describe('overlays: the Overlay 1.0.0 specification\'s examples', () => {
  it.each(['structured', 'targeted', 'wildcard', 'wildcard-1.0.0-text', 'array-add', 'array-remove'])('%s gives its output.yaml', async (name) => {
    const result = await apply([`${DIR}/${name}/overlay.yaml`]);
    expect(result.diagnostics).toEqual([]);
    expect(result.spec!.data).toEqual(parse(readFileSync(path.join(repoRoot, DIR, name, 'output.yaml'), 'utf8')));
    expect(Object.keys(result.inputs)).toEqual([path.join(repoRoot, DIR, name, 'overlay.yaml')]);
  });

  it('generates from the overlaid spec, applied before validation', async () => {
    for (const name of ['structured', 'targeted', 'wildcard', 'array-remove']) {
      const result = await generate({ specs: [TARGET], cwd: repoRoot, overlays: { [TARGET]: [`${DIR}/${name}/overlay.yaml`] }, format: false });
      expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    }
    const removed = await generate({ specs: [TARGET], cwd: repoRoot, overlays: { [TARGET]: [`${DIR}/array-remove/overlay.yaml`] }, format: false });
    const client = removed.apis[0]!.files.find((f) => f.path === 'client.gen.ts')!.content;
    expect(client).toContain('filter');
    expect(client).not.toContain('dummy');
  });

  it('reports a problem an overlay brings in the overlay, where its update wrote it', async () => {
    // 1.0.0's wildcard example writes a file path where it meant a local ref: never read.
    const text10 = await generate({ specs: [TARGET], cwd: repoRoot, overlays: { [TARGET]: [`${DIR}/wildcard-1.0.0-text/overlay.yaml`] }, format: false });
    expect(text10.diagnostics.map(formatDiagnostic)).toEqual([
      `${DIR}/wildcard-1.0.0-text/overlay.yaml:12:9  error  SPEC_EXTERNAL_REF  external $ref /components/schemas/filterSchema is not followed (referenced from #/paths/~1pets/get/parameters/0/schema)`,
    ]);
    // A parameter appended without a schema: missing its schema, in the overlay's update.
    const added = await generate({ specs: [TARGET], cwd: repoRoot, overlays: { [TARGET]: [`${DIR}/array-add/overlay.yaml`] }, format: false });
    const lines = added.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${DIR}/array-add/overlay.yaml:7:5 SPEC_`));
  });

  it('keeps the positions of array items after a removal moved them', async () => {
    const overlay = overlayFile('remove-first.yaml', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths[\'/pets\'].get.parameters[0]\n    remove: true\n');
    const { spec } = await apply([overlay]);
    // The parameter now first is `dummy`, written on line 22 of the target.
    expect(spec!.position('/paths/~1pets/get/parameters/0/name')).toMatchObject({ line: 22, col: 11, file: TARGET });
  });
});

describe('overlays: diagnostics', () => {
  it('an action whose target matches nothing is a warning at that action\'s target', async () => {
    const result = await apply([`${DIR}/no-match/overlay.yaml`]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${DIR}/no-match/overlay.yaml:9:5  warning  OVERLAY_TARGET_NO_MATCH  target "$.paths['/cats'].get" matches nothing; the action changed nothing`,
    ]);
    expect(result.spec!.data).toEqual(parse(readFileSync(path.join(repoRoot, DIR, 'no-match/output.yaml'), 'utf8')));
  });

  it.each([
    ['not-an-overlay', 'openapi: 3.1.0\n', 'OVERLAY_INVALID 1:1'],
    ['wrong-version', 'overlay: 2.0.0\ninfo: { title: t, version: "1" }\nactions: []\n', 'OVERLAY_INVALID 1:1'],
    ['no-actions', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions: []\n', 'OVERLAY_INVALID 3:1'],
    ['no-info-version', 'overlay: 1.0.0\ninfo: { title: t }\nactions:\n  - target: $\n    update: {}\n', 'OVERLAY_INVALID 2:1'],
    ['does-nothing', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    description: no update, no remove\n', 'OVERLAY_INVALID 4:5'],
    ['unknown-field', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    copy: $.paths\n', 'OVERLAY_INVALID 5:5'],
    ['bad-jsonpath', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.paths[\n    remove: true\n', 'OVERLAY_TARGET_INVALID 4:5'],
    ['incompatible', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info\n    update:\n      title: { nested: object }\n', 'OVERLAY_UPDATE_INCOMPATIBLE 6:7'],
    ['primitive-target', 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - target: $.info.title\n    update: New title\n', 'OVERLAY_UPDATE_INCOMPATIBLE 4:5'],
    ['syntax', 'overlay: 1.0.0\ninfo: [\n', 'SPEC_YAML_SYNTAX'],
  ])('%s: a coded error in the overlay file', async (name, text, expected) => {
    const file = overlayFile(`${name}.yaml`, text);
    const result = await apply([file]);
    const found = result.diagnostics.map((d) => `${d.file} ${d.code} ${d.line}:${d.col}`);
    expect(found.some((line) => line.startsWith(`${file} ${expected}`))).toBe(true);
    expect(result.diagnostics.every((d) => d.file === file)).toBe(true);
    const generated = await generate({ specs: [TARGET], cwd: repoRoot, overlays: { [TARGET]: [file] }, format: false });
    expect(generated.apis[0]!.files).toEqual([]);
  });

  it('a missing overlay file is SPEC_READ_FAILED on that file', async () => {
    const result = await apply(['test/fixtures/overlays/nope.yaml']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['test/fixtures/overlays/nope.yaml:1:1  error  SPEC_READ_FAILED  cannot read overlay (ENOENT)']);
  });
});

describe('overlays: CLI and config', { timeout: 180_000 }, () => {
  const project = () => {
    const dir = scratchDir('overlay-cli');
    mkdirSync(path.join(dir, 'specs'));
    mkdirSync(path.join(dir, 'overlays'));
    writeFileSync(path.join(dir, 'specs/pets.yaml'), readFileSync(path.join(repoRoot, TARGET)));
    writeFileSync(path.join(dir, 'overlays/remove.yaml'), readFileSync(path.join(repoRoot, DIR, 'array-remove/overlay.yaml')));
    writeFileSync(path.join(dir, 'overlays/miss.yaml'), readFileSync(path.join(repoRoot, DIR, 'no-match/overlay.yaml')));
    return dir;
  };

  it('--overlay applies overlays in order, prints the no-match warning, and the record notices an overlay change', () => {
    const dir = project();
    try {
      const args = ['--spec', 'specs/pets.yaml', '--overlay', 'overlays/remove.yaml', '--overlay', 'overlays/miss.yaml'];
      const first = runCli(args, dir);
      expect(first.code).toBe(0);
      expect(first.stderr).toContain(`overlays/miss.yaml:9:5  warning  OVERLAY_TARGET_NO_MATCH  target "$.paths['/cats'].get" matches nothing; the action changed nothing`);
      expect(readFileSync(path.join(dir, 'generated/pets/client.gen.ts'), 'utf8')).not.toContain('dummy');
      expect(runCli([...args, '--check'], dir).stdout).toMatch(/up to date, nothing regenerated/);
      writeFileSync(path.join(dir, 'overlays/remove.yaml'), readFileSync(path.join(dir, 'overlays/remove.yaml'), 'utf8').replace("'dummy'", "'filter'"));
      const check = runCli([...args, '--check'], dir);
      expect(check.stdout).not.toMatch(/up to date/);
      expect(check.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes overlays per spec from the config file; --overlay needs a run of one spec', () => {
    const dir = project();
    try {
      writeFileSync(path.join(dir, 'generator.config.json'), JSON.stringify({ overlays: { 'specs/pets.yaml': ['overlays/remove.yaml'] } }));
      expect(runCli([], dir).code).toBe(0);
      expect(readFileSync(path.join(dir, 'generated/pets/client.gen.ts'), 'utf8')).not.toContain('dummy');
      writeFileSync(path.join(dir, 'specs/other.yaml'), readFileSync(path.join(repoRoot, TARGET)));
      const many = runCli(['--overlay', 'overlays/miss.yaml'], dir);
      expect(many.code).toBe(2);
      expect(many.stderr).toContain('--overlay applies to one spec');
      writeFileSync(path.join(dir, 'generator.config.json'), JSON.stringify({ overlays: { 'specs/typo.yaml': ['overlays/remove.yaml'] } }));
      const typo = runCli([], dir);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain('overlays: spec file not found: specs/typo.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
