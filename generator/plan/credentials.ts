import { toPointer } from '../diagnostics.js';
import type { SecuritySchemeIR } from '../ir/types.js';
import type { Rename } from './name-table.js';
import { BUILTIN_MEMBERS } from '../escape/typescript.js';
import { camelCase } from './names.js';

/** Client option keys a credential option must not take. */
const CLIENT_OPTION_KEYS = new Set([
  'baseUrl', 'serverVariables', 'fetch', 'headers', 'timeoutMs', 'retry', 'validateRequests', 'validateResponses',
]);

/**
 * The `createClient` option of each security scheme (schemes sorted by key, as the IR has them): the
 * conventional name when the kind is unambiguous (`token` for the only bearer scheme, `apiKey` for the
 * only API key), else the scheme key in camelCase; never a transport option, never a built-in member
 * (moved aside with a trailing underscore, and reported), never taken twice.
 */
export function credentialOptions(schemes: readonly SecuritySchemeIR[]): { options: Map<SecuritySchemeIR, string>; renames: Rename[] } {
  const isBearer = (s: SecuritySchemeIR) => s.kind === 'http' && s.scheme === 'bearer';
  const bearerCount = schemes.filter(isBearer).length;
  const apiKeyCount = schemes.filter((s) => s.kind === 'apiKey').length;
  const used = new Set<string>();
  const options = new Map<SecuritySchemeIR, string>();
  const renames: Rename[] = [];
  for (const scheme of schemes) {
    let preferred = camelCase(scheme.key);
    if (isBearer(scheme) && bearerCount === 1) preferred = 'token';
    if (scheme.kind === 'apiKey' && apiKeyCount === 1) preferred = 'apiKey';
    const builtin = BUILTIN_MEMBERS.has(preferred);
    let option = CLIENT_OPTION_KEYS.has(preferred) ? `${preferred}Credential` : builtin ? `${preferred}_` : preferred;
    for (let n = 2; used.has(option); n++) option = `${preferred}${n}`;
    used.add(option);
    options.set(scheme, option);
    if (builtin) {
      const pointer = toPointer(['components', 'securitySchemes', scheme.key]);
      renames.push({ kind: 'security scheme', source: scheme.key, proposed: preferred, final: option, pointer, reason: 'builtin' });
    }
  }
  return { options, renames };
}
