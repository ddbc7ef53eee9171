import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.js';
import { typecheck } from '../support/typecheck.js';
import { generateFixture } from './support/fixture-client.js';

/**
 * Type-level tests, compiled with the shared strict type-check (test/support/typecheck.ts), so an
 * `expectTypeOf` mismatch or an unused `@ts-expect-error` fails the test, not only `npm run typecheck`.
 */
const diagnostics = (files: string[]): string[] => typecheck(files);

describe('type-level behaviour of the generated clients', () => {
  it('seeds: status narrowing, request shapes and options (test/client/narrowing.types.ts)', () => {
    expect(diagnostics([path.join(repoRoot, 'test/client/narrowing.types.ts')])).toEqual([]);
  });

  it('the checker is live: a wrong expectation and a wrong field are reported', async () => {
    const { dir } = await generateFixture('client-statuses');
    const file = path.join(dir, 'negative.ts');
    writeFileSync(
      file,
      [
        "import { expectTypeOf } from 'vitest';",
        "import type { Client } from './index.js';",
        'export async function f(c: Client) {',
        '  const res = await c.getItem({ path: { id: 1 } });',
        '  if (res.status === 200) expectTypeOf(res.data.name).toEqualTypeOf<number>();',
        "  await c.getItem({ path: { id: 'one' } });",
        '}',
      ].join('\n'),
    );
    const found = diagnostics([file]);
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/negative\.ts:5:/);
    expect(found.join('\n')).toMatch(/negative\.ts:6:/);
  });

  it('ranges, default and undocumented statuses narrow exactly (client-statuses fixture)', async () => {
    const { dir } = await generateFixture('client-statuses');
    const file = path.join(dir, 'narrowing.ts');
    writeFileSync(
      file,
      `import { expectTypeOf } from 'vitest';
import type * as api from './index.js';
export async function f(c: api.Client) {
  const res = await c.getItem({ path: { id: 1 } });
  if (res.status === 404) expectTypeOf(res.error).toEqualTypeOf<api.Problem>();
  if (res.status === 422) expectTypeOf(res.error).toEqualTypeOf<api.Problem>();
  if (res.status === 503) expectTypeOf(res.error).toEqualTypeOf<api.Problem>();
  if (res.status === 204) expectTypeOf(res.data).toEqualTypeOf<undefined>();
  if (res.status === 202) expectTypeOf(res.error).toBeUnknown();
  if (res.ok) expectTypeOf(res.data).toEqualTypeOf<api.Item | undefined>();
  const ping = await c.ping();
  if (ping.ok) expectTypeOf(ping.data).toEqualTypeOf<api.Pong>();
  if (ping.status === 500) expectTypeOf(ping.error).toEqualTypeOf<api.Pong>();
  const file = await c.exportItems();
  if (file.status === 200) expectTypeOf(file.data).toEqualTypeOf<Blob>();
  if (file.status === 201) expectTypeOf(file.data).toEqualTypeOf<api.Problem>();
  const wild = await c.postWild({ body: { id: 1, name: 'x' } });
  if (wild.ok) expectTypeOf(wild.data).toEqualTypeOf<api.Item>();
  const text = await c.getReadme();
  if (text.ok) expectTypeOf(text.data).toEqualTypeOf<string>();
  // @ts-expect-error 404 has an error body, not data
  if (res.status === 404) void res.data;
}
`,
    );
    expect(diagnostics([file])).toEqual([]);
  });
});
