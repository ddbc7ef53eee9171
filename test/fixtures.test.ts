import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../generator/diagnostics.js';
import type { EmittedFile } from '../generator/emit/emitted-file.js';
import { generate } from '../generator/index.js';
import { hasStreams } from '../generator/emit/client/streams.js';
import { OUTPUT_FILES } from '../generator/plan/files.js';

/**
 * One small spec per behaviour in test/fixtures/; the outputs the behaviour is about are pinned under
 * test/__snapshots__/<fixture>/ so reviewers read real .ts/.md files in the diff. Adding a case means
 * adding a fixture, with no new test code.
 *
 * Which outputs: a fixture named `<area>-<behaviour>` is about one output (client → client.gen.ts,
 * docs → docs/, validators → validators.gen.ts, types → types.gen.ts). The others are about reading
 * the spec (names, refs, 3.0/3.1 forms, positions), which shows in several outputs: they are listed in
 * SPEC_FIXTURES with the outputs that show their behaviour. Every fixture pins its diagnostics. The
 * client runtime is the same for every API and pinned once.
 */
const AREAS = {
  types: (f: EmittedFile) => f.path === OUTPUT_FILES.types,
  client: (f: EmittedFile) => f.path === OUTPUT_FILES.client,
  validators: (f: EmittedFile) => f.path === OUTPUT_FILES.validators,
  docs: (f: EmittedFile) => f.path.startsWith(`${OUTPUT_FILES.docsDir}/`),
};
type Area = keyof typeof AREAS;

const SPEC_FIXTURES: Record<string, Area[]> = {
  composition: ['types', 'validators'],
  'example-ref-untouched': ['types', 'docs'],
  // Validators and client calls are exercised with values in free-form-objects.test.ts.
  'free-form-objects': ['types', 'docs'],
  'json-positions': [],
  'json-spec': ['types'],
  'name-collisions': ['types', 'client', 'validators', 'docs'],
  'no-operation-id': ['client', 'docs'],
  'nullable-30': ['types', 'validators'],
  // defaultMapping in the validators is exercised with values in oas32.test.ts.
  'oas32-details': ['types', 'docs'],
  'oas32-methods': ['client', 'docs'],
  // Item validation is exercised over loopback in client/oas32.test.ts.
  'oas32-streams': ['client', 'docs'],
  'oas32-tags': ['docs'],
  'prototype-names': ['types', 'client'],
  'query-header-params': ['client', 'validators'],
  'recursive-ref': ['types', 'validators'],
  'server-variables': ['client'],
  'type-array-31': ['types', 'validators'],
};

/** The fixture whose client-runtime.gen.ts is pinned; every other fixture's must equal it below the header. */
const RUNTIME_FIXTURE = 'client-auth';
/** The same for APIs with streamed responses, whose runtime also carries the stream reader. */
const STREAM_RUNTIME_FIXTURE = 'oas32-streams';
/** Only what the stream reader appends to the runtime is pinned: the rest is client-runtime.gen.ts. */
const STREAM_RUNTIME_SNAPSHOT = 'client-runtime-stream-reader.gen.ts';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = readdirSync(path.join(root, 'test/fixtures'))
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();
const nameOf = (fixture: string) => fixture.replace(/\.(ya?ml|json)$/, '');

/** The areas a fixture is about: its name's prefix, or its SPEC_FIXTURES entry. */
function areasOf(name: string): Area[] {
  const prefix = name.split('-')[0]!;
  if (prefix in AREAS) return [prefix as Area];
  const listed = SPEC_FIXTURES[name];
  if (!listed) throw new Error(`test/fixtures/${name}: name it <area>-<behaviour> or list it in SPEC_FIXTURES`);
  return listed;
}

/** The runtime file without its first line, which names the spec. */
const runtimeBody = (file: EmittedFile) => file.content.slice(file.content.indexOf('\n') + 1);

describe.each(fixtures)('fixture %s', (fixture) => {
  it('generates without errors and matches the pinned outputs of its area', async () => {
    const result = await generate({ specs: [`test/fixtures/${fixture}`], cwd: root });
    const api = result.apis[0]!;
    const errors = api.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(api.files.map((f) => f.path)).toContain(OUTPUT_FILES.types);
    const name = nameOf(fixture);
    const areas = areasOf(name);
    for (const file of api.files.filter((f) => areas.some((area) => AREAS[area](f)))) {
      await expect(file.content).toMatchFileSnapshot(`__snapshots__/${name}/${file.path}`);
    }
    const warnings = api.diagnostics.map(formatDiagnostic).join('\n');
    await expect(warnings + '\n').toMatchFileSnapshot(`__snapshots__/${name}/DIAGNOSTICS.txt`);

    const runtime = api.files.find((f) => f.path === OUTPUT_FILES.runtime)!;
    const streams = hasStreams(api.api!);
    if (name === RUNTIME_FIXTURE) await expect(runtime.content).toMatchFileSnapshot(`__snapshots__/${OUTPUT_FILES.runtime}`);
    else if (name === STREAM_RUNTIME_FIXTURE) {
      // The stream reader is appended: everything before it is the runtime every other API gets.
      const plain = runtimeBody(await pinnedRuntime(RUNTIME_FIXTURE)).trimEnd();
      expect(runtimeBody(runtime).startsWith(plain)).toBe(true);
      await expect(runtimeBody(runtime).slice(plain.length)).toMatchFileSnapshot(`__snapshots__/${STREAM_RUNTIME_SNAPSHOT}`);
    } else expect(runtimeBody(runtime)).toBe(runtimeBody(await pinnedRuntime(streams ? STREAM_RUNTIME_FIXTURE : RUNTIME_FIXTURE)));
  });
});

const pinned = new Map<string, Promise<EmittedFile>>();

/** The runtime of a pinned fixture, generated once for the comparisons. */
function pinnedRuntime(fixture: string): Promise<EmittedFile> {
  let runtime = pinned.get(fixture);
  if (!runtime) {
    runtime = generate({ specs: [`test/fixtures/${fixture}.yaml`], cwd: root }).then(
      (r) => r.apis[0]!.files.find((f) => f.path === OUTPUT_FILES.runtime)!,
    );
    pinned.set(fixture, runtime);
  }
  return runtime;
}

describe('snapshot folders', () => {
  it('hold only files a fixture pins (a snapshot no test reads would be never checked)', () => {
    const dir = path.join(root, 'test/__snapshots__');
    const expected = new Set<string>([OUTPUT_FILES.runtime, STREAM_RUNTIME_SNAPSHOT]);
    const names = new Set(fixtures.map(nameOf));
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const rel = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (expected.has(rel)) continue;
      const [fixture, ...rest] = rel.split('/');
      const file = rest.join('/');
      expect(names.has(fixture!), `${rel}: no fixture ${fixture}`).toBe(true);
      const pinnedHere = file === 'DIAGNOSTICS.txt' || areasOf(fixture!).some((area) => AREAS[area]({ path: file, content: '', parser: null }));
      expect(pinnedHere, `${rel} is not an output of ${fixture}'s area`).toBe(true);
    }
  });
});
