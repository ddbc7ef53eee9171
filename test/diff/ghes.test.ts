import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSides } from '../../generator/diff/diff.js';
import type { Finding } from '../../generator/diff/findings.js';
import { loadSideFile, type Side } from '../../generator/diff/side.js';
import { HTTP_METHODS } from '../../generator/common/http.js';
import { repoRoot } from './support/run.js';

/**
 * Real versions: GitHub Enterprise Server 3.18 → 3.19 as @octokit/openapi ships them. The breaking
 * findings were checked by hand against the two files (README, "Breaking-change report"); added
 * operations and schemas are checked against a count taken straight from the JSON.
 */
const file = (v: string) => `node_modules/@octokit/openapi/generated/ghes-${v}.json`;
const raw = (v: string) => JSON.parse(readFileSync(path.join(repoRoot, file(v)), 'utf8')) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };

async function side(v: string): Promise<Side> {
  const loaded = await loadSideFile(path.join(repoRoot, file(v)), file(v));
  if (!loaded.side) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.side;
}

describe('GHES 3.18 → 3.19', () => {
  let findings: Finding[];
  it('loads both descriptions and compares them', async () => {
    findings = diffSides(await side('3.18'), await side('3.19'));
    expect(findings.length).toBeGreaterThan(0);
  }, 120_000);

  it('finds the four breaking changes: a nullable request object made non-null (twice), array bounds added', () => {
    expect(findings.filter((f) => f.severity === 'breaking').map((f) => `${f.code} ${f.operation} ${f.message}`)).toEqual([
      'REQUEST_CONSTRAINT_TIGHTENED DELETE /orgs/{org}/code-security/configurations/detach CodeSecurityDetachConfigurationBody.selected_repository_ids: maxItems none → 250',
      'REQUEST_CONSTRAINT_TIGHTENED DELETE /orgs/{org}/code-security/configurations/detach CodeSecurityDetachConfigurationBody.selected_repository_ids: minItems none → 1',
      'REQUEST_TYPE_CHANGED PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id} CodeSecurityUpdateEnterpriseConfigurationBody.code_scanning_default_setup_options: type null | object → object; null no longer accepted',
      'REQUEST_TYPE_CHANGED PATCH /orgs/{org}/code-security/configurations/{configuration_id} CodeSecurityUpdateConfigurationBody.code_scanning_default_setup_options: type null | object → object; null no longer accepted',
    ]);
  });

  it('reports every added operation and schema, as counted from the JSON itself', () => {
    const [a, b] = [raw('3.18'), raw('3.19')];
    const ops = (d: typeof a) => new Set(Object.entries(d.paths).flatMap(([p, item]) => HTTP_METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${p}`)));
    const before = ops(a);
    const addedOps = [...ops(b)].filter((o) => !before.has(o));
    expect(findings.filter((f) => f.code === 'OPERATION_ADDED').map((f) => f.operation).sort()).toEqual(addedOps.sort());
    const addedSchemas = Object.keys(b.components.schemas).filter((k) => !(k in a.components.schemas));
    expect(findings.filter((f) => f.code === 'SCHEMA_ADDED')).toHaveLength(addedSchemas.length);
    expect(findings.filter((f) => f.code === 'OPERATION_REMOVED' || f.code === 'SCHEMA_REMOVED')).toEqual([]);
  });
});
