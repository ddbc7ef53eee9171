import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
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
  it('the same pair gives the same bytes in every format, run after run', () => {
    for (const c of corpus) {
      const texts = caseTexts(c);
      const run = () => {
        const findings = diffSides(sideOf(texts.old, 'old.yaml'), sideOf(texts.new, 'new.yaml'));
        return [renderText(findings), renderJson(findings, { old: 'old.yaml', new: 'new.yaml' }), renderMarkdown(findings, { title: 'API', oldVersion: '1', newVersion: '2' })].join('\n');
      };
      expect(run(), c.name).toBe(run());
    }
  });

  it('does not depend on the order of keys in either file (the corpus, key-shuffled)', () => {
    for (const c of corpus) {
      const texts = caseTexts(c);
      const shuffle = shuffler(c.name);
      const shuffled = (text: string) => stringify(shuffleKeys(parse(text), shuffle));
      const plain = diffSides(sideOf(texts.old, 'old.yaml'), sideOf(texts.new, 'new.yaml'));
      const mixed = diffSides(sideOf(shuffled(texts.old), 'old.yaml'), sideOf(shuffled(texts.new), 'new.yaml'));
      expect(withoutPositions(mixed), c.name).toEqual(withoutPositions(plain));
    }
  });

  it('points each finding at its node: the key of the pointer\'s last segment, in the file it names', () => {
    let checked = 0;
    for (const c of corpus) {
      const texts = caseTexts(c);
      for (const f of diffSides(sideOf(texts.old, 'old.yaml'), sideOf(texts.new, 'new.yaml'))) {
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
