import { isObject } from '../load/walk.js';
import { camelCase, compareStrings } from './names.js';
import type { SecuritySchemeIR } from './types.js';

/** Client option keys a credential option must not take. */
const CLIENT_OPTION_KEYS = new Set([
  'baseUrl', 'serverVariables', 'fetch', 'headers', 'timeoutMs', 'retry', 'validateRequests', 'validateResponses',
]);

/**
 * components/securitySchemes → IR, sorted by key. The credential option name is the conventional one when
 * the kind is unambiguous (`token` for the only bearer scheme, `apiKey` for the only API key), else the
 * scheme key in camelCase; names are decided here, once.
 */
export function readSecuritySchemes(raw: unknown): SecuritySchemeIR[] {
  if (!isObject(raw)) return [];
  const entries = Object.entries(raw)
    .filter((e): e is [string, Record<string, unknown>] => isObject(e[1]))
    .sort(([a], [b]) => compareStrings(a, b));
  const bearerCount = entries.filter(([, s]) => s.type === 'http' && String(s.scheme).toLowerCase() === 'bearer').length;
  const apiKeyCount = entries.filter(([, s]) => s.type === 'apiKey').length;
  const used = new Set<string>();
  return entries.map(([key, s]) => {
    const description = typeof s.description === 'string' ? s.description : undefined;
    let preferred = camelCase(key);
    if (s.type === 'http' && String(s.scheme).toLowerCase() === 'bearer' && bearerCount === 1) preferred = 'token';
    if (s.type === 'apiKey' && apiKeyCount === 1) preferred = 'apiKey';
    let optionName = CLIENT_OPTION_KEYS.has(preferred) ? `${preferred}Credential` : preferred;
    for (let n = 2; used.has(optionName); n++) optionName = `${preferred}${n}`;
    used.add(optionName);
    if (s.type === 'http') {
      const scheme = String(s.scheme ?? 'bearer').toLowerCase();
      const bearerFormat = typeof s.bearerFormat === 'string' ? s.bearerFormat : undefined;
      return { key, kind: 'http', scheme, bearerFormat, description, optionName };
    }
    if (s.type === 'apiKey') {
      const where = s.in === 'header' || s.in === 'cookie' ? s.in : 'query';
      return { key, kind: 'apiKey', in: where, paramName: String(s.name ?? key), description, optionName };
    }
    const kind = s.type === 'openIdConnect' ? 'openIdConnect' : 'oauth2';
    return { key, kind, description, optionName };
  });
}
