import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../generator/diagnostics.js';
import { generate } from '../../generator/index.js';
import { driftFindings } from '../../generator/report/drift.js';
import { sortFindings, type Finding, type ReportContext } from '../../generator/report/finding.js';
import { generatorReportContext } from '../../generator/report/generator-context.js';
import { escapeData, escapeProperty, githubCommands } from '../../generator/report/github.js';
import { jsonReport } from '../../generator/report/json.js';
import { renderReport } from '../../generator/report/render.js';
import { sarifLog } from '../../generator/report/sarif.js';
import { formatFindingLine } from '../../generator/report/text.js';
import { sarifErrors } from './sarif-schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const invalidDir = 'test/fixtures/invalid';
const context: ReportContext = { ...generatorReportContext(root), repoPrefix: '' };

/** Spec text is attacker-controlled: line breaks, a workflow command of its own, escapes, and separators. */
const HOSTILE = 'bad\n::error file=.github/workflows/x.yml::pwned\r\n::add-mask::x %0A %25 a,b:c \u001b[2J\u2028end';

function finding(overrides: Partial<Finding> = {}): Finding {
  return { code: 'SPEC_REF_NOT_FOUND', severity: 'error', message: 'm', file: 'specs/a.yaml', line: 3, col: 5, pointer: '/a', ...overrides };
}

/** Every diagnostic the invalid fixtures produce: one per code, real positions and messages. */
let diagnostics: Diagnostic[] = [];
beforeAll(async () => {
  const specs = readdirSync(path.join(root, invalidDir)).map((f) => `${invalidDir}/${f}`);
  diagnostics = (await generate({ specs, cwd: root })).diagnostics;
}, 120_000);

describe('text', () => {
  it('is the one-line diagnostic form for spec diagnostics', () => {
    expect(diagnostics.length).toBeGreaterThan(15);
    for (const d of diagnostics) expect(formatFindingLine(d)).toBe(formatDiagnostic(d));
  });

  it('keeps a hostile message on one line, control characters shown as escapes', () => {
    const line = formatFindingLine(finding({ message: HOSTILE }));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/[\r\u001b]/);
    expect(line).toContain('bad\\n::error');
  });
});

describe('json', () => {
  it('carries the text fields of every finding, the fix, counts and ok', () => {
    const report = jsonReport(diagnostics, context);
    expect(report.schemaVersion).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.counts).toEqual({
      error: diagnostics.filter((d) => d.severity === 'error').length,
      warning: diagnostics.filter((d) => d.severity === 'warning').length,
    });
    expect(report.findings.map((f) => formatFindingLine({ ...f, help: f.help ?? undefined }))).toEqual(diagnostics.map(formatDiagnostic));
    for (const f of report.findings) expect(f.help).toEqual(expect.any(String));
  });

  it('is ok with warnings only, and round-trips hostile text exactly', () => {
    const warning = finding({ severity: 'warning', code: 'SPEC_UNKNOWN_FORMAT', message: HOSTILE, file: 'specs/we,ird:na%me.yaml' });
    const parsed = JSON.parse(renderReport('json', [warning], context)) as ReturnType<typeof jsonReport>;
    expect(parsed.ok).toBe(true);
    expect(parsed.counts).toEqual({ error: 0, warning: 1 });
    expect(parsed.findings[0]!.message).toBe(HOSTILE);
    expect(parsed.findings[0]!.file).toBe('specs/we,ird:na%me.yaml');
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema for every diagnostic code and every drift kind', () => {
    const drift = driftFindings(
      [
        { path: 'exante/types.gen.ts', kind: 'stale', line: 12, col: 3 },
        { path: 'exante/index.ts', kind: 'missing' },
        { path: 'gone/', kind: 'orphaned' },
      ],
      'generated',
    );
    const log = sarifLog(sortFindings([...diagnostics, ...drift]), context);
    expect(sarifErrors(log)).toEqual([]);
  });

  it('has one rule per catalogue code with its help, and results that point at their rule and position', () => {
    const log = sarifLog(diagnostics, context) as SarifShape;
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(context.rules.map((r) => r.code).sort());
    for (const rule of rules) expect(rule.help.text).toBe(context.rules.find((r) => r.code === rule.id)!.help);
    expect(run.results).toHaveLength(diagnostics.length);
    run.results.forEach((result, i) => {
      const d = diagnostics[i]!;
      expect(result.ruleId).toBe(d.code);
      expect(rules[result.ruleIndex]!.id).toBe(d.code);
      expect(result.level).toBe(d.severity);
      expect(result.locations[0]!.physicalLocation).toEqual({
        artifactLocation: { uri: d.file, uriBaseId: '%SRCROOT%' },
        region: { startLine: d.line, startColumn: d.col },
      });
    });
  });

  it('names files from the repository root and percent-encodes what a URI cannot hold', () => {
    const odd = finding({ file: 'specs/my api #2 100%.yaml', message: HOSTILE });
    const log = sarifLog([odd], { ...context, repoPrefix: 'services/billing' }) as SarifShape;
    expect(sarifErrors(log)).toEqual([]);
    const result = log.runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('services/billing/specs/my%20api%20%232%20100%25.yaml');
    expect(result.message.text).toBe(HOSTILE);
  });

  it('is the same bytes whatever order the findings arrived in', () => {
    const shuffled = [...diagnostics].reverse();
    expect(renderReport('sarif', sortFindings(shuffled), context)).toBe(renderReport('sarif', sortFindings(diagnostics), context));
  });

  it('is valid with no findings at all', () => {
    const log = sarifLog([], context) as SarifShape;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });
});

describe('github', () => {
  it('prints one workflow command per finding with file, line, col and the code as title', () => {
    const lines = githubCommands(diagnostics, context);
    expect(lines).toHaveLength(diagnostics.length);
    lines.forEach((line, i) => {
      const d = diagnostics[i]!;
      expect(line).toBe(`::${d.severity} file=${d.file},line=${d.line},col=${d.col},title=${d.code}::${escapeData(d.message)}`);
    });
  });

  it('cannot be made to print a second command, whatever the message and file name hold', () => {
    const hostile = [
      finding({ message: HOSTILE, file: 'specs/we,ird:na%me\n::x.yaml' }),
      finding({ message: '%0A::error::encoded', severity: 'warning' }),
      finding({ message: '\r::error::carriage return only' }),
    ];
    const output = renderReport('github', hostile, context);
    const lines = output.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(hostile.length);
    expect(output).not.toContain('\r');
    lines.forEach((line, i) => {
      const parsed = parseWorkflowCommand(line);
      expect(parsed.command).toBe(i === 1 ? 'warning' : 'error');
      expect(parsed.message).toBe(hostile[i]!.message);
      expect(parsed.properties).toEqual({ file: hostile[i]!.file, line: '3', col: '5', title: hostile[i]!.code });
    });
  });

  it('escapes as @actions/core does', () => {
    expect(escapeData('100% \r\n:,')).toBe('100%25 %0D%0A:,');
    expect(escapeProperty('100% \r\n:,')).toBe('100%25 %0D%0A%3A%2C');
  });
});

describe('another command\'s findings', () => {
  // What a breaking-change report would bring: its own catalogue, severity words and extra facts.
  const diffContext: ReportContext = {
    tool: { name: 'openapi-profile-gen', version: '0.1.0' },
    rules: [
      { code: 'DIFF_OPERATION_REMOVED', severity: 'breaking', help: 'Clients calling it will fail.' },
      { code: 'DIFF_ENUM_VALUE_ADDED', severity: 'info', help: 'Old clients may not expect the value.' },
    ],
    levels: { breaking: 'error', warning: 'warning', info: 'note' },
    repoPrefix: '',
  };
  const findings: Finding[] = [
    finding({ code: 'DIFF_OPERATION_REMOVED', severity: 'breaking', properties: { operation: 'GET /users', symbol: 'getUsers' } }),
    finding({ code: 'DIFF_ENUM_VALUE_ADDED', severity: 'info', line: 9 }),
  ];

  it('map through the severity mapping in every format', () => {
    const json = jsonReport(findings, diffContext);
    expect(json.counts).toEqual({ breaking: 1, warning: 0, info: 1 });
    expect(json.ok).toBe(false);
    expect(json.findings[0]!.properties).toEqual({ operation: 'GET /users', symbol: 'getUsers' });
    const log = sarifLog(findings, diffContext) as SarifShape;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(['error', 'note']);
    expect(log.runs[0]!.results[0]!.properties).toMatchObject({ operation: 'GET /users', symbol: 'getUsers' });
    expect(githubCommands(findings, diffContext).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::notice']);
  });
});

interface SarifShape {
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[];
      properties?: Record<string, string>;
    }[];
  }[];
}

/** A workflow command read the way the Actions runner reads one: `::name k=v,k=v::data`, then unescaped. */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  expect(line.startsWith('::')).toBe(true);
  const end = line.indexOf('::', 2);
  const section = line.slice(2, end);
  const space = section.indexOf(' ');
  const properties: Record<string, string> = {};
  for (const pair of section.slice(space + 1).split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: section.slice(0, space), properties, message: unescape(line.slice(end + 2)) };
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
