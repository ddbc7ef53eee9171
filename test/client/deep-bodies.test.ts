import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixture } from './support/fixture-client.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * A response the client received is never lost, and a call never throws, whatever a validator does
 * with a body nested 10,000 levels deep (a recursive schema): the result is a `validation` error that
 * keeps the response and its status, or the validated value.
 */
type AnyResult = { ok: boolean; status: number; data?: unknown; error?: unknown; response?: Response };
type Module = { createClient(options: Record<string, unknown>): Record<string, (r?: object) => Promise<AnyResult>> };

const DEPTH = 10_000;
/** `{"child":{"child":…{}…}}`, built as text: no recursion on the test's side either. */
const deepJson = '{"child":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH);

let server: TestServer;
let mod: Module;
beforeAll(async () => {
  server = await startServer();
  mod = await (await generateFixture('client-deep-bodies')).load<Module>();
});
afterAll(() => server.close());

describe('a 10,000-level body against a recursive schema', () => {
  it('response, validateResponses on: a validation error that keeps the response and its status', async () => {
    server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: deepJson });
    for (const validateResponses of [true, 'strict'] as const) {
      const client = mod.createClient({ baseUrl: server.url, validateResponses, validateRequests: false, retry: false });
      const res = await client.echoTree!({ body: {} });
      expect(res.response?.status).toBe(200);
      if (res.ok) continue; // a validator that can walk this deep may accept it: also fine
      const error = res.error as { kind: string; status: number; message: string; issues: { pointer: string }[] };
      expect(error).toMatchObject({ kind: 'validation', status: 200 });
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues[0]!.pointer).toMatch(/^\/body/);
      expect(error.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/tree: 200 response: /);
    }
  });

  it('request, validateRequests on: a validation error and nothing sent, never a thrown error', async () => {
    const deep = JSON.parse(deepJson) as object;
    const before = server.requests.length;
    const res = await mod.createClient({ baseUrl: server.url, retry: false }).echoTree!({ body: deep });
    if (res.status === 0) {
      expect(res.error).toMatchObject({ kind: 'validation', attempts: 0 });
      expect(server.requests.length).toBe(before);
    } else {
      expect(res.status).toBe(200);
    }
  });
});
