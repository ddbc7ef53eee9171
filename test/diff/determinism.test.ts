import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffSides } from '../../generator/diff/diff.js';
import type { Finding } from '../../generator/diff/findings.js';
import { renderJson } from '../../generator/diff/render-json.js';
import { renderMarkdown } from '../../generator/diff/render-markdown.js';
import { renderText } from '../../generator/diff/render-text.js';
import { fromPointer } from '../../generator/diagnostics.js';
import { corpus } from './corpus/index.js';
import type { Spec } from './support/case.js';
import { caseTexts, sideOf } from './support/run.js';

/** A deterministic shuffle (a small LCG seeded by a string), so a failure can be reproduced. */
function shuffler(seed: string): <T>(items: T[]) => T[] {
  let state = [...seed].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return (items) => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

/** Every object's keys in another order; arrays (ordered in OpenAPI) keep theirs. */
function shuffleKeys(value: unknown, shuffle: <T>(items: T[]) => T[]): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, shuffle));
  if (value && typeof value === 'object') {
    return Object.fromEntries(shuffle(Object.entries(value as Spec)).map(([k, v]) => [k, shuffleKeys(v, shuffle)]));
  }
  return value;
}

const withoutPositions = (findings: Finding[]) => findings.map(({ line: _l, col: _c, ...rest }) => rest);

describe('diff output is deterministic', () => {
  const render = (findings: Finding[]) =>
    [renderText(findings), renderJson(findings, { old: 'old.yaml', new: 'new.yaml' }), renderMarkdown(findings, { title: 'API', oldVersion: '1', newVersion: '2' })].join('\n');
  // Each pair diffed three times: twice as written, once with the keys of both files shuffled.
  let runs: { c: (typeof corpus)[number]; texts: { old: string; new: string }; first: Finding[]; second: Finding[]; mixed: Finding[] }[];
  beforeAll(() => {
    runs = corpus.map((c) => {
      const texts = caseTexts(c);
      const diff = (old: string, next: string) => diffSides(sideOf(old, 'old.yaml'), sideOf(next, 'new.yaml'));
      const shuffle = shuffler(c.name);
      const shuffled = (text: string) => stringify(shuffleKeys(parse(text), shuffle));
      return { c, texts, first: diff(texts.old, texts.new), second: diff(texts.old, texts.new), mixed: diff(shuffled(texts.old), shuffled(texts.new)) };
    });
  }, 120_000);

  it('the same pair gives the same bytes in every format, run after run', () => {
    for (const r of runs) expect(render(r.second), r.c.name).toBe(render(r.first));
  });

  it('does not depend on the order of keys in either file (the corpus, key-shuffled)', () => {
    for (const r of runs) expect(withoutPositions(r.mixed), r.c.name).toEqual(withoutPositions(r.first));
  });

  it('points each finding at its node: the key of the pointer\'s last segment, in the file it names', () => {
    let checked = 0;
    for (const { c, texts, first } of runs) {
      for (const f of first) {
        const key = fromPointer(f.pointer).at(-1);
        if (key === undefined || /^\d+$/.test(key)) continue; // an array item: located at its dash
        const line = (f.file === 'old.yaml' ? texts.old : texts.new).split('\n')[f.line - 1] ?? '';
        expect(line.slice(f.col - 1).replace(/^["']/, ''), `${c.name} ${f.code} ${f.pointer}`).toMatch(new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?:`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('says which spec a position is in: removals point into the old one', () => {
    const c = corpus.find((x) => x.name === 'request-property-removed')!;
    const texts = caseTexts(c);
    const [removed] = diffSides(sideOf(texts.old, 'old.yaml'), sideOf(texts.new, 'new.yaml')).filter((f) => f.code === 'REQUEST_PROPERTY_REMOVED');
    expect(removed).toMatchObject({ file: 'old.yaml', symbol: 'UpdateProfileRequest.timezone', operation: 'PATCH /api/user' });
    expect(removed!.message).toContain('(position in the old spec)');
  });
});
