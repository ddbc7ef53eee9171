// Credentials from securitySchemes: HTTP bearer/basic, API keys in header, query or cookie.
import type { CallState, SecuritySchemeSpec } from './contract.js';

/**
 * Adds the credentials of the first security alternative whose credentials are all configured (none
 * configured: the request goes without, and the server's 401 comes back as a typed result). Returns the
 * URL, which carries API keys that go in the query; synchronous unless a credential is a function.
 */
export function applyCredentials(
  state: CallState,
  headers: Record<string, string>,
  url: string,
  secrets: string[],
  redactKeys: string[],
): string | Promise<string> {
  const { op, schemes, credentials } = state;
  const alternative = op.security.find((keys) =>
    keys.every((key) => credentials[key] !== undefined && credentials[key] !== null),
  );
  if (!alternative) return url;
  const values = alternative.map((key) => credentials[key]!);
  const attach = (resolved: unknown[]): string => {
    let out = url;
    alternative.forEach((key, i) => {
      const scheme = schemes.find((s) => s.key === key);
      const secret = resolved[i];
      if (!scheme) return;
      if (typeof secret !== 'string' || secret === '')
        throw new TypeError(`credential option ${scheme.option} resolved to no string`);
      secrets.push(secret);
      out = attachOne(scheme, secret, headers, out, secrets, redactKeys);
    });
    return out;
  };
  if (values.every((v) => typeof v === 'string')) return attach(values);
  return Promise.all(values.map((v) => (typeof v === 'function' ? v() : v))).then(attach);
}

function attachOne(
  scheme: SecuritySchemeSpec,
  secret: string,
  headers: Record<string, string>,
  url: string,
  secrets: string[],
  redactKeys: string[],
): string {
  if (scheme.scheme === 'apiKey') {
    const name = scheme.name ?? scheme.key;
    if (scheme.in === 'query') {
      redactKeys.push(name);
      return `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=${encodeURIComponent(secret)}`;
    }
    if (scheme.in === 'cookie') {
      const pair = `${name}=${encodeURIComponent(secret)}`;
      headers.cookie = headers.cookie ? `${headers.cookie}; ${pair}` : pair;
    } else {
      headers[name.toLowerCase()] ??= secret;
    }
    return url;
  }
  // An Authorization header the caller set explicitly wins over the configured credential.
  if (headers.authorization !== undefined) return url;
  const encoded = scheme.scheme === 'basic' ? base64(secret) : secret;
  if (encoded !== secret) secrets.push(encoded);
  headers.authorization = `${authPrefix(scheme.scheme)} ${encoded}`;
  return url;
}

function authPrefix(scheme: string): string {
  if (scheme === 'apiKey' || scheme === 'bearer') return 'Bearer';
  return scheme.charAt(0).toUpperCase() + scheme.slice(1);
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
