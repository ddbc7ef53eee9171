import { isObject } from '../load/walk.js';
import { compareStrings } from '../common/order.js';
import type { SecuritySchemeIR } from './types.js';

/** components/securitySchemes → IR, sorted by key (the plan names each scheme's client option). */
export function readSecuritySchemes(raw: unknown): SecuritySchemeIR[] {
  if (!isObject(raw)) return [];
  const entries = Object.entries(raw)
    .filter((e): e is [string, Record<string, unknown>] => isObject(e[1]))
    .sort(([a], [b]) => compareStrings(a, b));
  return entries.map(([key, s]) => {
    const description = typeof s.description === 'string' ? s.description : undefined;
    if (s.type === 'http') {
      const scheme = String(s.scheme ?? 'bearer').toLowerCase();
      const bearerFormat = typeof s.bearerFormat === 'string' ? s.bearerFormat : undefined;
      return { key, kind: 'http', scheme, bearerFormat, description };
    }
    if (s.type === 'apiKey') {
      const where = s.in === 'header' || s.in === 'cookie' ? s.in : 'query';
      return { key, kind: 'apiKey', in: where, paramName: String(s.name ?? key), description };
    }
    const kind = s.type === 'openIdConnect' ? 'openIdConnect' : 'oauth2';
    return { key, kind, description };
  });
}
