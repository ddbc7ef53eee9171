import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffSides } from '../../generator/diff/diff.js';
import { renderJson } from '../../generator/diff/render-json.js';
import { renderMarkdown } from '../../generator/diff/render-markdown.js';
import { renderText } from '../../generator/diff/render-text.js';
import { repoRoot, sideOf } from './support/run.js';

/** Spec text is data: a hostile property name must not escape its context in any format. */
describe('renderers escape spec text', () => {
  const hostile = 'x\u001b[2J|`</script>{{ y }}\u202e\nz';
  const base = readFileSync(path.join(repoRoot, 'specs/exante.yaml'), 'utf8');
  const spec = parse(base);
  spec.components.schemas.UpdateProfileRequest.properties[hostile] = { type: 'string' };
  const old = sideOf(stringify(spec), 'old.yaml');
  delete spec.components.schemas.UpdateProfileRequest.properties[hostile];
  const findings = diffSides(old, sideOf(stringify(spec), 'new.yaml'));

  it('finds the removal', () => {
    expect(findings.map((f) => f.code)).toContain('REQUEST_PROPERTY_REMOVED');
  });

  it('text: no control or bidi character reaches the terminal; one line per finding', () => {
    const text = renderText(findings);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text.trimEnd().split('\n')).toHaveLength(findings.length + 1);
  });

  it('markdown: each finding stays one table row of four cells, with no raw HTML', () => {
    const md = renderMarkdown(findings, { title: 'Exante </script>', oldVersion: '1', newVersion: '2' });
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Change') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(findings.length);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(md).not.toContain('</script>');
    expect(md).not.toContain('{{');
  });

  it('json: the name round-trips exactly', () => {
    const parsed = JSON.parse(renderJson(findings, { old: 'old.yaml', new: 'new.yaml' })) as { findings: { symbol: string | null }[] };
    expect(parsed.findings.map((f) => f.symbol)).toContain(`UpdateProfileRequest[${JSON.stringify(hostile)}]`);
  });
});
