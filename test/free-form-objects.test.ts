import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleValue } from '../generator/emit/docs/samples.js';
import { generate, type ApiOutput } from '../generator/index.js';
import { isFreeFormObject } from '../generator/ir/schema-kind.js';
import type { ApiIR, JsonValue, OperationIR, SchemaIR } from '../generator/ir/types.js';
import type { ApiPlan } from '../generator/plan/types.js';
import { startServer, type TestServer } from './client/support/server.js';
import { repoRoot } from './support/cli.js';
import { testTmp } from './support/tmp.js';
import { typecheck } from './support/typecheck.js';

/**
 * Every free-form object field (`type: object` without properties) of the five seeds, and of the
 * fixture that covers the other spellings, takes a non-empty object in all four places: the types
 * (a literal assigned to the body and response types compiles), the validators, and a client call
 * against a loopback server, both ways. Closed objects (`additionalProperties: false`) are not filled.
 */
const INPUTS = ['specs/exante.yaml', 'specs/insighto.yaml', 'specs/stuut.yaml', 'specs/tetherai.yaml', 'specs/upsun.yaml', 'test/fixtures/free-form-objects.yaml'];
const SAMPLE = { theme: 'dark', nested: { list: [1, 'two', null], on: true }, count: 3 };

/** One request or response body, its free-form fields filled with SAMPLE. */
interface Case {
  api: ApiIR;
  plan: ApiPlan;
  op: OperationIR;
  kind: 'body' | 'response';
  status?: string;
  value: JsonValue;
  /** Exported type of the body (types.gen.ts) and its validator. */
  typeName: string;
  validator: string;
}

let outputs: ApiOutput[] = [];
const cases: Case[] = [];
const filled = new Map<string, Set<string>>();
let server: TestServer;

beforeAll(async () => {
  outputs = (await generate({ specs: INPUTS, cwd: repoRoot })).apis;
  for (const out of outputs) {
    const api = out.api!;
    const plan = out.plan!;
    const seen = new Set<string>();
    filled.set(out.slug, seen);
    for (const op of api.operations) {
      const body = op.body?.primary;
      // Only bodies with a free-form field are cases: the others say nothing here (and upsun's
      // response example has a value its own schema rejects, which test/real covers).
      if (body?.schema) {
        const here = new Set<string>();
        const value = fill(body.schema, body.example?.value ?? sampleValue(body.schema, plan, 'request'), api, here);
        if (here.size > 0) cases.push({ api, plan, op, kind: 'body', value, typeName: plan.operation(op).body!, validator: plan.validators.body(op)!.name });
        for (const p of here) seen.add(p);
      }
      for (const r of op.responses) {
        if (!r.primary?.schema || !/json/.test(r.primary.contentType)) continue;
        const here = new Set<string>();
        const value = fill(r.primary.schema, r.primary.example?.value ?? sampleValue(r.primary.schema, plan, 'response'), api, here);
        if (here.size > 0) {
          cases.push({ api, plan, op, kind: 'response', status: r.status, value, typeName: plan.operation(op).response(r), validator: plan.validators.response(op, r)!.name });
        }
        for (const p of here) seen.add(p);
      }
    }
    const dir = apiDir(out.slug);
    for (const file of out.files.filter((f) => f.path.endsWith('.ts'))) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
  }
  server = await startServer();
}, 120_000);

afterAll(() => server?.close());

const apiDir = (slug: string) => testTmp('free-form', slug);

/** Copies `value`, putting SAMPLE into every free-form object field the schema has (present or not). */
function fill(schema: SchemaIR, value: JsonValue, api: ApiIR, seen: Set<string>): JsonValue {
  const target = schema.ref ? api.schemaIndex[schema.ref]! : schema;
  if (isFreeFormObject(target)) {
    seen.add(schema.pointer);
    seen.add(target.pointer);
    return SAMPLE;
  }
  if (Array.isArray(value)) {
    if (!target.items) return value;
    const items = value.length > 0 ? value : isFreeFormObject(resolve(target.items, api)) ? [{}] : [];
    return items.map((item) => fill(target.items!, item, api, seen));
  }
  if (value === null || typeof value !== 'object') return value;
  let out: { [key: string]: JsonValue } = { ...value };
  for (const part of target.allOf ?? []) out = fill(part, out, api, seen) as { [key: string]: JsonValue };
  for (const prop of target.properties ?? []) {
    const propSchema = resolve(prop.schema, api);
    if (prop.name in out && out[prop.name] !== null) out[prop.name] = fill(prop.schema, out[prop.name]!, api, seen);
    else if (isFreeFormObject(propSchema) && !propSchema.readOnly) out[prop.name] = fill(prop.schema, {}, api, seen);
  }
  return out;
}

/** An operation whose response alone has a free-form field: its request body as the spec gives it. */
function bodyAsGiven(response: Case): Case {
  const media = response.op.body?.primary;
  const value = media?.schema ? (media.example?.value ?? sampleValue(media.schema, response.plan, 'request')) : null;
  return { ...response, kind: 'body', value };
}

const resolve = (schema: SchemaIR, api: ApiIR): SchemaIR => (schema.ref ? api.schemaIndex[schema.ref]! : schema);

/** Every free-form object schema reachable from the operations, by pointer. */
function freeFormPointers(api: ApiIR): string[] {
  const found = new Set<string>();
  const done = new Set<string>();
  const visit = (s: SchemaIR | undefined): void => {
    if (!s || done.has(s.pointer)) return;
    done.add(s.pointer);
    if (s.ref) return visit(api.schemaIndex[s.ref]);
    if (isFreeFormObject(s)) found.add(s.pointer);
    for (const p of s.properties ?? []) visit(p.schema);
    for (const list of [s.allOf, s.anyOf, s.oneOf, s.prefixItems]) for (const child of list ?? []) visit(child);
    visit(s.items);
    visit(s.additionalProperties);
  };
  for (const op of api.operations) {
    visit(op.body?.primary.schema);
    for (const r of op.responses) visit(r.primary?.schema);
  }
  return [...found].sort();
}

describe('free-form object fields take a non-empty object', () => {
  it('every free-form field of the seeds and the fixture is filled by some case', () => {
    const all = outputs.flatMap((o) => freeFormPointers(o.api!).map((p) => `${o.slug} ${p}`));
    const covered = outputs.flatMap((o) => [...filled.get(o.slug)!].map((p) => `${o.slug} ${p}`));
    expect(all.length).toBeGreaterThanOrEqual(13);
    expect(all.filter((p) => !covered.includes(p))).toEqual([]);
  });

  it('in the types: the filled bodies and responses compile as literals of their exported types', () => {
    const files = outputs.filter((out) => cases.some((c) => c.plan.slug === out.slug)).map((out) => {
      const file = path.join(apiDir(out.slug), 'free-form-check.ts');
      const lines = cases
        .filter((c) => c.plan.slug === out.slug)
        .map((c, i) => `export const v${i}: api.${c.typeName} = ${JSON.stringify(c.value)};`);
      writeFileSync(file, [`import type * as api from './index.js';`, ...lines, ''].join('\n'));
      return file;
    });
    expect(typecheck(files, { reportFor: (f) => f.endsWith('free-form-check.ts') })).toEqual([]);
  });

  it('in the validators: strict mode accepts every filled body and response', async () => {
    for (const c of cases) {
      const mod = (await import(pathToFileURL(path.join(apiDir(c.plan.slug), 'validators.gen.ts')).href)) as Record<string, (v: unknown, o?: object) => { ok: boolean; errors?: unknown }>;
      const result = mod[c.validator]!(c.value, { strict: true });
      expect(result.errors ?? [], `${c.plan.slug} ${c.validator}`).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it('through the client: a filled body goes out as sent and a filled response comes back as data', async () => {
    const calls = [...new Set(cases.map((x) => x.op))];
    expect(calls.length).toBeGreaterThanOrEqual(5);
    for (const op of calls) {
      const c = cases.find((x) => x.op === op && x.kind === 'body') ?? bodyAsGiven(cases.find((x) => x.op === op)!);
      const response = cases.find((r) => r.kind === 'response' && r.op === c.op && /^2/.test(r.status!));
      server.reply({ status: Number(response?.status ?? 204), ...(response ? { body: response.value as object } : {}) });
      const mod = (await import(pathToFileURL(path.join(apiDir(c.plan.slug), 'index.ts')).href)) as {
        createClient(options: object): Record<string, (request: object) => Promise<{ ok: boolean; data?: unknown; error?: unknown }>>;
      };
      const client = mod.createClient({ baseUrl: server.url, validateResponses: 'strict', retry: false });
      const pathValues = Object.fromEntries(c.op.parameters.path.map((p) => [p.name, sampleValue(p.schema, c.plan, 'request')]));
      const res = await client[c.plan.operation(c.op).method]!({ path: pathValues, ...(c.op.body ? { body: c.value } : {}) });
      expect(res.error, `${c.plan.slug} ${c.plan.operation(c.op).method}`).toBeUndefined();
      if (c.op.body) expect(JSON.parse(server.requests.at(-1)!.body)).toEqual(c.value);
      if (response) expect(res.data).toEqual(response.value);
    }
  });
});
