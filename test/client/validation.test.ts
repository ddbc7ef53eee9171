import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as exante from '../../generated/exante/index.js';
import * as tetherai from '../../generated/tetherai/index.js';
import * as upsun from '../../generated/upsun/index.js';
import { startServer, type TestServer } from './support/server.js';

/** The generated validators wired into the client: requests checked before sending, responses on request. */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('validateRequests (default on)', () => {
  it('returns an invalid body as a validation error and sends nothing', async () => {
    const before = server.requests.length;
    const client = exante.createClient({ baseUrl: server.url, token: 'tok' });
    const res = await client.updateCurrentUserProfile({ body: { firstname: '', default_organization: 'not-a-uuid' } });
    expect(res.status).toBe(0);
    if (res.status !== 0) return;
    expect(res.error).toMatchObject({ kind: 'validation', attempts: 0 });
    expect(res.error.issues.map((i) => [i.pointer, i.keyword])).toEqual([
      ['/body/firstname', 'minLength'],
      ['/body/default_organization', 'format'],
    ]);
    expect(server.requests.length).toBe(before);
  });

  it('checks path parameters too', async () => {
    const client = upsun.createClient({ baseUrl: server.url, token: 'tok' });
    const res = await client.updateOrganizationProfile({ path: { organization_id: 'not a ulid' } });
    expect(res.status === 0 && res.error.issues.map((i) => i.pointer)).toEqual(['/path/organization_id']);
  });

  it('can be switched off', async () => {
    server.reply({ status: 200, body: {} });
    const client = exante.createClient({ baseUrl: server.url, token: 'tok', validateRequests: false });
    const res = await client.updateCurrentUserProfile({ body: { firstname: '' } });
    expect(res.ok).toBe(true);
    expect(server.requests.at(-1)!.body).toBe('{"firstname":""}');
  });
});

describe('validateResponses (default off)', () => {
  const wrong = { user: { accessRole: 'NEW_ROLE' }, persona: null };

  it('off: a body that does not match its schema comes back as sent', async () => {
    server.reply({ status: 200, body: wrong });
    const res = await tetherai
      .createClient({ baseUrl: server.url, token: 'tok' })
      .updateCurrentUserProfile({ body: {} });
    expect(res).toEqual({ ok: true, status: 200, data: wrong });
  });

  it('true (tolerant): an unknown enum value passes; a wrong type is a validation error with the response', async () => {
    const client = tetherai.createClient({ baseUrl: server.url, token: 'tok', validateResponses: true });
    server.reply({ status: 200, body: wrong });
    expect((await client.updateCurrentUserProfile({ body: {} })).ok).toBe(true);
    server.reply({ status: 200, body: { user: 5, persona: null } });
    const res = await client.updateCurrentUserProfile({ body: {} });
    expect(res.status).toBe(0);
    if (res.status !== 0) return;
    expect(res.error).toMatchObject({ kind: 'validation', status: 200 });
    expect(res.error.issues.map((i) => i.pointer)).toEqual(['/body/user']);
    expect(res.response?.status).toBe(200);
  });

  it("'strict': an unknown enum value is an error", async () => {
    server.reply({ status: 200, body: wrong });
    const client = tetherai.createClient({ baseUrl: server.url, token: 'tok', validateResponses: 'strict' });
    const res = await client.updateCurrentUserProfile({ body: {} });
    expect(res.status === 0 && res.error.issues.map((i) => [i.pointer, i.keyword])).toEqual([
      ['/body/user/accessRole', 'enum'],
    ]);
  });
});
