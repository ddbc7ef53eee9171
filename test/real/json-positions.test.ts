import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { parseSpecText } from '../../generator/load/read.js';

/**
 * JSON specs are read with JSON.parse and located by scanning the text (generator/load/json-text.ts),
 * because the YAML parser took 6 s and ~500 MB on GitHub's 13 MB spec. Positions must be exactly the
 * ones the YAML Document gave (the numbers below were checked against it), including escaped keys,
 * `~`/`/` in pointers, tuple items and missing targets.
 */
const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'test/fixtures/json-positions.json';
const text = readFileSync(path.join(root, fixture), 'utf8');

describe('JSON spec positions', () => {
  it('reports diagnostics at the key they name', async () => {
    const result = await generate({ specs: [fixture], cwd: root });
    expect(result.apis[0]!.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.pointer}`)).toEqual([
      '9:89 SPEC_UNKNOWN_FORMAT /paths/~1a~0b~1{id}/get/parameters/0/schema/format',
      '25:38 SPEC_UNKNOWN_FORMAT /components/schemas/Café/properties/a~1b/format',
      '26:91 SPEC_UNKNOWN_FORMAT /components/schemas/Café/properties/tags/items/1/format',
    ]);
  });

  it('locates array items, the root, and the deepest existing node of a missing target', () => {
    const spec = parseSpecText(text, fixture).spec!;
    expect(spec.position('/components/schemas/Café/properties/tags/items/1')).toEqual({ line: 26, col: 70 });
    expect(spec.position('')).toEqual({ line: 1, col: 1 });
    expect(spec.position('/components/schemas/Nope/x')).toEqual({ line: 21, col: 5 });
    expect(spec.position('/paths/~1a~0b~1{id}/get/parameters/7')).toEqual({ line: 8, col: 9 });
  });

  it('rejects a duplicate key as YAML does, at the repeated key', () => {
    const duplicated = '{\n  "openapi": "3.1.0",\n  "info": { "title": "a", "version": "1", "title": "b" }\n}\n';
    const { spec, diagnostics } = parseSpecText(duplicated, 'dup.json');
    expect(spec).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual(['3:43 SPEC_YAML_SYNTAX Map keys must be unique']);
  });

  it('hands text JSON.parse refuses to the YAML parser, which locates the syntax error', () => {
    const { spec, diagnostics } = parseSpecText('{\n  "openapi": "3.1.0",\n  "info": {\n}\n', 'broken.json');
    expect(spec).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'SPEC_YAML_SYNTAX', file: 'broken.json' });
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });
});
