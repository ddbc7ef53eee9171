// Redirects, followed by the client itself (`redirect: 'manual'`) so that credentials stay with their origin.
import type { Fetch, SecuritySchemeSpec } from './contract.js';

/** The most redirects one attempt follows, as in fetch. */
export const MAX_REDIRECTS = 20;

/** The request one step of a redirect chain sends; `send` updates it in place as it follows redirects. */
export interface Hop {
  method: string;
  url: string;
  headers: Record<string, string>;
  // Read off `RequestInit`, which both DOM and Node-only type set-ups declare (DOM's global `BodyInit` is not).
  body: NonNullable<RequestInit['body']> | undefined;
}

/** A redirect the client will not follow, with the response that asked for it. */
export interface Refusal {
  refused: string;
  response: Response;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Request headers that describe the body: they go with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-encoding', 'content-language', 'content-location'];
/** Headers that carry credentials whatever the spec declares. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * Sends `hop` and follows redirects by fetch's rules: 303 (and 301/302 after a POST) becomes a GET
 * without body; 307/308 repeat method and body. Credentials go only to the origin the call was made
 * for. The first hop to another origin drops every credential (Authorization, Cookie, the spec's API-key
 * headers and query parameters), and none comes back for the rest of the chain, even if it returns to
 * the origin: the other host chose that request, so it must not carry the caller's credentials.
 */
export async function send(
  fetchImpl: Fetch,
  hop: Hop,
  signal: AbortSignal | undefined,
  replayable: boolean,
  schemes: readonly SecuritySchemeSpec[],
): Promise<Response | Refusal> {
  const origin = hop.url;
  let crossed = false;
  for (let count = 0; ; count++) {
    const init: RequestInit & { duplex?: 'half' } = {
      method: hop.method,
      headers: hop.headers,
      redirect: 'manual',
    };
    // Absent rather than undefined, for consumers compiling with exactOptionalPropertyTypes.
    if (hop.body !== undefined) init.body = hop.body;
    if (signal) init.signal = signal;
    // A stream body needs `duplex: 'half'` in Node's fetch (and Chrome's); it is ignored elsewhere.
    if (!replayable) init.duplex = 'half';
    const response = await fetchImpl.call(globalThis, hop.url, init);
    const status = response.status;
    // Browsers answer `redirect: 'manual'` with an opaque response: status 0, no Location to check.
    if (status === 0 && response.type === 'opaqueredirect') {
      return {
        refused: 'the server redirected, and this platform hides the target (an opaque redirect)',
        response,
      };
    }
    if (!REDIRECT_STATUSES.has(status)) return response;
    const location = response.headers.get('location');
    // fetch returns such a response as it is; so does the client.
    if (location === null) return response;
    let next: URL;
    try {
      next = new URL(location, hop.url);
    } catch {
      return { refused: `${status} redirect to ${location}: not a URL`, response };
    }
    const where = `${status} redirect to ${next.href}`;
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return { refused: `${where}: only http and https are followed`, response };
    }
    if (count === MAX_REDIRECTS)
      return { refused: `${where}: more than ${MAX_REDIRECTS} redirects`, response };
    const method = hop.method;
    const toGet =
      (status === 303 && method !== 'GET' && method !== 'HEAD') ||
      (status <= 302 && method === 'POST');
    if (!toGet && hop.body !== undefined && !replayable) {
      return {
        refused: `${where} needs the request body again, and a stream body cannot be re-sent`,
        response,
      };
    }
    await response.body?.cancel().catch(() => undefined);
    if (toGet) {
      hop.method = 'GET';
      hop.body = undefined;
      hop.headers = without(hop.headers, BODY_HEADERS);
    }
    const queryKeys = credentialNames(schemes, 'query');
    if (!crossed && next.origin === new URL(origin).origin) {
      next.search = withQueryKeys(next.search, hop.url, queryKeys);
    } else {
      crossed = true;
      hop.headers = without(hop.headers, [
        ...CREDENTIAL_HEADERS,
        ...credentialNames(schemes, 'header'),
      ]);
      next.search = withoutQueryKeys(next.search, queryKeys);
    }
    hop.url = next.href;
  }
}

/** The parameter names of the spec's API keys in `where` (header names lower-cased, as the runtime sends them). */
function credentialNames(
  schemes: readonly SecuritySchemeSpec[],
  where: 'header' | 'query',
): string[] {
  const names: string[] = [];
  for (const s of schemes) {
    if (s.scheme !== 'apiKey' || (s.in ?? 'header') !== where) continue;
    const name = s.name ?? s.key;
    names.push(where === 'header' ? name.toLowerCase() : name);
  }
  return names;
}

function without(
  headers: Record<string, string>,
  names: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) if (!names.includes(name)) out[name] = headers[name]!;
  return out;
}

/** The query's `name=value` parts as written, each with its decoded name. */
function queryParts(search: string): { name: string; part: string }[] {
  if (search.length <= 1) return [];
  return search
    .slice(1)
    .split('&')
    .map((part) => {
      const raw = part.split('=', 1)[0]!;
      try {
        return { name: decodeURIComponent(raw.replace(/\+/g, ' ')), part };
      } catch {
        return { name: raw, part }; // a malformed escape: compare the name as written
      }
    });
}

/** The query without the credential parameters; every other part kept byte for byte. */
function withoutQueryKeys(search: string, keys: readonly string[]): string {
  if (keys.length === 0) return search;
  const kept = queryParts(search).filter((p) => !keys.includes(p.name));
  return kept.length === 0 ? '' : `?${kept.map((p) => p.part).join('&')}`;
}

/** Same origin: the query API keys the previous request carried, added again where the Location left them out. */
function withQueryKeys(search: string, previousUrl: string, keys: readonly string[]): string {
  if (keys.length === 0) return search;
  const present = new Set(queryParts(search).map((p) => p.name));
  const previous = previousUrl.includes('?') ? previousUrl.slice(previousUrl.indexOf('?')) : '';
  const missing = queryParts(previous).filter((p) => keys.includes(p.name) && !present.has(p.name));
  if (missing.length === 0) return search;
  const parts = missing.map((p) => p.part).join('&');
  return search.length > 1 ? `${search}&${parts}` : `?${parts}`;
}
