import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { diffSides } from '../../../generator/diff/diff.js';
import type { Finding } from '../../../generator/diff/findings.js';
import { loadSideText, type Side } from '../../../generator/diff/side.js';
import type { DiffCase, Spec } from './case.js';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The two spec texts of a case: old (the base, or the prepared base) and new (the changed copy). */
export function caseTexts(c: DiffCase): { old: string; new: string } {
  const baseText = readFileSync(path.join(repoRoot, c.base), 'utf8');
  const base = parse(baseText) as Spec;
  let oldText = baseText;
  if (c.prepare) {
    c.prepare(base);
    oldText = stringify(base);
  }
  const next = structuredClone(base);
  c.change(next);
  return { old: oldText, new: stringify(next) };
}

export function sideOf(text: string, label: string): Side {
  const loaded = loadSideText(text, label);
  if (!loaded.side) throw new Error(`${label}: ${loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join('; ')}`);
  return loaded.side;
}

/** Runs the diff on a case's pair, in memory. */
export function diffCase(c: DiffCase): Finding[] {
  const texts = caseTexts(c);
  return diffSides(sideOf(texts.old, `old/${c.name}.yaml`), sideOf(texts.new, `new/${c.name}.yaml`));
}
