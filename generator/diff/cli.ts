import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { appendChangelog } from './changelog.js';
import { diffSides } from './diff.js';
import type { Finding, FindingSeverity } from './findings.js';
import { GitUsageError, readAtRef } from './git-base.js';
import { renderReport } from '../report/render.js';
import { diffReportContext, toReportFinding } from './report-context.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { loadSideFile, loadSideText, type LoadedSide } from './side.js';

export const DIFF_HELP = `Usage: npm run diff -- [options] <old-spec> <new-spec>
       npm run diff -- [options] --base-ref <git-ref> <spec>

Reports what changed between two versions of an OpenAPI spec, judged by what breaks for users of
the generated client: code that no longer compiles, requests the API now refuses, responses the old
types do not describe.

Options:
  --base-ref <ref>        Compare <spec> with its version at a git ref (e.g. origin/main).
  --format <f>            text (default), json, markdown, or for CI sarif (code scanning) or github
                          (workflow annotations on the changed lines).
  --min-severity <s>      Show only findings at least this severe: breaking, warning or info (default).
                          The exit code still counts every breaking change.
  --changelog <file>      Also add the Markdown section to <file>, newest first (created when missing;
                          a section already there is not added again). A <spec>.changelog.md next to
                          the spec is published by npm run generate as docs/changelog.md.
  --allow-breaking        Exit 0 even when a change is breaking.
  -h, --help              Show this help.

Exit codes: 0 no breaking change, 1 breaking changes (or a spec has errors), 2 usage error.`;

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
const SEVERITIES: FindingSeverity[] = ['breaking', 'warning', 'info'];

/** Where the command writes (the process's streams; tests pass collectors). */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

interface DiffArgs {
  format: (typeof FORMATS)[number];
  minSeverity: FindingSeverity;
  baseRef?: string;
  changelog?: string;
  allowBreaking: boolean;
  help: boolean;
  specs: string[];
}

function parse(argv: string[]): DiffArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        'min-severity': { type: 'string' },
        'base-ref': { type: 'string' },
        changelog: { type: 'string' },
        'allow-breaking': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  const minSeverity = values['min-severity'] ?? 'info';
  if (!(SEVERITIES as string[]).includes(minSeverity)) throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(minSeverity)})`);
  const args: DiffArgs = {
    format: format as DiffArgs['format'],
    minSeverity: minSeverity as FindingSeverity,
    baseRef: values['base-ref'],
    changelog: values.changelog,
    allowBreaking: values['allow-breaking'] ?? false,
    help: values.help ?? false,
    specs: positionals,
  };
  if (args.help) return args;
  const wanted = args.baseRef === undefined ? 2 : 1;
  if (args.specs.length !== wanted) {
    throw new UsageError(args.baseRef === undefined ? `expected two specs, <old> and <new> (got ${args.specs.length})` : `with --base-ref, expected one spec (got ${args.specs.length})`);
  }
  return args;
}

/** argv → exit code. Spec problems print as the generator's located diagnostics; only a bug prints a stack. */
export async function diffCommand(argv: string[], cwd: string, out: Output): Promise<number> {
  let args: DiffArgs;
  let sides: [LoadedSide, LoadedSide];
  try {
    args = parse(argv);
    if (args.help) {
      out.stdout(`${DIFF_HELP}\n`);
      return 0;
    }
    sides = await loadSides(args, cwd);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GitUsageError) {
      out.stderr(`error: ${error.message}\n\n${DIFF_HELP}\n`);
      return 2;
    }
    throw error;
  }
  const [old, new_] = sides;
  if (!old.side || !new_.side) {
    const diagnostics: Diagnostic[] = sortDiagnostics([...old.diagnostics, ...new_.diagnostics]);
    for (const d of diagnostics) out.stderr(`${formatDiagnostic(d)}\n`);
    if (!hasErrors(diagnostics)) out.stderr('error: a spec could not be loaded\n');
    return 1;
  }
  const findings = diffSides(old.side, new_.side);
  const shown = findings.filter((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(args.minSeverity));
  const heading = { title: new_.side.api.title, oldVersion: old.side.api.version, newVersion: new_.side.api.version };
  if (args.format === 'json') out.stdout(renderJson(shown, { old: old.side.label, new: new_.side.label }));
  else if (args.format === 'markdown') out.stdout(renderMarkdown(shown, heading));
  else if (args.format === 'sarif' || args.format === 'github') {
    const base = args.baseRef !== undefined ? { label: old.side.label, workingFile: new_.side.label } : undefined;
    out.stdout(renderReport(args.format, shown.map((f) => toReportFinding(f, base)), diffReportContext(cwd)));
  } else out.stdout(renderText(shown));
  if (args.changelog !== undefined) appendChangelog(path.resolve(cwd, args.changelog), renderMarkdown(shown, heading));
  return breaking(findings) && !args.allowBreaking ? 1 : 0;
}

function breaking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'breaking');
}

async function loadSides(args: DiffArgs, cwd: string): Promise<[LoadedSide, LoadedSide]> {
  const label = (file: string) => {
    const rel = path.relative(cwd, path.resolve(cwd, file));
    return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
  };
  if (args.baseRef !== undefined) {
    const spec = args.specs[0]!;
    const base = readAtRef(args.baseRef, spec, cwd);
    return [loadSideText(base.text, base.label), await loadSideFile(path.resolve(cwd, spec), label(spec))];
  }
  const [a, b] = args.specs as [string, string];
  return Promise.all([loadSideFile(path.resolve(cwd, a), label(a)), loadSideFile(path.resolve(cwd, b), label(b))]);
}
