import type { SeenRequest } from './server.js';

/** Shared by the redirect tests: a client generated from test/fixtures/client-redirects.yaml. */
export type AnyResult = { ok: boolean; status: number; data?: unknown; error?: unknown; response?: Response };
export type AnyClient = Record<string, (request?: object) => Promise<AnyResult>>;
export type Module = { createClient(options: Record<string, unknown>): AnyClient };

export const REDIRECTS = [301, 302, 303, 307, 308] as const;

/** One credential per style the runtime attaches, each with a distinct secret and its wire forms. */
export const CREDENTIALS = {
  bearer: { option: 'token', secret: 'bearer-SECRET-1a2b' },
  basic: { option: 'basicAuth', secret: 'ada:basic-SECRET-3c4d' },
  headerKey: { option: 'headerKey', secret: 'header-SECRET-5e6f' },
  queryKey: { option: 'queryKey', secret: 'query-SECRET/7+8' },
  cookieKey: { option: 'cookieKey', secret: 'cookie-SECRET-9a0b' },
} as const;
export type CredentialStyle = keyof typeof CREDENTIALS;
export const STYLES = Object.keys(CREDENTIALS) as CredentialStyle[];

/** Every form a secret can take on the wire: as is, percent-encoded, base64 (basic), and its distinctive part. */
function wireForms(secret: string): string[] {
  const marker = secret.match(/[a-z]+-SECRET/)![0];
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), marker];
}

/** Which credentials a request carries, found anywhere in it: URL, any header, body. */
export function credentialsIn(req: SeenRequest): CredentialStyle[] {
  const wire = JSON.stringify({ url: req.url, headers: req.headers, body: req.body });
  return STYLES.filter((style) => wireForms(CREDENTIALS[style].secret).some((form) => wire.includes(form)));
}

/** Client options that configure exactly one credential. */
export function withCredential(style: CredentialStyle): Record<string, string> {
  return { [CREDENTIALS[style].option]: CREDENTIALS[style].secret };
}
