import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * One measured generation run, executed by bench/run.ts in a fresh process so cold time and peak RSS
 * are real. Prints one JSON line (`GenerationReport`) on stdout.
 *
 *   node --import tsx bench/generation.ts ours --out <dir> <spec>...   our pipeline, as the CLI runs it
 *   node --import tsx bench/generation.ts ots  --out <dir> <spec>...   openapi-typescript, types only
 *
 * `ours` is what `npm run generate -- --spec ... --out <dir>` does (generate() then writeOutputs()), with
 * the time split into module loading, generation and writing. `ots` is what `openapi-typescript` users
 * run: openapiTS() on the spec file, astToString(), write the file; same process conditions.
 */
export interface GenerationReport {
  mode: 'ours' | 'ots';
  /** ms from process start to this script's first line (node + tsx start-up). */
  startupMs: number;
  /** ms importing the generator (or openapi-typescript). */
  loadMs: number;
  /** ms generating in memory (ours: generate(); ots: openapiTS() + astToString()). */
  generateMs: number;
  /** ms writing the output. */
  writeMs: number;
  /** ms from process start to the end of the work. */
  totalMs: number;
  files: number;
  /** Files written (ours: files whose content changed; ots: every file). */
  written: number;
  outputBytes: number;
  /** Peak resident set size in KiB, as the process sees it. */
  maxRssKb: number;
  /** Diagnostics by `severity code` (ours only). */
  diagnostics?: Record<string, number>;
}

const startupMs = performance.now();

async function main(argv: string[]): Promise<GenerationReport> {
  const [mode, flag, out, ...specs] = argv;
  if ((mode !== 'ours' && mode !== 'ots') || flag !== '--out' || !out || specs.length === 0) {
    throw new Error('usage: generation.ts ours|ots --out <dir> <spec>...');
  }
  const outDir = path.resolve(out);
  return mode === 'ours' ? runOurs(outDir, specs) : runOpenapiTypescript(outDir, specs);
}

async function runOurs(outDir: string, specs: string[]): Promise<GenerationReport> {
  let t = performance.now();
  // As cli.ts does: nothing ahead; prettier and its workers load when a file needs them.
  const { generate } = await import('../generator/index.js');
  const { writeOutputs } = await import('../generator/write/write.js');
  const loadMs = performance.now() - t;
  t = performance.now();
  const result = await generate({ specs, cwd: process.cwd() });
  const generateMs = performance.now() - t;
  t = performance.now();
  const summaries = await writeOutputs(result, { outDir, fullRun: false });
  const writeMs = performance.now() - t;
  const diagnostics: Record<string, number> = {};
  for (const d of result.diagnostics) diagnostics[`${d.severity} ${d.code}`] = (diagnostics[`${d.severity} ${d.code}`] ?? 0) + 1;
  const files = result.apis.flatMap((a) => a.files);
  return {
    mode: 'ours',
    startupMs,
    loadMs,
    generateMs,
    writeMs,
    totalMs: performance.now(),
    files: files.length,
    written: summaries.reduce((n, s) => n + s.written, 0),
    outputBytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0),
    maxRssKb: process.resourceUsage().maxRSS,
    diagnostics,
  };
}

async function runOpenapiTypescript(outDir: string, specs: string[]): Promise<GenerationReport> {
  let t = performance.now();
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const loadMs = performance.now() - t;
  let generateMs = 0;
  let writeMs = 0;
  let outputBytes = 0;
  mkdirSync(outDir, { recursive: true });
  for (const spec of [...specs].sort()) {
    t = performance.now();
    // openapi-typescript reads and bundles the file itself (redocly), as its CLI does.
    const text = astToString(await openapiTS(pathToFileURL(path.resolve(spec)), { silent: true }));
    generateMs += performance.now() - t;
    t = performance.now();
    writeFileSync(path.join(outDir, `${path.basename(spec).replace(/\.(ya?ml|json)$/i, '')}.ts`), text);
    writeMs += performance.now() - t;
    outputBytes += Buffer.byteLength(text);
  }
  return {
    mode: 'ots',
    startupMs,
    loadMs,
    generateMs,
    writeMs,
    totalMs: performance.now(),
    files: specs.length,
    written: specs.length,
    outputBytes,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

/** True when this file is the process entry (not imported for its types). */
function isEntry(): boolean {
  return process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (report) => {
      console.log(JSON.stringify(report));
      // Idle format workers are unreferenced, but exit at once so the measured wall time ends here.
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** Reads a report line printed by a child run (the last JSON line on stdout). */
export function parseReport(stdout: string): GenerationReport {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no report in child output: ${stdout.slice(-500)}`);
  return JSON.parse(line) as GenerationReport;
}

/** Package version of openapi-typescript, for the results table. */
export function openapiTypescriptVersion(): string {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../node_modules/openapi-typescript/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
