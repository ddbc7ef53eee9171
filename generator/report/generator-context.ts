import { readFileSync } from 'node:fs';
import { DIAGNOSTIC_CATALOG } from '../diagnostics.js';
import { driftRules } from './drift.js';
import type { ReportContext, Rule } from './finding.js';
import { repoPrefix } from './repo-root.js';

/** The generator as a report's tool: its name and version from package.json, and its whole catalogue. */
export function generatorReportContext(cwd: string): ReportContext {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; homepage?: string };
  const specRules: Rule[] = Object.entries(DIAGNOSTIC_CATALOG).map(([code, entry]) => ({ code, severity: entry.severity, help: entry.help }));
  return {
    tool: { name: pkg.name, version: pkg.version, ...(pkg.homepage ? { informationUri: pkg.homepage } : {}) },
    rules: [...specRules, ...driftRules()],
    levels: { error: 'error', warning: 'warning' },
    repoPrefix: repoPrefix(cwd),
  };
}
