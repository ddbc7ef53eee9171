import { compareStrings } from '../common/order.js';
import { helpOf, levelOf, repoPath, type Finding, type Level, type ReportContext, type Rule } from './finding.js';

/** The OASIS schema a log declares (SARIF 2.1.0 with its approved errata). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Paths in results are relative to the repository root, named the way CodeQL and GitHub code scanning name it. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: every rule of the catalogue (its fix as help text), one result per
 * finding. Deterministic: rules by code, results in the findings' order, no time, no absolute path.
 */
export function sarifLog(findings: readonly Finding[], context: ReportContext): object {
  const rules = rulesFor(findings, context);
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const driver = {
    name: context.tool.name,
    version: context.tool.version,
    ...(context.tool.informationUri ? { informationUri: context.tool.informationUri } : {}),
    rules: rules.map((rule) => ({
      id: rule.code,
      name: pascalCase(rule.code),
      shortDescription: { text: sentence(rule.code) },
      fullDescription: { text: rule.help },
      help: { text: rule.help },
      defaultConfiguration: { level: context.levels[rule.severity] ?? ('error' satisfies Level) },
    })),
  };
  const results = findings.map((f) => {
    const properties = { ...(f.pointer === '' ? {} : { pointer: f.pointer }), ...f.properties };
    return {
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code)!,
      level: levelOf(f, context),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(repoPath(f.file, context)), uriBaseId: SOURCE_ROOT },
            region: { startLine: f.line, startColumn: f.col },
          },
        },
      ],
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
}

/** The catalogue, plus a rule for any code a finding carries that the catalogue lacks (a result needs its rule). */
function rulesFor(findings: readonly Finding[], context: ReportContext): Rule[] {
  const rules = new Map(context.rules.map((r) => [r.code, r]));
  for (const f of findings) {
    if (!rules.has(f.code)) rules.set(f.code, { code: f.code, severity: f.severity, help: helpOf(f, context) ?? f.code });
  }
  return [...rules.values()].sort((a, b) => compareStrings(a.code, b.code));
}

/**
 * A relative URI reference for a POSIX path: each segment percent-encoded, so a space, `#`, `?` or `%`
 * in a file name stays part of the path.
 */
function uriOf(posixPath: string): string {
  return posixPath
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** SPEC_REF_NOT_FOUND → SpecRefNotFound (SARIF's reportingDescriptor.name: an identifier-like name). */
function pascalCase(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** SPEC_REF_NOT_FOUND → "Spec ref not found" (the alert title GitHub shows for the rule). */
function sentence(code: string): string {
  const words = code.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
