// Credentials from securitySchemes: HTTP bearer/basic, API keys in header, query or cookie.
import type { CallState, SecuritySchemeSpec } from './contract.js';
import { own } from './serialize.js';

/** One attempt's request as the credentials change it, plus what must be redacted afterwards. */
export interface AuthTarget {
  headers: Record<string, string>;
  url: string;
  /** Every credential value sent, for redaction. */
  secrets: string[];
  /** Query parameter names that carry credentials, for redaction. */
  redactKeys: string[];
}

/**
 * Adds the credentials of the first security alternative whose credentials are all configured (none
 * configured: the request goes without, and the server's 401 comes back as a typed result), updating
 * `target`. Synchronous unless a credential is a function, which is called per attempt (token refresh).
 */
export function applyCredentials(state: CallState, target: AuthTarget): void | Promise<void> {
  const { op, schemes, credentials } = state;
  const alternative = op.security.find((keys) =>
    keys.every((key) => own(credentials, key) != null),
  );
  if (!alternative) return;
  const values = alternative.map((key) => own(credentials, key)!);
  const attach = (resolved: unknown[]): void => {
    alternative.forEach((key, i) => {
      const scheme = schemes.find((s) => s.key === key);
      const secret = resolved[i];
      if (!scheme) return;
      if (typeof secret !== 'string' || secret === '') {
        throw new TypeError(`credential option ${scheme.option} resolved to no string`);
      }
      target.secrets.push(secret);
      attachOne(scheme, secret, target);
    });
  };
  if (values.every((v) => typeof v === 'string')) return attach(values);
  return Promise.all(values.map((v) => (typeof v === 'function' ? v() : v))).then(attach);
}

function attachOne(scheme: SecuritySchemeSpec, secret: string, target: AuthTarget): void {
  const { headers } = target;
  if (scheme.scheme === 'apiKey') {
    const name = scheme.name ?? scheme.key;
    if (scheme.in === 'query') {
      target.redactKeys.push(name);
      target.url += `${target.url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(secret)}`;
    } else if (scheme.in === 'cookie') {
      const pair = `${name}=${encodeURIComponent(secret)}`;
      headers.cookie = headers.cookie ? `${headers.cookie}; ${pair}` : pair;
    } else {
      headers[name.toLowerCase()] ??= secret;
    }
    return;
  }
  // An Authorization header the caller set explicitly wins over the configured credential.
  if (headers.authorization !== undefined) return;
  const encoded = scheme.scheme === 'basic' ? base64(secret) : secret;
  if (encoded !== secret) target.secrets.push(encoded);
  headers.authorization = `${authPrefix(scheme.scheme)} ${encoded}`;
}

function authPrefix(scheme: string): string {
  if (scheme === 'apiKey' || scheme === 'bearer') return 'Bearer';
  return scheme.charAt(0).toUpperCase() + scheme.slice(1);
}

/** Base64 of the UTF-8 bytes (btoa alone rejects non-Latin-1 text such as `pässword`). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
