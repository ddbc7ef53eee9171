import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { watch as watchFolders, type FSWatcher } from 'chokidar';
import { resolveConfig, UsageError, type ResolvedConfig } from '../config.js';
import { finishRun } from '../finish-run.js';
import { formatOutputError, OutputError } from '../../write/output-errors.js';
import { combineResults, generate, type ApiOutput } from '../../index.js';
import { forgetAssets } from '../../load/assets.js';
import { compareStrings } from '../../common/order.js';
import type { ReportContext } from '../../report/finding.js';
import { generatorReportContext } from '../../report/generator-context.js';
import { runText } from '../../report/run-output.js';
import { SpecTimings } from '../timings.js';
import { CACHE_DIR } from '../up-to-date.mjs';
import { ChangeBatcher } from './batch.js';
import { classifyChange, isWatched, specOfChangelog, watchedFolders, watchTargets, type WatchTargets } from './targets.js';

/**
 * How long the files must stay quiet before a run starts. Long enough to join the events of one save
 * (truncate + write, temp file + rename arrive within a few ms); short next to a run (~0.3 s and up).
 */
const QUIET_MS = 100;

/**
 * `--watch`: one full run, then a run per change until SIGINT or SIGTERM. The pipeline's modules, the
 * format workers and every spec's last result stay in memory, so a run regenerates only what the change
 * affects (the changed spec; every spec after a template or config change) and rebuilds the files that
 * span specs from the others' kept results. A spec with errors keeps its previous output on disk, as
 * in a one-shot run. Never returns: the process exits 0 when stopped.
 */
export async function watch(argv: string[], config: ResolvedConfig): Promise<number> {
  return new WatchSession(argv, config).start();
}

class WatchSession {
  private targets: WatchTargets;
  private folders: string[];
  private watcher: FSWatcher | undefined;
  private readonly context: ReportContext;
  /** Spec (relative POSIX path, as generate() names it) → its latest result. */
  private readonly results = new Map<string, ApiOutput>();
  /** Spec → sha256 of the bytes its latest result was generated from: a save that changes nothing runs nothing. */
  private readonly generatedFrom = new Map<string, string>();
  /** How long each spec's latest result took, for its summary line. */
  private readonly timings = new SpecTimings();
  private readonly batcher = new ChangeBatcher(QUIET_MS, (paths, since) => this.onChanges(paths, since));
  private stopping = false;
  /** The write in progress, which a stop waits for (a generation in progress is abandoned instead). */
  private writing: Promise<unknown> | undefined;

  constructor(
    private readonly argv: string[],
    private config: ResolvedConfig,
  ) {
    this.targets = watchTargets(config);
    this.folders = watchedFolders(this.targets);
    this.context = generatorReportContext(config.cwd);
  }

  async start(): Promise<number> {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void this.stop());
    // Watching starts before the first run, so a save during it is not missed.
    this.watcher = watchFolders(this.folders, {
      ignoreInitial: true,
      ignored: (file: string) => !isWatched(file, this.targets, this.folders),
    });
    this.watcher.on('all', (_event, file) => {
      const abs = path.resolve(file);
      if (classifyChange(abs, this.targets)) this.batcher.add(abs);
    });
    this.watcher.on('error', (error) => this.note(`watch: ${(error as Error).message}`));
    await new Promise<void>((resolve) => this.watcher!.once('ready', () => resolve()));
    try {
      await this.batcher.runNow(() => this.regenerate({ specs: this.config.specs, all: true, since: performance.now() }));
    } catch (error) {
      // The first run failing on the output folder (--out is a file, say) ends watch mode as it ends a
      // one-shot run: the CLI prints the coded line and exits 2. Later ones are reported and watched past.
      await this.watcher.close();
      throw error;
    }
    this.note(`watch: watching ${this.config.specs.length} spec(s), the config and templates; Ctrl-C stops`);
    return new Promise<number>(() => {}); // stop() ends the process
  }

  private async onChanges(paths: ReadonlySet<string>, since: number): Promise<void> {
    try {
      const kinds = [...paths].map((p) => ({ file: p, kind: classifyChange(p, this.targets) }));
      const configChanged = kinds.some((k) => k.kind === 'config');
      const templatesChanged = kinds.some((k) => k.kind === 'template');
      // A spec file that appeared in, or left, the specs folder changes the list of specs.
      const listChanged = kinds.some((k) => k.kind === 'spec' && existsSync(k.file) !== this.targets.specs.has(k.file));
      if (configChanged || listChanged) {
        try {
          this.setConfig(await resolveConfig(this.argv, this.config.cwd));
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          this.note(`error: ${error.message}\nwatch: keeping the previous configuration; waiting for changes`, true);
          return;
        }
      }
      if (templatesChanged) forgetAssets();
      const all = configChanged || templatesChanged;
      const changedSpecs = [
        ...new Set(
          kinds.flatMap((k) => {
            if (k.kind === 'spec' && this.targets.specs.has(k.file)) return [k.file];
            // A file a spec's $refs reach, or one of its overlays: regenerate the specs that read it.
            if (k.kind === 'dependency') return [...(this.targets.dependencies.get(k.file) ?? [])];
            // A changelog is part of its spec's docs: regenerate that spec.
            const owner = k.kind === 'changelog' ? specOfChangelog(k.file, this.targets) : undefined;
            return owner === undefined ? [] : [owner];
          }),
        ),
      ];
      await this.regenerate({ specs: all ? this.config.specs : changedSpecs, all, since, trigger: this.changedFiles([...paths]) });
    } catch (error) {
      if (error instanceof OutputError) {
        // The output folder, not a spec (not writable, disk full, ...): the one-shot CLI's coded line.
        if (this.stopping && error.code === 'OUTPUT_INTERRUPTED') this.note('watch: the write in progress stopped; every API folder is complete, as before or as new');
        else this.note(`${formatOutputError(error, this.config.cwd)}\nwatch: waiting for changes`, true);
        return;
      }
      // A bug, not a spec problem: report it as the one-shot CLI does, and keep watching.
      console.error('internal error (please report):', error);
    }
  }

  /**
   * The files to name in the run's line: one the latest results read with the bytes it has now is left
   * out. chokidar reports the files of a folder it starts watching after the first run (an overlay's, a
   * referenced file's) as new, and that report can share a batch with a real change.
   */
  private changedFiles(paths: readonly string[]): string[] {
    const sameAsRead = (abs: string): boolean => {
      const read = [...this.results.values()].flatMap((api) => (abs in api.inputs ? [api.inputs[abs]] : []));
      if (read.length === 0) return false;
      const bytes = readIfExists(abs);
      const now = bytes === undefined ? '' : createHash('sha256').update(bytes).digest('hex');
      return read.every((hash) => hash === now);
    };
    const changed = paths.filter((p) => !sameAsRead(p));
    if (changed.length > 0) return changed;
    // Only such reports in this batch, yet a file read may have changed since (a save right after the
    // first run, whose own report then finds nothing to do): name that file.
    const read = new Set([...this.results.values()].flatMap((api) => Object.keys(api.inputs)));
    const since = [...read].filter((file) => !sameAsRead(file)).sort(compareStrings);
    return since.length > 0 ? since : [...paths];
  }

  private setConfig(next: ResolvedConfig): void {
    this.config = next;
    this.targets = { ...watchTargets(next), dependencies: this.targets.dependencies };
    this.refreshFolders();
  }

  /** Watches the folders of files the specs' latest results read (a new $ref, a new overlay). */
  private noteDependencies(): void {
    const dependencies = new Map<string, Set<string>>();
    for (const api of this.results.values()) {
      for (const file of Object.keys(api.inputs)) {
        if (!dependencies.has(file)) dependencies.set(file, new Set());
        dependencies.get(file)!.add(path.resolve(this.config.cwd, api.specFile));
      }
    }
    this.targets.dependencies = dependencies;
    this.refreshFolders();
  }

  private refreshFolders(): void {
    const folders = watchedFolders(this.targets);
    const added = folders.filter((f) => !this.folders.includes(f));
    this.folders = folders;
    if (added.length > 0) this.watcher?.add(added);
  }

  /** Generates `specs` (all of them with `all`: their input changed even if their bytes did not), then writes and reports. */
  private async regenerate(options: { specs: readonly string[]; all: boolean; since: number; trigger?: string[] }): Promise<void> {
    const cwd = this.config.cwd;
    const todo: string[] = [];
    for (const spec of options.specs) {
      const rel = relativeSpec(cwd, spec);
      const bytes = readIfExists(path.resolve(cwd, spec));
      // An editor that truncates and then writes: the next event brings the content.
      if (bytes?.length === 0 && !options.all) {
        this.note(`watch: ${rel} is empty; waiting for it to be written`);
        continue;
      }
      const hash = bytes === undefined ? '' : this.inputsHash(rel, bytes);
      if (!options.all && this.generatedFrom.get(rel) === hash) continue;
      this.generatedFrom.set(rel, hash);
      todo.push(rel);
    }
    const current = new Set(this.config.specs.map((s) => relativeSpec(cwd, s)));
    const removed = [...this.results.keys()].filter((rel) => !current.has(rel));
    for (const rel of removed) {
      this.results.delete(rel);
      this.generatedFrom.delete(rel);
    }
    if (todo.length === 0 && removed.length === 0) return;
    if (options.trigger) this.note(`watch: ${describe(cwd, options.trigger)} changed; regenerating ${todo.length === 0 ? 'nothing' : todo.join(', ')}`);

    this.timings.reset();
    const generated = await generate({ specs: todo, cwd, cacheDir: CACHE_DIR, sourceNotes: this.config.sourceNotes, overlays: this.config.overlays, onApi: this.timings.lap });
    if (this.stopping) return; // abandoned: nothing of it was written
    for (const api of generated.apis) {
      this.results.set(api.specFile, api);
      // What it was generated from includes the files it read, as they were read.
      this.generatedFrom.set(api.specFile, this.inputsHash(api.specFile, readIfExists(path.resolve(cwd, api.specFile)) ?? Buffer.alloc(0)));
    }
    this.noteDependencies();
    const apis = [...current].sort(compareStrings).flatMap((rel) => this.results.get(rel) ?? []);
    const result = combineResults(apis);
    if (this.stopping) return;
    const writing = finishRun(this.config, result, this.timings, options.trigger ? new Set(generated.apis.map((a) => a.slug)) : undefined);
    this.writing = writing;
    const outcome = await writing.finally(() => (this.writing = undefined));
    const printed = runText({ ...this.config, ...outcome, context: this.context, oneLine: true });
    process.stderr.write(printed.stderr);
    process.stdout.write(printed.stdout);
    // The first run's summary lines say it all; later ones add how long the change took to reach the output.
    if (!options.trigger) return;
    const ms = Math.round(performance.now() - options.since);
    const removedNote = removed.length > 0 ? `${removed.length} removed, ` : '';
    this.note(`watch: ${generated.apis.length} spec(s) regenerated, ${removedNote}output written ${ms} ms after the change; waiting for changes`);
  }

  /** sha256 of a spec's bytes and of the files its latest result read besides it: a change to any of them is a change. */
  private inputsHash(rel: string, bytes: Buffer): string {
    const hash = createHash('sha256').update(bytes);
    const inputs = this.results.get(rel)?.inputs ?? {};
    for (const file of Object.keys(inputs).sort(compareStrings)) hash.update(`\0${file}\0`).update(readIfExists(file) ?? '');
    return hash.digest('hex');
  }

  /** A progress line on stderr; `--quiet` keeps only problems. */
  private note(line: string, problem = false): void {
    if (!this.config.quiet || problem) process.stderr.write(`${line}\n`);
  }

  private async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.watcher?.close();
    // A write in progress stops at its next file with every API folder complete, old or new (the
    // output session, write-guard.ts, hears the same signal); a generation in progress is dropped
    // before it writes anything.
    await this.writing?.catch(() => undefined);
    this.note('watch: stopped');
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    process.exit(0);
  }
}

/** The spec's path as generate() names it: relative to the working directory, POSIX separators. */
function relativeSpec(cwd: string, spec: string): string {
  return path.relative(cwd, path.resolve(cwd, spec)).split(path.sep).join('/');
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The changed files (relative to the working directory when inside it), at most three named. */
function describe(cwd: string, files: readonly string[]): string {
  const names = files.map((f) => (relativeSpec(cwd, f).startsWith('../') ? f : relativeSpec(cwd, f))).sort(compareStrings);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
