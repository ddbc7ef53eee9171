import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as exante from '../../generated/exante/index.js';
import * as insighto from '../../generated/insighto/index.js';
import * as stuut from '../../generated/stuut/index.js';
import * as tetherai from '../../generated/tetherai/index.js';
import * as upsun from '../../generated/upsun/index.js';
import { startServer, type TestServer } from './support/server.js';

/**
 * Every seed, against a real HTTP server on 127.0.0.1: the documented request arrives with the right
 * method, path, auth and body, and the documented responses come back as typed results.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const last = () => server.requests.at(-1)!;
const json = (body: string) => JSON.parse(body) as unknown;

describe('exante: PATCH /api/user, HTTP bearer', () => {
  it('sends the body with the bearer token and returns the typed 200', async () => {
    const user = { uid: '3c90c3cc-0d44-4b50-8888-8dd25736052a', firstname: 'Ada', organizations: [] };
    server.reply({ status: 200, body: { status: 'success', status_code: 200, message: 'Success', data: { user } } });
    const client = exante.createClient({ baseUrl: server.url, token: 'exante-token' });
    const res = await client.updateCurrentUserProfile({ body: { firstname: 'Ada', timezone: 'Europe/London' } });

    expect(last()).toMatchObject({ method: 'PATCH', url: '/api/user' });
    expect(last().headers.authorization).toBe('Bearer exante-token');
    expect(last().headers['content-type']).toBe('application/json');
    expect(json(last().body)).toEqual({ firstname: 'Ada', timezone: 'Europe/London' });
    expect(res.ok).toBe(true);
    if (!res.ok) throw new Error('expected success');
    expect(res.status).toBe(200);
    expect(res.data.data?.user?.firstname).toBe('Ada');
    expect(res.response.headers.get('content-type')).toBe('application/json');
  });

  it('defaults the base URL to servers[0]', async () => {
    const seen: string[] = [];
    // The injected fetch records the URL the client built and sends the call to the local server instead.
    const client = exante.createClient({
      token: 't',
      fetch: (url, init) => (seen.push(url), fetch(url.replace('https://dev.exante.app', server.url), init)),
    });
    server.reply({ status: 200, body: {} });
    await client.updateCurrentUserProfile();
    expect(seen).toEqual(['https://dev.exante.app/api/user']);
    expect(last().body).toBe('');
    expect(last().headers['content-type']).toBeUndefined();
  });
});

describe('stuut: POST /v1/profile, HTTP bearer', () => {
  it('sends the body and returns the typed 200', async () => {
    const profile = {
      email: 'a@b.c',
      family_name: 'Lovelace',
      given_name: 'Ada',
      object: 'user',
      organization_id: 'org_1',
    };
    server.reply({ status: 200, body: profile });
    const client = stuut.createClient({ baseUrl: server.url, token: async () => 'stuut-token' });
    const res = await client.updateYourProfile({ body: { default_email_sender: 'sndr_abc123' } });

    expect(last()).toMatchObject({ method: 'POST', url: '/v1/profile' });
    expect(last().headers.authorization).toBe('Bearer stuut-token');
    expect(json(last().body)).toEqual({ default_email_sender: 'sndr_abc123' });
    expect(res.ok && res.data.given_name).toBe('Ada');
  });
});

describe('tetherai: PUT /api/user/profile, HTTP bearer, server variable, documented 409', () => {
  it('sends the body and returns the typed 200', async () => {
    server.reply({ status: 200, body: { user: { email: 'alex@acme.example', accessRole: 'ADMIN' }, persona: null } });
    const client = tetherai.createClient({ baseUrl: `${server.url}/`, token: 'tether-token' });
    const res = await client.updateCurrentUserProfile({ body: { fullName: 'Alex Rep', accessRole: 'SALES_REP' } });

    expect(last()).toMatchObject({ method: 'PUT', url: '/api/user/profile' });
    expect(last().headers.authorization).toBe('Bearer tether-token');
    expect(json(last().body)).toEqual({ fullName: 'Alex Rep', accessRole: 'SALES_REP' });
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`);
    expect(res.data.user.accessRole).toBe('ADMIN');
    expect(res.data.persona).toBeNull();
  });

  it('returns the documented 409 (no body documented) as a typed failure, not a throw', async () => {
    server.reply({ status: 409, body: '' });
    const client = tetherai.createClient({ baseUrl: server.url, token: 't' });
    const res = await client.updateCurrentUserProfile({ body: { email: 'taken@acme.example' } });
    expect(res).toEqual({ ok: false, status: 409, error: undefined });
    expect(res.status === 409 && res.response.status).toBe(409);
  });

  it('substitutes server variables into servers[0] (https://{instance})', async () => {
    const seen: string[] = [];
    const client = tetherai.createClient({
      token: 't',
      serverVariables: { instance: 'acme.tether.example' },
      fetch: (url, init) => (seen.push(url), fetch(url.replace('https://acme.tether.example', server.url), init)),
    });
    server.reply({ status: 200, body: { user: {}, persona: null } });
    const res = await client.updateCurrentUserProfile({ body: {} });
    expect(seen).toEqual(['https://acme.tether.example/api/user/profile']);
    expect(res.ok).toBe(true);

    const byDefault = tetherai.createClient({
      token: 't',
      fetch: (url, init) => (seen.push(url), fetch(server.url, init)),
    });
    await byDefault.updateCurrentUserProfile();
    expect(seen[1]).toBe('https://your-instance.example.com/api/user/profile');
  });
});

describe('upsun: PATCH /organizations/{organization_id}/profile, HTTP bearer, no servers', () => {
  const ulid = '01HZX3F5T6Y7Q8R9S0V1W2X3Y4';

  it('sends the path parameter and body with the bearer token and returns the typed 200', async () => {
    server.reply({ status: 200, body: { id: 'p1', email: 'jsmith@example.com', type: 'user' } });
    const client = upsun.createClient({ baseUrl: server.url, token: 'upsun-token' });
    const res = await client.updateOrganizationProfile({
      path: { organization_id: ulid },
      body: { default_catalog: 'https://catalog.example/x' },
    });
    expect(last()).toMatchObject({ method: 'PATCH', url: `/organizations/${ulid}/profile` });
    expect(last().headers.authorization).toBe('Bearer upsun-token');
    expect(json(last().body)).toEqual({ default_catalog: 'https://catalog.example/x' });
    expect(res.ok && res.data.email).toBe('jsmith@example.com');
  });

  it('percent-encodes path parameters', async () => {
    server.reply({ status: 200, body: {} });
    // The generated validator would reject this as a ULID; switch it off to see the encoding alone.
    const client = upsun.createClient({ baseUrl: server.url, token: 't', validateRequests: false });
    await client.updateOrganizationProfile({ path: { organization_id: 'a/b c?d#e%' } });
    expect(last().url).toBe('/organizations/a%2Fb%20c%3Fd%23e%25/profile');
  });

  it('refuses to build a client without a base URL (the spec has no servers)', () => {
    // @ts-expect-error baseUrl is required when the spec declares no servers
    expect(() => upsun.createClient({ token: 't' })).toThrow(/baseUrl/);
  });
});

describe('insighto: PATCH /api/v1/user/profile, API key in the query', () => {
  it('sends api_key in the query string and returns the typed 200', async () => {
    server.reply({ status: 200, body: { message: 'ok', meta: {}, data: { first_name: 'Ada', follower_count: 3 } } });
    const client = insighto.createClient({ baseUrl: server.url, apiKey: 'in-secret key' });
    const res = await client.updateTheUserProfile();
    expect(last()).toMatchObject({ method: 'PATCH', url: '/api/v1/user/profile?api_key=in-secret%20key', body: '' });
    expect(last().headers.authorization).toBeUndefined();
    expect(res.ok && res.data.data?.follower_count).toBe(3);
  });
});
