// Type-level tests of the generated seed clients. Never run: types.test.ts compiles this file with the
// TypeScript compiler and requires zero diagnostics, so every expectTypeOf and @ts-expect-error counts.
import { expectTypeOf } from 'vitest';
import * as exante from '../../generated/exante/index.js';
import * as insighto from '../../generated/insighto/index.js';
import * as tetherai from '../../generated/tetherai/index.js';
import * as upsun from '../../generated/upsun/index.js';

export async function statusNarrowing(client: tetherai.Client): Promise<void> {
  const res = await client.updateCurrentUserProfile({ body: { fullName: 'Ada' } });
  if (res.ok) {
    expectTypeOf(res.status).toEqualTypeOf<200>();
    expectTypeOf(res.data).toEqualTypeOf<tetherai.UpdateCurrentUserProfileResponse200>();
    expectTypeOf(res.data.user.accessRole).toEqualTypeOf<tetherai.AccessRole | undefined>();
    expectTypeOf(res.response).toEqualTypeOf<Response>();
  }
  if (res.status === 200) expectTypeOf(res.data).toEqualTypeOf<tetherai.UpdateCurrentUserProfileResponse200>();
  if (res.status === 409) {
    expectTypeOf(res.ok).toEqualTypeOf<false>();
    expectTypeOf(res.error).toEqualTypeOf<undefined>();
  }
  if (res.status === 0) {
    expectTypeOf(res.error).toEqualTypeOf<tetherai.ClientError>();
    expectTypeOf(res.error.kind).toEqualTypeOf<
      'timeout' | 'aborted' | 'network' | 'parse' | 'validation' | 'credential' | 'redirect'
    >();
    expectTypeOf(res.response).toEqualTypeOf<Response | undefined>();
  }
  if (res.status === 503) expectTypeOf(res.error).toBeUnknown();
  if (!res.ok && res.status !== 0 && res.status !== 409) expectTypeOf(res.error).toBeUnknown();
  // @ts-expect-error data exists only once narrowed to a success
  void res.data;
  // @ts-expect-error a 409 has an error, not data
  if (res.status === 409) void res.data;
  // @ts-expect-error 201 is not a success this operation documents
  if (res.ok && res.status === 201) void res;
}

export async function exanteExample(): Promise<void> {
  // The README example, verbatim in spirit.
  const client = exante.createClient({ token: 'tok' });
  const res = await client.updateCurrentUserProfile({ body: { firstname: 'Ada' } });
  if (res.ok) expectTypeOf(res.data.data).toEqualTypeOf<exante.UserProfileResponseData | undefined>();
  else if (res.status === 0) expectTypeOf(res.error).toEqualTypeOf<exante.ClientError>();
}

export function requestShapes(t: tetherai.Client, u: upsun.Client, i: insighto.Client): void {
  void t.updateCurrentUserProfile();
  void t.updateCurrentUserProfile({
    body: { accessRole: 'ADMIN' },
    signal: AbortSignal.timeout(1),
    timeoutMs: 5,
    retry: false,
  });
  void t.updateCurrentUserProfile({
    headers: { 'Idempotency-Key': 'k' },
    retry: { retries: 1, retryNonIdempotent: true },
  });
  // @ts-expect-error misspelt field of the argument
  void t.updateCurrentUserProfile({ bodyy: {} });
  // @ts-expect-error wrong type of a body property
  void t.updateCurrentUserProfile({ body: { fullName: 1 } });
  // @ts-expect-error value outside the AccessRole enum
  void t.updateCurrentUserProfile({ body: { accessRole: 'KING' } });
  // @ts-expect-error misspelt body property
  void t.updateCurrentUserProfile({ body: { full_name: 'Ada' } });

  void u.updateOrganizationProfile({ path: { organization_id: '01HZX3F5T6Y7Q8R9S0V1W2X3Y4' } });
  // @ts-expect-error path parameters are required
  void u.updateOrganizationProfile({});
  // @ts-expect-error the argument is required when it holds path parameters
  void u.updateOrganizationProfile();
  // @ts-expect-error misspelt path parameter
  void u.updateOrganizationProfile({ path: { organizationId: 'x' } });

  // @ts-expect-error this operation has no body
  void i.updateTheUserProfile({ body: {} });
}

export function clientOptions(): void {
  tetherai.createClient({ token: async () => 'refreshed', serverVariables: { instance: 'acme.example' } });
  insighto.createClient({ baseUrl: 'https://api.insighto.ai', apiKey: 'in-key' });
  // @ts-expect-error baseUrl is required: the spec has no servers
  upsun.createClient({ token: 't' });
  // @ts-expect-error misspelt credential option
  exante.createClient({ tokn: 't' });
  // @ts-expect-error unknown server variable
  tetherai.createClient({ serverVariables: { region: 'eu' } });
  // @ts-expect-error a credential is a string or a function returning one
  exante.createClient({ token: 42 });
  // @ts-expect-error exante's spec declares no server variables
  exante.createClient({ serverVariables: {} });
}
