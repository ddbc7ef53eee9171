import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parseReport, type GenerationReport } from './generation.js';

const TIME = '/usr/bin/time';
export const repoRoot = path.resolve(import.meta.dirname, '..');

/** One child run as the parent saw it. */
export interface Measured {
  /** Wall time from spawn to exit, in seconds (includes node start-up, and tsx's for in-process runs). */
  wallS: number;
  /** Peak RSS in MiB: /usr/bin/time's "Maximum resident set size" when present, else the child's own figure. */
  rssMiB: number;
  rssSource: '/usr/bin/time' | 'process.resourceUsage';
  files: number;
  outputBytes: number;
  /** Files the run wrote. */
  written: number;
  /** The child's own split of its time (in-process runs through bench/generation.ts only). */
  report?: GenerationReport;
}

/** Runs `node --import tsx bench/generation.ts <args>` in a fresh process and measures it. */
export async function measure(args: string[], options: { timeoutS: number; cpuProfDir?: string }): Promise<Measured> {
  const nodeArgs = ['--import', 'tsx'];
  if (options.cpuProfDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  nodeArgs.push(path.join(repoRoot, 'bench/generation.ts'), ...args);
  const { wallS, rss, stdout } = await runMeasured(nodeArgs, options.timeoutS);
  const report = parseReport(stdout);
  return { wallS, ...rssOf(rss, report.maxRssKb), files: report.files, outputBytes: report.outputBytes, written: report.written, report };
}

/**
 * Runs the CLI exactly as `npm run generate` does (`node generator/cli/bin.mjs`, without npm's own ~0.3 s)
 * and measures it; files and bytes are counted in `outDir` afterwards, writes read from its summary.
 */
export async function measureCli(cliArgs: string[], outDir: string, options: { timeoutS: number }): Promise<Measured> {
  const { wallS, rss, stdout } = await runMeasured([path.join(repoRoot, 'generator/cli/bin.mjs'), '--out', outDir, ...cliArgs], options.timeoutS);
  const sizes = [...fileSizes(outDir).values()];
  const written = [...stdout.matchAll(/, (\d+) written/g)].reduce((n, m) => n + Number(m[1]), 0);
  return { wallS, ...rssOf(rss, 0), files: sizes.length, outputBytes: sizes.reduce((a, b) => a + b, 0), written };
}

/**
 * Runs `npm run diff`'s entry (`node generator/cli/diff-bin.mjs`, without npm's own start-up) with `args`
 * and measures it; `summary` is the JSON report's counts (the args must ask for `--format json`).
 */
export async function measureDiff(args: string[], options: { timeoutS: number }): Promise<Measured & { summary: Record<string, number> }> {
  const { wallS, rss, stdout } = await runMeasured([path.join(repoRoot, 'generator/cli/diff-bin.mjs'), ...args], options.timeoutS);
  const summary = (JSON.parse(stdout) as { summary: Record<string, number> }).summary;
  return { wallS, ...rssOf(rss, 0), files: 0, outputBytes: Buffer.byteLength(stdout), written: 0, summary };
}

function rssOf(timeRss: string | undefined, ownKb: number): Pick<Measured, 'rssMiB' | 'rssSource'> {
  return { rssMiB: (timeRss ? Number(timeRss) : ownKb) / 1024, rssSource: timeRss ? '/usr/bin/time' : 'process.resourceUsage' };
}

async function runMeasured(nodeArgs: string[], timeoutS: number): Promise<{ wallS: number; rss?: string; stdout: string }> {
  const useTime = existsSync(TIME);
  const [command, argv] = useTime ? [TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const started = performance.now();
  const { code, stdout, stderr } = await run(command, argv, timeoutS);
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`child failed (exit ${code}): ${stderr.slice(-2000)}`);
  return { wallS, rss: /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1], stdout };
}

function run(command: string, args: string[], timeoutS: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills /usr/bin/time and the node it runs together.
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`timed out after ${timeoutS} s`));
    }, timeoutS * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** mtime (ms) of every file below `dir`, by relative path: a rerun that writes nothing leaves it equal. */
export function mtimes(dir: string): Map<string, number> {
  return statAll(dir, (s) => s.mtimeMs);
}

function fileSizes(dir: string): Map<string, number> {
  return statAll(dir, (s) => s.size);
}

function statAll(dir: string, pick: (s: Stats) => number): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, abs), pick(statSync(abs)));
  }
  return out;
}
