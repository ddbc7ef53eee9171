import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typecheck } from '../support/typecheck.js';
import { generateFixture } from './support/fixture-client.js';

/**
 * OpenAPI 3.2 at the type level, compiled with the shared strict type-check (test/support/typecheck.ts):
 * QUERY and additional methods take their typed bodies, streamed results are async iterables of the item
 * type, and misuse does not compile (every `@ts-expect-error` must be needed).
 */
describe('type-level behaviour of 3.2 clients', () => {
  it('QUERY and additional operations: typed bodies, parameters and results (oas32-methods)', async () => {
    const { dir } = await generateFixture('oas32-methods');
    const file = path.join(dir, 'methods.ts');
    writeFileSync(
      file,
      `import { expectTypeOf } from 'vitest';
import type * as api from './index.js';
export async function f(c: api.Client) {
  const found = await c.searchItems({ query: { limit: 2 }, body: { text: 'x' } });
  if (found.ok) expectTypeOf(found.data).toEqualTypeOf<api.Item[]>();
  expectTypeOf<api.SearchItemsBody>().toEqualTypeOf<{ text: string }>();
  expectTypeOf<api.paths['/search']['query']>().toEqualTypeOf<api.operations['searchItems']>();
  const linked = await c.linkItem({ path: { id: 'a' }, body: { to: 'b' } });
  if (linked.ok) expectTypeOf(linked.data).toEqualTypeOf<undefined>();
  const purged = await c.purgeItemsById({ path: { id: 'a' } });
  if (purged.ok) expectTypeOf(purged.data).toEqualTypeOf<api.Item>();
  // @ts-expect-error the QUERY body is required
  await c.searchItems({});
  // @ts-expect-error text is a string
  await c.searchItems({ body: { text: 1 } });
  // @ts-expect-error LINK needs its path parameter
  await c.linkItem({ body: { to: 'b' } });
}
`,
    );
    expect(typecheck([file])).toEqual([]);
  });

  it('streamed results are async iterables of the item type, with the reason they ended (oas32-streams)', async () => {
    const { dir } = await generateFixture('oas32-streams');
    const file = path.join(dir, 'streams.ts');
    writeFileSync(
      file,
      `import { expectTypeOf } from 'vitest';
import type * as api from './index.js';
import type { ClientError, ItemStream, ServerSentEvent } from './client-runtime.gen.js';
export async function f(c: api.Client) {
  const events = await c.watchEvents();
  if (events.ok) {
    expectTypeOf(events.data).toEqualTypeOf<ItemStream<api.WatchEventsResponse200>>();
    for await (const e of events.data) {
      expectTypeOf(e.data).toEqualTypeOf<string>();
      expectTypeOf(e.event).toEqualTypeOf<'created' | 'deleted' | undefined>();
    }
    expectTypeOf(events.data.error).toEqualTypeOf<ClientError | undefined>();
    // An SSE item schema describes the runtime's event shape.
    expectTypeOf<api.WatchEventsResponse200>().toMatchTypeOf<ServerSentEvent>();
  }
  if (events.status === 404) expectTypeOf(events.error).toEqualTypeOf<api.Problem>();
  const logs = await c.tailLogsSeq();
  if (logs.ok) for await (const entry of logs.data) expectTypeOf(entry).toEqualTypeOf<api.LogEntry>();
  // @ts-expect-error a stream is iterated, not indexed
  if (logs.ok) void logs.data[0];
}
`,
    );
    expect(typecheck([file])).toEqual([]);
  });
});
