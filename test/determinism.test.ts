import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generate } from '../generator/index.js';
import { repoRoot, scratchDir } from './support/cli.js';

/** Deterministic shuffle (mulberry32), so a failure reproduces. */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function reorder(map: Record<string, unknown> | undefined, seed: number): Record<string, unknown> | undefined {
  if (!map) return map;
  const keys = shuffled(Object.keys(map), seed);
  // Reversing guarantees a different order even for two keys, whatever the shuffle did.
  return Object.fromEntries((keys.join() === Object.keys(map).join() ? keys.reverse() : keys).map((k) => [k, map[k]]));
}

const cases = ['specs/stuut.yaml', 'specs/upsun.yaml', 'test/fixtures/composition.yaml', 'test/fixtures/name-collisions.yaml'];

describe('output does not depend on the order of schemas and paths', () => {
  it.each(cases)('%s shuffled gives the same bytes', async (spec) => {
    const data = parseDocument(readFileSync(path.join(repoRoot, spec), 'utf8')).toJS() as Record<string, any>;
    data.paths = reorder(data.paths, 1);
    if (data.components) {
      data.components = reorder(data.components, 2);
      data.components.schemas = reorder(data.components.schemas, 3);
    }
    // Same file name in another folder, so the header (which names the spec path) is the only thing that differs.
    const dir = scratchDir('shuffle');
    const copy = path.join(dir, path.basename(spec));
    mkdirSync(dir, { recursive: true });
    writeFileSync(copy, JSON.stringify(data, null, 2));
    const original = await generate({ specs: [spec], cwd: repoRoot });
    const reordered = await generate({ specs: [path.relative(repoRoot, copy)], cwd: repoRoot });
    const strip = (s: string) => s.split(path.relative(repoRoot, copy)).join(spec);
    const a = original.apis[0]!.files.filter((f) => f.path !== 'MANIFEST');
    const b = reordered.apis[0]!.files.filter((f) => f.path !== 'MANIFEST');
    expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
    for (const [i, file] of a.entries()) expect(strip(b[i]!.content), file.path).toBe(file.content);
  });

  it('the order specs are given in does not change any output', async () => {
    const specs = ['specs/exante.yaml', 'specs/insighto.yaml', 'specs/upsun.yaml'];
    const forward = await generate({ specs, cwd: repoRoot });
    const backward = await generate({ specs: [...specs].reverse(), cwd: repoRoot });
    expect(backward.apis.map((a) => a.files)).toEqual(forward.apis.map((a) => a.files));
    expect(backward.rootFiles).toEqual(forward.rootFiles);
  });

  it('output holds no absolute paths, dates or generator versions', async () => {
    const result = await generate({ specs: ['specs/exante.yaml'], cwd: repoRoot });
    const version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
    for (const file of result.apis[0]!.files) {
      expect(file.content, file.path).not.toContain(repoRoot);
      expect(file.content, file.path).not.toMatch(new RegExp(`\\b${new Date().getUTCFullYear()}-\\d\\d-\\d\\d`));
      expect(file.content, file.path).not.toContain(`gen ${version}`);
    }
  });
});
