import { isObject } from '../load/walk.js';
import { compareStrings } from '../common/order.js';
import type { OAuth2Details, SecuritySchemeIR } from './types.js';

/** components/securitySchemes → IR, sorted by key (the plan names each scheme's client option). */
export function readSecuritySchemes(raw: unknown, is32: boolean): SecuritySchemeIR[] {
  if (!isObject(raw)) return [];
  const entries = Object.entries(raw)
    .filter((e): e is [string, Record<string, unknown>] => isObject(e[1]))
    .sort(([a], [b]) => compareStrings(a, b));
  // 3.2 fields; in an older document they are unknown fields (warned about, ignored).
  return entries.map(([key, s]) => (is32 && s.deprecated === true ? { ...scheme(key, s, is32), deprecated: true as const } : scheme(key, s, is32)));
}

function scheme(key: string, s: Record<string, unknown>, is32: boolean): SecuritySchemeIR {
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
  const oauth2 = is32 && kind === 'oauth2' ? oauth2Details(s) : undefined;
  return oauth2 ? { key, kind, description, oauth2 } : { key, kind, description };
}

function oauth2Details(s: Record<string, unknown>): OAuth2Details | undefined {
  const device = isObject(s.flows) && isObject(s.flows.deviceAuthorization) ? s.flows.deviceAuthorization : undefined;
  const details: OAuth2Details = {};
  if (typeof s.oauth2MetadataUrl === 'string') details.metadataUrl = s.oauth2MetadataUrl;
  if (device && typeof device.deviceAuthorizationUrl === 'string') details.deviceAuthorizationUrl = device.deviceAuthorizationUrl;
  return Object.keys(details).length > 0 ? details : undefined;
}
