import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILES, type ResolvedConfig } from '../config.js';
import { changelogPathFor } from '../../load/changelog.js';

/**
 * The generator's own templates (docs pages and partials). Resolved from this module, like the docs
 * emitter resolves them, so watch mode works from any working directory.
 */
export const TEMPLATES_DIR = path.resolve(fileURLToPath(new URL('../../../templates/', import.meta.url)));

const SPEC_EXTENSIONS = /\.(ya?ml|json)$/i;

/** What a change to a path means for the next run (`changelog`: the one next to a spec, published with its docs). */
export type ChangeKind = 'spec' | 'config' | 'template' | 'changelog' | 'dependency';

/** The files a watch session reacts to, all absolute, for one resolved config. */
export interface WatchTargets {
  /** The specs folder when specs are discovered (a new file there is a new spec), else undefined. */
  specsDir?: string;
  /** Every spec of the run. */
  specs: ReadonlySet<string>;
  /** generator.config.* in the working directory and the --config file: one appearing changes the run too. */
  configFiles: ReadonlySet<string>;
  templatesDir: string;
  /**
   * Files the last runs read besides the specs (files their `$ref`s reached, overlays) → the specs
   * (absolute) that read them. Known only after a run; the watch session keeps it current.
   */
  dependencies: Map<string, Set<string>>;
}

export function watchTargets(config: ResolvedConfig): WatchTargets {
  const configFiles = new Set(CONFIG_FILES.map((name) => path.resolve(config.cwd, name)));
  if (config.configFile) configFiles.add(config.configFile);
  return {
    specsDir: config.specsDir,
    specs: new Set(config.specs.map((s) => path.resolve(config.cwd, s))),
    configFiles,
    templatesDir: TEMPLATES_DIR,
    dependencies: new Map(),
  };
}

/**
 * The folders to hand the watcher. Folders, not files: an editor that saves by writing a new file and
 * renaming it over the old one replaces the inode a file watch would hold on to.
 */
export function watchedFolders(targets: WatchTargets): string[] {
  const folders = new Set<string>([targets.templatesDir]);
  if (targets.specsDir) folders.add(targets.specsDir);
  for (const file of [...targets.specs, ...targets.configFiles, ...targets.dependencies.keys()]) folders.add(path.dirname(file));
  return [...folders].sort();
}

/** What a change to `file` (absolute) is, or undefined when the run does not depend on it. */
export function classifyChange(file: string, targets: WatchTargets): ChangeKind | undefined {
  if (targets.configFiles.has(file)) return 'config';
  if (isInside(targets.templatesDir, file)) return 'template';
  if (targets.specs.has(file)) return 'spec';
  if (targets.dependencies.has(file)) return 'dependency';
  if (specOfChangelog(file, targets) !== undefined) return 'changelog';
  if (targets.specsDir && path.dirname(file) === targets.specsDir && SPEC_EXTENSIONS.test(file)) return 'spec';
  return undefined;
}

/** The spec of the run whose changelog `file` is (load/changelog.ts), if any. */
export function specOfChangelog(file: string, targets: WatchTargets): string | undefined {
  if (!file.endsWith('.changelog.md')) return undefined;
  return [...targets.specs].find((spec) => changelogPathFor(spec) === file);
}

/**
 * The watcher's filter: keeps the watched folders themselves and anything `classifyChange` knows,
 * so it never descends into node_modules or the output directory of a project watched from its root.
 */
export function isWatched(file: string, targets: WatchTargets, folders: readonly string[]): boolean {
  const abs = path.resolve(file);
  return folders.includes(abs) || isInside(targets.templatesDir, abs) || classifyChange(abs, targets) !== undefined;
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
