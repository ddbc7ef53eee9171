import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../../generator/cli/config.js';
import { classifyChange, isWatched, specOfChangelog, TEMPLATES_DIR, watchedFolders, watchTargets } from '../../../generator/cli/watch/targets.js';

const cwd = path.resolve('/project');

function config(overrides: Partial<ResolvedConfig>): ResolvedConfig {
  return { cwd, specs: [], fullRun: true, outDir: path.join(cwd, 'generated'), check: false, quiet: false, sourceNotes: false, help: false, format: 'text', watch: true, overlays: {}, ...overrides };
}

describe('watch targets', () => {
  const discovered = watchTargets(config({ specs: [path.join(cwd, 'specs/a.yaml')], specsDir: path.join(cwd, 'specs') }));

  it('takes any spec file in the specs folder, the config files and the templates', () => {
    expect(classifyChange(path.join(cwd, 'specs/a.yaml'), discovered)).toBe('spec');
    expect(classifyChange(path.join(cwd, 'specs/new.json'), discovered)).toBe('spec'); // a new spec
    expect(classifyChange(path.join(cwd, 'generator.config.json'), discovered)).toBe('config');
    expect(classifyChange(path.join(cwd, 'generator.config.mjs'), discovered)).toBe('config');
    expect(classifyChange(path.join(TEMPLATES_DIR, 'docs/partials/x.hbs'), discovered)).toBe('template');
  });

  it('takes the changelog kept next to a spec of the run (its docs publish it), and no other', () => {
    expect(classifyChange(path.join(cwd, 'specs/a.changelog.md'), discovered)).toBe('changelog');
    expect(specOfChangelog(path.join(cwd, 'specs/a.changelog.md'), discovered)).toBe(path.join(cwd, 'specs/a.yaml'));
    expect(classifyChange(path.join(cwd, 'specs/b.changelog.md'), discovered)).toBeUndefined();
  });

  it('ignores what the run does not read: temp files, sub-folders, the output, node_modules', () => {
    for (const file of ['specs/.a.yaml.tmp', 'specs/a.yaml~', 'specs/nested/b.yaml', 'generated/a/MANIFEST', 'node_modules/x/a.yaml', 'README.md']) {
      expect(classifyChange(path.join(cwd, file), discovered)).toBeUndefined();
    }
    const folders = watchedFolders(discovered);
    expect(folders).toEqual([cwd, path.join(cwd, 'specs'), TEMPLATES_DIR].sort());
    expect(isWatched(TEMPLATES_DIR, discovered, folders)).toBe(true);
    expect(isWatched(path.join(cwd, 'node_modules'), discovered, folders)).toBe(false);
    expect(isWatched(path.join(cwd, 'generated'), discovered, folders)).toBe(false);
    expect(isWatched(path.join(cwd, 'specs'), discovered, folders)).toBe(true);
  });

  it('with --spec, takes exactly the listed files, wherever they are', () => {
    const listed = watchTargets(config({ specs: ['apis/billing.yaml'], fullRun: false }));
    expect(classifyChange(path.join(cwd, 'apis/billing.yaml'), listed)).toBe('spec');
    expect(classifyChange(path.join(cwd, 'apis/other.yaml'), listed)).toBeUndefined();
    expect(watchedFolders(listed)).toContain(path.join(cwd, 'apis'));
  });
});
