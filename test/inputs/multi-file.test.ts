import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { generate } from '../../generator/index.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { OUTPUT_FILES } from '../../generator/plan/files.js';
import { repoRoot, runCli, scratchDir } from '../support/cli.js';
import { splitSpec } from '../support/split-spec.js';

const FIXTURES = 'test/fixtures/multi-file';
const scratch = scratchDir('multi-file');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes files (relative path → text) under a folder. */
function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

describe('multi-file specs', { timeout: 120_000 }, () => {
  const seeds = readdirSync(path.join(repoRoot, 'specs')).filter((f) => f.endsWith('.yaml')).sort();

  it.each(seeds)('%s split into a file per path item and component generates the bundled spec\'s bytes', async (seed) => {
    const text = readFileSync(path.join(repoRoot, 'specs', seed), 'utf8');
    const bundledDir = path.join(scratch, `bundled-${seed}`);
    const splitDir = path.join(scratch, `split-${seed}`);
    writeTree(bundledDir, { [`specs/${seed}`]: text });
    const parts = splitSpec(parse(text));
    writeTree(splitDir, Object.fromEntries(Object.entries(parts).map(([rel, t]) => [rel === 'openapi.yaml' ? `specs/${seed}` : `specs/${rel}`, t])));
    // The same relative spec path in both, so the output headers name the same spec.
    const bundled = await generate({ specs: [`specs/${seed}`], cwd: bundledDir });
    const split = await generate({ specs: [`specs/${seed}`], cwd: splitDir });
    expect(Object.keys(parts).length).toBeGreaterThan(4);
    expect(split.diagnostics.map(formatDiagnostic)).toEqual(bundled.diagnostics.map(formatDiagnostic));
    const files = split.apis[0]!.files;
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => [f.path, f.content])).toEqual(bundled.apis[0]!.files.map((f) => [f.path, f.content]));
    // Every part was read, and is an input of the run.
    expect(Object.keys(split.apis[0]!.inputs).length).toBe(Object.keys(parts).length - 1);
  });

  it('follows refs nested and cyclic across YAML and JSON files; schemas no root component names are named by file and pointer', async () => {
    const result = await generate({ specs: [`${FIXTURES}/valid/openapi.yaml`], cwd: repoRoot });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const types = result.apis[0]!.files.find((f) => f.path === OUTPUT_FILES.types)!;
    await expect(types.content).toMatchFileSnapshot('__snapshots__/multi-file-types.gen.ts');
    const loaded = await loadSpec({ absPath: path.join(repoRoot, FIXTURES, 'valid/openapi.yaml'), file: `${FIXTURES}/valid/openapi.yaml`, cwd: repoRoot });
    const schemas = (loaded.spec!.data as { components: { schemas: Record<string, unknown> } }).components.schemas;
    // Profile is the root's; the others in file order: other/tree.yaml's Node before schemas/tree.yaml's (Node2).
    expect(Object.keys(schemas)).toEqual(['Profile', 'Node', 'address', 'Tag', 'Node2']);
    expect(schemas.Node2).toMatchObject({ properties: { children: { items: { $ref: '#/components/schemas/Node2' } }, origin: { $ref: '#/components/schemas/Node' } } });
    expect(schemas.address).toMatchObject({ properties: { resident: { $ref: '#/components/schemas/Profile' } } });
  });

  it('names schemas the same whatever order the files are reached in', async () => {
    const dir = path.join(scratch, 'reordered');
    cpSync(path.join(repoRoot, FIXTURES, 'valid'), dir, { recursive: true });
    const root = parse(readFileSync(path.join(dir, 'openapi.yaml'), 'utf8'));
    root.paths = { '/tree': root.paths['/tree'], '/profile': root.paths['/profile'] };
    writeFileSync(path.join(dir, 'openapi.yaml'), stringify(root));
    const load = async (cwd: string, file: string) => (await loadSpec({ absPath: path.join(cwd, file), file, cwd })).spec!.data as { components: unknown };
    const original = await load(repoRoot, `${FIXTURES}/valid/openapi.yaml`);
    const reordered = await load(dir, 'openapi.yaml');
    expect(JSON.stringify(reordered.components)).toBe(JSON.stringify(original.components));
  });

  it('reports a problem inside a referenced file in that file, at its line and column', async () => {
    const result = await generate({ specs: [`${FIXTURES}/broken/openapi.yaml`], cwd: repoRoot });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${FIXTURES}/broken/parts/schemas.yaml:5:7  error  SPEC_REF_NOT_FOUND  #/Adress not found`,
      `${FIXTURES}/broken/parts/schemas.yaml:7:7  error  SPEC_EXTERNAL_REF  $ref https://example.com/photo.json is a URL; URLs are never fetched`,
      `${FIXTURES}/broken/parts/schemas.yaml:9:7  error  SPEC_REF_OUTSIDE_ROOT  file ../../../../../../../../../../etc/passwd is outside the folder of ${FIXTURES}/broken/openapi.yaml; it is not read`,
      `${FIXTURES}/broken/parts/schemas.yaml:11:7  error  SPEC_UNSUPPORTED_TYPE  type "strnig" is not a JSON Schema type`,
      `${FIXTURES}/broken/parts/syntax.yaml:3:1  error  SPEC_YAML_SYNTAX  Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
    expect(result.apis[0]!.files).toEqual([]);
  });

  it('stops refs that multiply through files (a $ref bomb) with one located error', async () => {
    const result = await generate({ specs: [`${FIXTURES}/expansion/openapi.yaml`], cwd: repoRoot, format: false });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([`${FIXTURES}/expansion/callbacks.yaml:85:15 SPEC_REF_EXPANSION`]);
    expect(result.apis[0]!.files).toEqual([]);
  });

  it('never follows a symbolic link out of the spec\'s folder, nor an absolute path', async () => {
    const dir = path.join(scratch, 'links');
    writeTree(dir, {
      'secret.yaml': 'Token:\n  type: string\n  description: outside the specs folder\n',
      'specs/parts/real.yaml': 'Inside:\n  type: string\n',
      'specs/api.yaml': [
        'openapi: 3.1.0',
        'info: { title: Links, version: "1" }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Out: { $ref: "./parts/out.yaml#/Token" }',
        '    In: { $ref: "./parts/in.yaml#/Inside" }',
        `    Abs: { $ref: "${path.join(dir, 'secret.yaml')}#/Token" }`,
        '',
      ].join('\n'),
    });
    symlinkSync(path.join(dir, 'secret.yaml'), path.join(dir, 'specs/parts/out.yaml'));
    symlinkSync(path.join(dir, 'specs/parts/real.yaml'), path.join(dir, 'specs/parts/in.yaml'));
    const result = await generate({ specs: ['specs/api.yaml'], cwd: dir });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'specs/api.yaml:6:12 SPEC_REF_OUTSIDE_ROOT',
      'specs/api.yaml:8:12 SPEC_REF_OUTSIDE_ROOT',
    ]);
    expect(Object.keys(result.apis[0]!.inputs).map((f) => path.relative(dir, f))).toEqual(['specs/parts/in.yaml']);
  });

  it('the up-to-date record and --check notice a change in a referenced file', () => {
    const dir = scratchDir('multi-file-cli');
    try {
      cpSync(path.join(repoRoot, FIXTURES, 'valid'), path.join(dir, 'specs/shop'), { recursive: true });
      const args = ['--spec', 'specs/shop/openapi.yaml'];
      expect(runCli(args, dir).code).toBe(0);
      expect(runCli([...args, '--check'], dir).stdout).toMatch(/up to date, nothing regenerated/);
      const part = path.join(dir, 'specs/shop/other/tree.yaml');
      writeFileSync(part, readFileSync(part, 'utf8').replace('type: integer', 'type: string'));
      const check = runCli([...args, '--check'], dir);
      expect(check.stdout).not.toMatch(/up to date/);
      expect(check.code).toBe(1);
      expect(check.stderr).toMatch(/^generated\/openapi\/types\.gen\.ts:\d+:\d+  error  OUTPUT_STALE/m);
      expect(runCli(args, dir).code).toBe(0);
      expect(runCli([...args, '--check'], dir).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
