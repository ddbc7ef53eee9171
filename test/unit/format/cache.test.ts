import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { FormatCache } from '../../../generator/format/cache.js';
import { formatFile, PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { scratchDir } from '../../support/cli.js';

const file = { path: 'a.ts', content: 'export const a = {b:1}', parser: 'typescript' as const };
const babelTs = { ...PRETTIER_OPTIONS, parser: 'babel-ts', filepath: 'a.ts' };

/** The on-disk format cache answers exactly the question it was asked before, and nothing else. */
describe('FormatCache', () => {
  it('stores prettier output, answers the same input from disk in a later run, and keeps only used entries', async () => {
    const store = path.join(scratchDir('format-cache'), 'format-x.json');
    const first = FormatCache.open(store);
    expect(existsSync(store)).toBe(false);
    expect((await formatFile(file, first)).content).toBe('export const a = { b: 1 };\n');
    first.save();

    // Plant a marker answer under the real key: a later run must return it without running prettier.
    const key = FormatCache.key(prettier.version, babelTs, file.content);
    const saved = JSON.parse(readFileSync(store, 'utf8'));
    expect(Object.keys(saved.entries)).toEqual([key]);
    saved.entries[key] = 'FROM THE CACHE\n';
    saved.entries['stale-entry'] = 'unused';
    writeFileSync(store, JSON.stringify(saved));

    const second = FormatCache.open(store);
    expect((await formatFile(file, second)).content).toBe('FROM THE CACHE\n');
    // Other content, or the same content under other options, is a different question: formatted afresh.
    expect((await formatFile({ ...file, content: 'let x=1' }, second)).content).toBe('let x = 1;\n');
    expect(FormatCache.key(prettier.version, { ...babelTs, printWidth: 80 }, file.content)).not.toBe(key);
    expect(FormatCache.key('0.0.0', babelTs, file.content)).not.toBe(key);
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(store, 'utf8')).entries).sort()).toEqual(
      [key, FormatCache.key(prettier.version, babelTs, 'let x=1')].sort(),
    );
  });

  it('starts empty when the file is unreadable', async () => {
    const store = path.join(scratchDir('format-cache'), 'format-y.json');
    writeFileSync(store, '{not json');
    expect((await formatFile(file, FormatCache.open(store))).content).toBe('export const a = { b: 1 };\n');
  });
});
