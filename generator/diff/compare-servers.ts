import type { ApiIR } from '../ir/types.js';
import { quote, type Report } from './report.js';

/** The first server is the client's default base URL: changing it sends default-configured clients elsewhere. */
export function compareServers(old: ApiIR, new_: ApiIR, report: Report): void {
  const a = old.servers[0]?.url;
  const b = new_.servers[0]?.url;
  if (a === b) return;
  if (b === undefined) {
    report.add({ code: 'SERVER_CHANGED', at: 'old', pointer: '/servers/0', symbol: 'ClientOptions.baseUrl', message: `default server ${quote(a)} removed; createClient now needs baseUrl` });
  } else {
    report.add({ code: 'SERVER_CHANGED', at: 'new', pointer: '/servers/0/url', symbol: 'ClientOptions.baseUrl', message: `default server ${a === undefined ? 'none' : quote(a)} → ${quote(b)}` });
  }
}
