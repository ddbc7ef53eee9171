import { describe, expect, it } from 'vitest';
import { FINDING_CATALOG } from '../../generator/diff/findings.js';
import { corpus } from './corpus/index.js';
import { diffCase } from './support/run.js';

/**
 * The labelled corpus: pairs of spec versions (mutations of the seeds and fixtures), each labelled
 * breaking or not from the generated client's side. The diff must miss no breaking change and raise
 * no false alarm, report the codes the label names, and no breaking code the label does not.
 */
describe('labelled corpus', () => {
  it('has at least 60 pairs with unique names, covering every breaking code', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
    const breakingCodes = Object.entries(FINDING_CATALOG).filter(([, v]) => v.severity === 'breaking').map(([k]) => k);
    const labelled = new Set(corpus.flatMap((c) => c.codes));
    expect(breakingCodes.filter((code) => !labelled.has(code as never))).toEqual([]);
  });

  it('misses no breaking change and raises no false alarm', () => {
    const misses: string[] = [];
    const falseAlarms: string[] = [];
    for (const c of corpus) {
      const breaking = diffCase(c).some((f) => f.severity === 'breaking');
      if (c.breaking && !breaking) misses.push(c.name);
      if (!c.breaking && breaking) falseAlarms.push(c.name);
    }
    expect({ misses, falseAlarms }).toEqual({ misses: [], falseAlarms: [] });
  });

  for (const c of corpus) {
    it(`${c.name}: reports ${c.codes.join(', ') || 'nothing breaking'}`, () => {
      const findings = diffCase(c);
      const codes = new Set(findings.map((f) => f.code));
      expect(c.codes.filter((code) => !codes.has(code)), JSON.stringify(findings, null, 1)).toEqual([]);
      const unexpected = findings.filter((f) => f.severity === 'breaking' && !c.codes.includes(f.code));
      expect(unexpected.map((f) => `${f.code} ${f.message}`)).toEqual([]);
    });
  }
});
