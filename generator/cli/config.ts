import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compareStrings } from '../common/order.js';
import { REPORT_FORMATS, type ReportFormat } from '../report/render.js';

/** Everything the CLI run needs, after defaults, the config file and flags are merged (flags win). */
export interface ResolvedConfig {
  cwd: string;
  specs: string[];
  /** True when specs came from the specs directory, not from --spec: orphaned API folders are then detected. */
  fullRun: boolean;
  outDir: string;
  check: boolean;
  quiet: boolean;
  /** Docs show the specs' `x-source-note` remarks. */
  sourceNotes: boolean;
  help: boolean;
  /** --format: how findings are reported (text on stderr; json, sarif or github on stdout). */
  format: ReportFormat;
  /** --watch: regenerate on every change until Ctrl-C. */
  watch: boolean;
  /** The config file read, if any (absolute); the up-to-date record lists it among the run's inputs. */
  configFile?: string;
  /** The folder specs were discovered in (absolute), when they were not listed. */
  specsDir?: string;
  /** Overlays per spec: the spec's path relative to cwd (POSIX) → overlay files (absolute), applied in order. */
  overlays: Record<string, string[]>;
}

/** A user mistake in flags or the config file: exit code 2. */
export class UsageError extends Error {}

/** Options a `generator.config.{json,mjs,js}` file may set; the same as the flags. */
export interface FileConfig {
  specs?: string[];
  specsDir?: string;
  out?: string;
  quiet?: boolean;
  sourceNotes?: boolean;
  /** Overlay files per spec, applied in order: `{ "specs/x.yaml": ["overlays/x.yaml"] }` (paths relative to cwd). */
  overlays?: Record<string, string[]>;
}

/** The names looked for when no --config is given, in this order. */
export const CONFIG_FILES = ['generator.config.json', 'generator.config.mjs', 'generator.config.js'];
const SPEC_EXTENSIONS = /\.(ya?ml|json)$/i;

/** Merges defaults, `generator.config.*` (or --config) and argv into a ResolvedConfig. */
export async function resolveConfig(argv: string[], cwd: string): Promise<ResolvedConfig> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        spec: { type: 'string', multiple: true },
        out: { type: 'string' },
        check: { type: 'boolean' },
        quiet: { type: 'boolean' },
        'source-notes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        config: { type: 'string' },
        format: { type: 'string' },
        watch: { type: 'boolean' },
        overlay: { type: 'string', multiple: true },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = (flags.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  if (flags.watch && flags.check) throw new UsageError('--watch writes the output; it cannot be combined with --check');
  const { config: file, path: configFile } = await loadConfigFile(cwd, flags.config);
  const explicit = flags.spec ?? file.specs;
  const specsDir = explicit ? undefined : path.resolve(cwd, file.specsDir ?? 'specs');
  const specs = explicit ?? (await discoverSpecs(specsDir!));
  const overlays = resolveOverlays(cwd, specs, file.overlays, flags.overlay);
  return {
    cwd,
    specs,
    fullRun: explicit === undefined,
    outDir: path.resolve(cwd, flags.out ?? file.out ?? 'generated'),
    check: flags.check ?? false,
    quiet: flags.quiet ?? file.quiet ?? false,
    sourceNotes: flags['source-notes'] ?? file.sourceNotes ?? false,
    help: flags.help ?? false,
    format,
    watch: flags.watch ?? false,
    configFile,
    specsDir,
    overlays,
  };
}

/**
 * Overlays per spec: the config file's, then `--overlay`'s. A flag names no spec, so it needs a run of
 * exactly one; a config key must name a spec file that exists (a typo would otherwise drop an overlay
 * without a word).
 */
function resolveOverlays(cwd: string, specs: readonly string[], fromFile: Record<string, string[]> | undefined, flags: string[] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [spec, files] of Object.entries(fromFile ?? {})) {
    if (!existsSync(path.resolve(cwd, spec))) throw new UsageError(`overlays: spec file not found: ${spec}`);
    out[relativePosix(cwd, spec)] = files.map((f) => path.resolve(cwd, f));
  }
  if (flags && flags.length > 0) {
    if (specs.length !== 1) throw new UsageError(`--overlay applies to one spec: name it with --spec (the config's overlays key sets overlays for several)`);
    const spec = relativePosix(cwd, specs[0]!);
    out[spec] = [...(out[spec] ?? []), ...flags.map((f) => path.resolve(cwd, f))];
  }
  return out;
}

function relativePosix(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}

let configLoads = 0;

async function loadConfigFile(cwd: string, explicit: string | undefined): Promise<{ config: FileConfig; path?: string }> {
  const candidates = explicit ? [explicit] : CONFIG_FILES;
  for (const name of candidates) {
    const file = path.resolve(cwd, name);
    if (!existsSync(file)) {
      if (explicit) throw new UsageError(`config file not found: ${explicit}`);
      continue;
    }
    try {
      const loaded = file.endsWith('.json')
        ? JSON.parse(await readFile(file, 'utf8'))
        : // A fresh URL per load: watch mode re-reads an edited config, which import() would answer from its cache.
          (await import(`${pathToFileURL(file).href}?load=${++configLoads}`)).default;
      return { config: checkFileConfig(loaded, name), path: file };
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot load ${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { config: {} };
}

function checkFileConfig(value: unknown, name: string): FileConfig {
  if (typeof value !== 'object' || value === null) throw new UsageError(`${name} must export an object`);
  const allowed = new Set(['specs', 'specsDir', 'out', 'quiet', 'sourceNotes', 'overlays']);
  for (const key of Object.keys(value)) if (!allowed.has(key)) throw new UsageError(`${name}: unknown option "${key}"`);
  const overlays = (value as FileConfig).overlays;
  if (overlays !== undefined) {
    const valid =
      typeof overlays === 'object' && overlays !== null && !Array.isArray(overlays) &&
      Object.values(overlays).every((list) => Array.isArray(list) && list.every((f) => typeof f === 'string'));
    if (!valid) throw new UsageError(`${name}: overlays must map spec paths to lists of overlay files, e.g. { "specs/x.yaml": ["overlays/x.yaml"] }`);
  }
  return value as FileConfig;
}

/** Every *.yaml, *.yml and *.json directly in the specs folder, sorted. */
async function discoverSpecs(dir: string): Promise<string[]> {
  if (!existsSync(dir)) throw new UsageError(`specs folder not found: ${dir}`);
  const names = (await readdir(dir)).filter((n) => SPEC_EXTENSIONS.test(n)).sort(compareStrings);
  return names.map((n) => path.join(dir, n));
}
