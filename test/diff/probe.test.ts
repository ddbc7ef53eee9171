import { readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typecheck } from '../support/typecheck.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type SeenRequest, type TestServer } from '../client/support/server.js';
import { importValidators } from '../validators/support/load.js';
import { corpus } from './corpus/index.js';
import type { AnyClient, DiffCase } from './support/case.js';
import { writeClient } from './support/generate.js';
import { caseTexts, diffCase, repoRoot } from './support/run.js';

/**
 * The probe: does the diff's verdict match what happens to a user of the generated client? For every
 * labelled pair with a probe, both versions are generated, then
 * - compile: consumer code written against the old client compiles against it, and against the new
 *   one it fails exactly when the diff reports a breaking change (one tsc program for all pairs);
 * - validate: a value the old generated validator accepts is refused by the new one exactly when the
 *   diff reports a breaking change (a tightened maxLength breaks no compile, only requests);
 * - wire: the old and new clients make the same call against a real server; what they send (or how
 *   they read the answer) differs exactly when the diff reports a breaking change.
 */
const scratch = path.join(repoRoot, 'test/.tmp/diff-probe');
const probed = corpus.filter((c) => c.probe);
const dirs = new Map<string, { old: string; new: string }>();
const verdicts = new Map<string, boolean>();

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  const generated = path.join(scratch, 'gen');
  for (const c of probed) {
    const texts = caseTexts(c);
    dirs.set(c.name, { old: await writeClient(texts.old, generated), new: await writeClient(texts.new, generated) });
    verdicts.set(c.name, diffCase(c).some((f) => f.severity === 'breaking'));
  }
}, 300_000);

const importPath = (from: string, dir: string) => {
  const rel = path.relative(path.dirname(from), path.join(dir, 'index.js')).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

function consumer(file: string, dir: string, snippet: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    [
      `import * as api from '${importPath(file, dir)}';`,
      'declare const client: api.Client;',
      'export async function probe(): Promise<unknown> {',
      `  ${snippet}`,
      '  return undefined;',
      '}',
      '',
    ].join('\n'),
  );
}

describe('compile probe: consumer code against the old client, compiled against the new one', () => {
  const cases = probed.filter((c): c is DiffCase & { probe: { compile: string } } => 'compile' in c.probe!);
  let errors: Map<string, string[]>;

  beforeAll(() => {
    const roots: string[] = [];
    for (const c of cases) {
      for (const side of ['old', 'new'] as const) {
        const file = path.join(scratch, 'consumers', c.name, `${side}.ts`);
        consumer(file, dirs.get(c.name)![side], c.probe.compile);
        roots.push(file);
      }
    }
    errors = new Map();
    // The shared strict type-check (test/support/typecheck.ts), as the generated code's own tests use.
    for (const line of typecheck(roots, { relativeTo: scratch })) {
      const at = /^(.+?):\d+:\d+ (TS\d+ .*)$/s.exec(line);
      const file = at ? at[1]! : '(global)';
      errors.set(file, [...(errors.get(file) ?? []), at ? at[2]! : line]);
    }
  }, 300_000);

  it('the generated clients themselves compile', () => {
    expect([...errors.keys()].filter((f) => !f.startsWith('consumers/'))).toEqual([]);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.breaking ? 'stops compiling' : 'still compiles'}`, () => {
      expect(errors.get(`consumers/${c.name}/old.ts`) ?? [], 'the probe must compile against the old client').toEqual([]);
      const broke = (errors.get(`consumers/${c.name}/new.ts`) ?? []).length > 0;
      expect({ broke, reported: verdicts.get(c.name) }).toEqual({ broke: c.breaking, reported: c.breaking });
    });
  }
});

describe('validator probe: a value the old validators accept', () => {
  const cases = probed.filter((c): c is DiffCase & { probe: { validate: string; value: unknown } } => 'validate' in c.probe!);
  for (const c of cases) {
    it(`${c.name}: ${c.breaking ? 'is refused' : 'is still accepted'} by the new validators`, async () => {
      const load = async (dir: string) => (await importValidators(readFileSync(path.join(dir, 'validators.gen.ts'), 'utf8')))[c.probe.validate]!;
      const before = (await load(dirs.get(c.name)!.old))(c.probe.value);
      const after = (await load(dirs.get(c.name)!.new))(c.probe.value);
      expect(before.ok, JSON.stringify(before.errors)).toBe(true);
      expect({ refused: !after.ok, reported: verdicts.get(c.name) }).toEqual({ refused: c.breaking, reported: c.breaking });
    });
  }
});

/** The order of query parameters means nothing to a server; repeated names keep their order. */
function sortedQuery(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const pairs = url.slice(at + 1).split('&');
  const name = (p: string) => p.split('=')[0]!;
  return `${url.slice(0, at)}?${pairs.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)).join('&')}`;
}

describe('wire probe: the same call from the old and the new client, against a real server', () => {
  const cases = probed.filter((c): c is DiffCase & { probe: Extract<DiffCase['probe'], { wire: unknown }> } => 'wire' in c.probe!);
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** What a request carries that an API reads: method, URL (query in name order), credentials and other headers it names, body. */
  const observed = (r: SeenRequest) => ({
    method: r.method,
    url: sortedQuery(r.url),
    headers: Object.fromEntries(Object.entries(r.headers).filter(([k]) => k === 'content-type' || k === 'authorization' || k === 'cookie' || k.startsWith('x-'))),
    body: r.body,
  });

  for (const c of cases) {
    it(`${c.name}: ${c.breaking ? 'differs' : 'is the same'} on the wire`, async () => {
      const run = async (dir: string) => {
        const mod = (await import(pathToFileURL(path.join(dir, 'index.ts')).href)) as { createClient(o: object): AnyClient };
        const credentials = c.probe.options ?? { token: 'jwt', apiKey: 'key', basicAuth: 'user:pass' };
        const client = mod.createClient({ baseUrl: server.url, retry: false, ...credentials });
        const reply = c.probe.reply ?? { status: 200, body: {} };
        server.reply({ status: reply.status, headers: reply.headers, body: reply.body as string | object | undefined });
        const before = server.requests.length;
        const result = (await c.probe.wire(client)) as { ok: boolean; status: number };
        return { requests: server.requests.slice(before).map(observed), ok: result.ok, status: result.status };
      };
      const before = await run(dirs.get(c.name)!.old);
      const after = await run(dirs.get(c.name)!.new);
      const differs = JSON.stringify(before) !== JSON.stringify(after);
      expect({ differs, reported: verdicts.get(c.name) }, JSON.stringify({ before, after })).toEqual({ differs: c.breaking, reported: c.breaking });
    });
  }
});
