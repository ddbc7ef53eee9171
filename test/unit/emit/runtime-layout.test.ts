import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitRuntime } from '../../../generator/emit/client/runtime-source.js';
import { PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { testEmitContext } from '../../support/emit-context.js';

/**
 * client-runtime.gen.ts is marked preformatted: its modules are kept in prettier's layout, so the
 * format step never runs prettier on it. Prettier is the judge, with and without the stream modules.
 */
const base = { openapi: '3.2.0', info: { title: 'Runtime */ layout', version: '1' } };
const plain = { ...base, paths: { '/a': { get: { operationId: 'a', responses: { '200': { description: 'ok' } } } } } };
const streamed = {
  ...base,
  paths: {
    '/events': {
      get: {
        operationId: 'events',
        responses: { '200': { description: 'ok', content: { 'application/jsonl': { itemSchema: { type: 'object' } } } } },
      },
    },
  },
};

describe.each([
  ['without streams', plain],
  ['with streams', streamed],
])('client-runtime.gen.ts %s', (_, document) => {
  it('is exactly what prettier prints for it', async () => {
    const file = emitRuntime(normalize(document, 'runtime.json'), testEmitContext().assets);
    expect(file.preformatted).toBe(true);
    const formatted = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: file.path });
    expect(formatted).toBe(file.content);
  });
});

it('the stream variant adds the stream modules', () => {
  const ctx = testEmitContext();
  expect(emitRuntime(normalize(streamed, 's.json'), ctx.assets).content.length).toBeGreaterThan(
    emitRuntime(normalize(plain, 'p.json'), ctx.assets).content.length,
  );
});
