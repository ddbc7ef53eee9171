import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatFile, PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { SPLIT_MIN_CHARS, splitStatements } from '../../../generator/format/split.js';

/** Unformatted generated-looking TypeScript: statements, doc comments, blank lines and nesting. */
function bigSource(statements: number, middle = ''): string {
  const parts: string[] = ['// header comment\n'];
  for (let i = 0; i < statements; i++) {
    if (i === Math.floor(statements / 2)) parts.push(middle);
    if (i % 3 === 0) parts.push(`\n/** Doc for item ${i}. */\n`);
    parts.push(`export const item${i} = {a:${i}, b:'x${i}', nested:{ list:[1,2,3], f(){ return ${i}; } }};\n`);
    if (i % 7 === 0) parts.push(`export function check${i}(v: unknown): boolean {\n  if (typeof v !== "number") { return false }\n  return v > ${i};\n}\n`);
  }
  return parts.join('');
}

const whole = (content: string) => prettier.format(content, { ...PRETTIER_OPTIONS, parser: 'babel-ts' });

describe('splitting large TypeScript files for formatting', { timeout: 60_000 }, () => {
  it('leaves files under the threshold whole', () => {
    expect(splitStatements('export const a = 1;\n'.repeat(10))).toHaveLength(1);
  });

  it('splits only at top-level statement starts, and the pieces are the file', () => {
    const source = bigSource(9000);
    expect(source.length).toBeGreaterThan(SPLIT_MIN_CHARS);
    const chunks = splitStatements(source);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(source);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^(export |\/\*\*)/);
  });

  it('formats a split file to exactly the bytes of formatting it whole', async () => {
    const source = bigSource(9000);
    const formatted = await formatFile({ path: 'big.ts', content: source, parser: 'typescript' });
    expect(formatted.content).toBe(await whole(source));
  });

  it('falls back to the whole file when a split lands inside a multi-line template literal', async () => {
    // Column-0 lines that look like statements, inside a template literal: a naive split breaks it.
    const trap = 'export const template = `\nstart;\n' + 'export const fake = 1;\n'.repeat(12000) + '`;\n';
    const source = bigSource(3000, trap);
    expect(splitStatements(source).some((c) => c.startsWith('export const fake'))).toBe(true);
    const formatted = await formatFile({ path: 'trap.ts', content: source, parser: 'typescript' });
    expect(formatted.content).toBe(await whole(source));
  });
});
