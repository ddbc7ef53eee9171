import path from 'node:path';
import { CONFIG_FILES, type ResolvedConfig } from './config.js';
import { changelogPathFor } from '../load/changelog.js';
import { hashOrNull, specNames, type RunRecord } from './up-to-date.mjs';

/** The facts a run's output depends on, besides the generator itself (up-to-date.mjs hashes that). */
export type InputFacts = Pick<RunRecord, 'inputs' | 'listings'>;

/**
 * Hashes the run's inputs before generating, so an edit made during the run makes the next run redo
 * the work. Undefined when the run cannot be recorded: a JavaScript config file may import anything.
 */
export function inputFacts(config: ResolvedConfig): InputFacts | undefined {
  if (config.configFile && !config.configFile.endsWith('.json')) return undefined;
  const inputs: Record<string, string | null> = {};
  for (const spec of config.specs) {
    inputs[path.resolve(config.cwd, spec)] = hashOrNull(path.resolve(config.cwd, spec));
    // Published as docs/changelog.md when present, so its appearing, changing or going matters too.
    const changelog = changelogPathFor(path.resolve(config.cwd, spec));
    inputs[changelog] = hashOrNull(changelog);
  }
  // A config file appearing later changes a run without --config, so each default name is an input
  // (with --config too, which only makes the record stricter).
  for (const name of CONFIG_FILES) inputs[path.resolve(config.cwd, name)] = hashOrNull(path.resolve(config.cwd, name));
  if (config.configFile) inputs[config.configFile] = hashOrNull(config.configFile);
  // Overlays are known before the run; files reached by $refs are added after it, with the bytes read.
  for (const file of Object.values(config.overlays).flat()) inputs[file] = hashOrNull(file);
  const listings: Record<string, string[]> = {};
  if (config.specsDir) listings[config.specsDir] = specNames(config.specsDir);
  return { inputs, listings };
}
