import { isObject } from '../load/walk.js';
import { str } from './normalize-content.js';
import type { ServerIR } from './types.js';

/** The document's `servers` → IR, in spec order (the first is the client's default). */
export function readServers(raw: unknown, is32: boolean): ServerIR[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((s) => ({
    url: String(s.url ?? '/'),
    // 3.2's server `name`; in an older document an unknown field (warned about, ignored).
    ...(is32 && typeof s.name === 'string' ? { name: s.name } : {}),
    description: str(s.description),
    variables: isObject(s.variables)
      ? Object.entries(s.variables).map(([name, v]) => {
          const variable = isObject(v) ? v : {};
          return {
            name,
            default: String(variable.default ?? ''),
            enum: Array.isArray(variable.enum) ? variable.enum.map(String) : undefined,
            description: str(variable.description),
          };
        })
      : [],
  }));
}
