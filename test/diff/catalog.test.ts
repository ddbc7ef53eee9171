import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CATALOG } from '../../generator/diff/findings.js';
import { repoRoot } from './support/run.js';

describe('finding codes', () => {
  it('every code is documented in the README', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(Object.keys(FINDING_CATALOG).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });

  it('the README\'s breaking table lists exactly the breaking codes', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### What counts as breaking'), readme.indexOf('**Warnings**'));
    const firstCells = section.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split(' | ')[0]!);
    const listed = firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!)).sort();
    const breaking = Object.entries(FINDING_CATALOG).filter(([, v]) => v.severity === 'breaking').map(([k]) => k).sort();
    expect(listed).toEqual(breaking);
  });
});
