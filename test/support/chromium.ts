import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Flags every launch gets: headless without a sandbox (tests run as root in CI), and no background
 * networking, whose connections a closed network refuses by the dozen and Google look-ups that fail
 * at every start.
 */
const SANDBOX_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser and where its executable came from, for the test log. */
export interface LaunchedChromium {
  browser: Browser;
  executable: string;
  /** `npm:@sparticuz/chromium@<version>`, `CHROMIUM_PATH` or `system`. */
  source: string;
}

/**
 * Starts headless Chromium for the docs browser test, with no system install needed:
 * 1. `CHROMIUM_PATH`, when set (any Chromium or Chrome the user points at);
 * 2. on Linux x64, the Chromium shipped inside the `@sparticuz/chromium` dev dependency (installed by
 *    `npm ci` from the registry like any package), unpacked once into node_modules/.cache;
 * 3. elsewhere (macOS, arm64, where that build does not run), a system Chromium on PATH.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const chosen = await chooseExecutable();
  const browser = await chromium.launch({ executablePath: chosen.executable, args: [...chosen.args, ...SANDBOX_FLAGS] });
  return { browser, executable: chosen.executable, source: chosen.source };
}

async function chooseExecutable(): Promise<{ executable: string; source: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executable: fromEnv, source: 'CHROMIUM_PATH', args: [] };
  if (process.platform === 'linux' && process.arch === 'x64') return packagedChromium();
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = onPath(name);
    if (found) return { executable: found, source: 'system', args: [] };
  }
  throw new Error(
    `no Chromium for ${process.platform}-${process.arch}: @sparticuz/chromium runs on Linux x64 only; install Chromium or set CHROMIUM_PATH`,
  );
}

/**
 * The package unpacks its brotli archives into `os.tmpdir()`, which it reads at call time; pointing
 * TMPDIR at a private folder that is renamed into place when complete keeps two test runs from
 * launching a half-written binary, and keeps /tmp clean.
 */
async function packagedChromium(): Promise<{ executable: string; source: string; args: string[] }> {
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json; its entry is <pkg>/build/{cjs,esm}/index.*.
  const pkgDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '../..');
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const { default: Packaged } = await import('@sparticuz/chromium');
  const cacheRoot = path.join(repoRoot, 'node_modules/.cache/sparticuz-chromium');
  const ready = path.join(cacheRoot, version);
  if (!existsSync(path.join(ready, 'chromium'))) {
    const partial = path.join(cacheRoot, `.partial-${process.pid}-${Date.now()}`);
    mkdirSync(partial, { recursive: true });
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = partial;
    try {
      await Packaged.executablePath();
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
    try {
      if (existsSync(ready) && !existsSync(path.join(ready, 'chromium'))) rmSync(ready, { recursive: true, force: true });
      renameSync(partial, ready);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another run finished first: use its copy
    }
  }
  return { executable: path.join(ready, 'chromium'), source: `npm:@sparticuz/chromium@${version}`, args: Packaged.args };
}

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
