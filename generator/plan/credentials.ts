import type { SecuritySchemeIR } from '../ir/types.js';
import { camelCase } from './names.js';

/** Client option keys a credential option must not take. */
const CLIENT_OPTION_KEYS = new Set([
  'baseUrl', 'serverVariables', 'fetch', 'headers', 'timeoutMs', 'retry', 'validateRequests', 'validateResponses',
]);

/**
 * The `createClient` option of each security scheme (schemes sorted by key, as the IR has them): the
 * conventional name when the kind is unambiguous (`token` for the only bearer scheme, `apiKey` for the
 * only API key), else the scheme key in camelCase; never a transport option, never taken twice.
 */
export function credentialOptions(schemes: readonly SecuritySchemeIR[]): Map<SecuritySchemeIR, string> {
  const isBearer = (s: SecuritySchemeIR) => s.kind === 'http' && s.scheme === 'bearer';
  const bearerCount = schemes.filter(isBearer).length;
  const apiKeyCount = schemes.filter((s) => s.kind === 'apiKey').length;
  const used = new Set<string>();
  const options = new Map<SecuritySchemeIR, string>();
  for (const scheme of schemes) {
    let preferred = camelCase(scheme.key);
    if (isBearer(scheme) && bearerCount === 1) preferred = 'token';
    if (scheme.kind === 'apiKey' && apiKeyCount === 1) preferred = 'apiKey';
    let option = CLIENT_OPTION_KEYS.has(preferred) ? `${preferred}Credential` : preferred;
    for (let n = 2; used.has(option); n++) option = `${preferred}${n}`;
    used.add(option);
    options.set(scheme, option);
  }
  return options;
}
