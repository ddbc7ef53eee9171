import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendChangelog } from '../../generator/diff/changelog.js';
import { generate } from '../../generator/index.js';
import { repoRoot, scratchDir } from '../support/cli.js';

describe('changelog', () => {
  it('adds sections newest first under the title, and never the same section twice', () => {
    const file = path.join(scratchDir('changelog'), 'api.changelog.md');
    expect(appendChangelog(file, '## API 1 → 2\n\nfirst\n')).toBe(true);
    expect(appendChangelog(file, '## API 2 → 3\n\nsecond\n')).toBe(true);
    expect(appendChangelog(file, '## API 1 → 2\n\nfirst\n')).toBe(false);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(text.indexOf('## API 2 → 3')).toBeLessThan(text.indexOf('## API 1 → 2'));
    expect(text.match(/## API 1 → 2/g)).toHaveLength(1);
  });

  it('a changelog next to the spec is published as docs/changelog.md and linked from the sidebar', async () => {
    const dir = scratchDir('changelog-docs');
    copyFileSync(path.join(repoRoot, 'specs/exante.yaml'), path.join(dir, 'exante.yaml'));
    const plain = await generate({ specs: ['exante.yaml'], cwd: dir });
    expect(plain.apis[0]!.files.map((f) => f.path)).not.toContain('docs/changelog.md');

    writeFileSync(path.join(dir, 'exante.changelog.md'), '# Changelog\n\n## Exante API 0.0.0 → 0.1.0\n\n1 breaking change, 0 warnings, 0 compatible changes.\n');
    const result = await generate({ specs: ['exante.yaml'], cwd: dir });
    const files = new Map(result.apis[0]!.files.map((f) => [f.path, f.content]));
    expect(files.get('docs/changelog.md')).toContain('## Exante API 0.0.0 → 0.1.0');
    const sidebar = JSON.parse(files.get('docs/sidebar.json')!) as { items: { text: string; link?: string }[] }[];
    expect(sidebar[0]!.items.slice(0, 2)).toEqual([
      { text: 'Overview', link: '/exante/' },
      { text: 'Changelog', link: '/exante/changelog' },
    ]);
    expect(files.get('MANIFEST')).toContain('docs/changelog.md');
  });
});
