import { generate } from '/work/wt-oas32/generator/index.js';
import { formatDiagnostic } from '/work/wt-oas32/generator/diagnostics.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
const spec = process.argv[2]!;
const r = await generate({ specs: [spec], cwd: '/work/wt-oas32' });
for (const a of r.apis) {
  console.log(a.diagnostics.map(formatDiagnostic).join('\n'));
  for (const f of a.files) { const p = path.join('/tmp/o32/out', a.slug, f.path); mkdirSync(path.dirname(p), { recursive: true }); writeFileSync(p, f.content); }
  console.log(a.files.map(f=>f.path).join(' '));
}
