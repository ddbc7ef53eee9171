import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import type { ResponseIR } from '../../generator/ir/types.js';
import { locationProblem } from '../support/located.js';
import { tsFilesIn, typecheck } from '../support/typecheck.js';
import { REAL_CASES, type KnownBadExample, type RealCase } from './cases.js';
import { mediaExample, resolve, setAtPointer, type ExampleMode } from './examples.js';
import {
  asFormFields, credentialsFor, decodeBody, prepareCase, serverBasePath, type Prepared,
} from './harness.js';
import { startLoopback, type Loopback } from './loopback.js';

/**
 * The five real "update profile/user" operations, each from its published spec (node_modules,
 * never copied): reduce the spec to the operation and what it references, generate everything, compile
 * it with tsc --strict, then drive the generated client against a loopback server that answers with the
 * spec's own examples, checked by the generated validators on both sides.
 */
type Validator = (value: unknown, options?: { strict?: boolean }) => { ok: boolean; errors?: { pointer: string }[] };
type Module = Record<string, unknown> & { createClient(options: Record<string, unknown>): Record<string, (req: unknown) => Promise<Result>> };
type Result = { ok: boolean; status: number; data?: unknown; error?: unknown };

const outDirs = new Map<string, string>();

describe.each(REAL_CASES)('$name: $method $path', (c: RealCase) => {
  let p: Prepared;
  let server: Loopback;
  beforeAll(async () => {
    p = await prepareCase(c);
    outDirs.set(c.name, p.outDir);
    server = await startLoopback();
  });
  afterAll(async () => server?.close());

  it('generates types, client, validators and docs with no error; every diagnostic is located', () => {
    const paths = p.output.files.map((f) => f.path);
    for (const file of ['types.gen.ts', 'client.gen.ts', 'validators.gen.ts', 'index.ts', 'MANIFEST']) expect(paths).toContain(file);
    expect(paths.some((f) => f.startsWith('docs/') && f.endsWith('.md'))).toBe(true);
    expect(p.output.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    for (const d of p.output.diagnostics) expect(locationProblem(d, p.specFile, p.specText), formatDiagnostic(d)).toBeUndefined();
  });

  it('names the operation from its operationId, or from method and path when it has none', () => {
    const raw = (p.doc.paths as Record<string, Record<string, { operationId?: string }>>)[c.path]![c.method]!;
    expect(p.op.operationId).toBe(raw.operationId);
    expect(p.plan.operation(p.op).method).toBe(c.clientMethod);
  });

  it('the client sends the spec request example and returns the spec response example, both validated', async () => {
    const mod = (await import(pathToFileURL(path.join(p.outDir, 'index.ts')).href)) as Module;
    const { op, plan } = p;
    const names = plan.operation(op);
    const validatorOf = (r: ResponseIR) => mod[plan.validators.response(op, r)!.name] as Validator;
    const rawOp = (p.doc.paths as Record<string, Record<string, Record<string, unknown>>>)[c.path]![c.method]!;

    let body: unknown;
    if (op.body) {
      const validateBody = mod[plan.validators.body(op)!.name] as Validator;
      const media = (resolve(p.doc, rawOp.requestBody) as { content: Record<string, Record<string, unknown>> }).content[op.body.primary.contentType]!;
      body = repairedExample(mediaExample(p.doc, media, 'request'), validateBody, c.badRequestExamples ?? []);
    }
    const success = op.responses.find((r) => /^2/.test(r.status))!;
    const successBody = success.primary ? responseExample(p, rawOp, success, mod, c.badResponseExamples ?? []) : undefined;
    const successStatus = /^\d{3}$/.test(success.status) ? Number(success.status) : 200;

    const { options: credentials, expectHeader } = credentialsFor(p.api, plan, op);
    const baseUrl = server.origin + serverBasePath(p.api);
    const extraHeaders = op.security.length === 0 ? { authorization: 'token from-options-headers' } : {};
    const client = mod.createClient({ baseUrl, retry: false, validateResponses: true, headers: extraHeaders, ...credentials });
    const call = client[names.method]!;
    const request = { path: c.params?.path, query: c.params?.query, body };

    server.reply({ status: successStatus, contentType: success.primary?.contentType, body: successBody });
    const result = await call(request);
    const sent = server.received.at(-1)!;
    expect(server.received).toHaveLength(1);
    expect(sent.method).toBe(op.method.toUpperCase());
    expect(sent.url).toBe(serverBasePath(p.api) + c.expectedPath);
    if (expectHeader) expect(sent.headers[expectHeader[0]]).toBe(expectHeader[1]);
    else expect(sent.headers.authorization).toBe('token from-options-headers');
    if (op.body) {
      const contentType = String(sent.headers['content-type']);
      expect(contentType.startsWith(op.body.primary.contentType)).toBe(true);
      const received = await decodeBody(contentType, sent.body);
      const isForm = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType);
      expect(received).toEqual(isForm ? asFormFields(body as Record<string, unknown>) : body);
      if (!isForm) expect((mod[plan.validators.body(op)!.name] as Validator)(received).ok).toBe(true);
    }
    expect(result).toMatchObject({ ok: true, status: successStatus });
    expect(result.data).toEqual(successBody);
    if (success.primary) expect(validatorOf(success)(result.data).ok).toBe(true);

    // A documented error with a JSON body comes back as `ok: false` with the typed, validated error.
    const failure = op.responses.find((r) => !/^2/.test(r.status) && r.primary && /json/i.test(r.primary.contentType));
    if (!failure) return;
    const errorBody = responseExample(p, rawOp, failure, mod, []);
    const errorStatus = /^\d{3}$/.test(failure.status) ? Number(failure.status) : 400;
    server.reply({ status: errorStatus, contentType: failure.primary!.contentType, body: errorBody });
    const failed = await call(request);
    expect(failed).toMatchObject({ ok: false, status: errorStatus });
    expect(failed.error).toEqual(errorBody);
    expect(validatorOf(failure)(failed.error).ok).toBe(true);
  });
});

// One tsc program over the five outputs: a tsc start costs more than checking one small output.
describe('the five outputs', () => {
  it('compile with tsc --strict (browser libs, no @types/node)', () => {
    expect([...outDirs.keys()]).toEqual(REAL_CASES.map((c) => c.name));
    expect(typecheck(tsFilesIn([...outDirs.values()]))).toEqual([]);
  }, 300_000);
});

/** The response's spec example, with the known-bad values replaced after checking the validator flags exactly them. */
function responseExample(p: Prepared, rawOp: Record<string, unknown>, r: ResponseIR, mod: Module, bad: KnownBadExample[]): unknown {
  const raw = resolve(p.doc, (rawOp.responses as Record<string, unknown>)[r.status]) as { content: Record<string, Record<string, unknown>> };
  const validate = mod[p.plan.validators.response(p.op, r)!.name] as Validator;
  return repairedExample(mediaExample(p.doc, raw.content[r.primary!.contentType]!, 'response' satisfies ExampleMode), validate, bad);
}

/**
 * Spec examples are data written by hand and sometimes contradict their schema. The generated validator
 * must flag exactly the known contradictions (so a new false positive or a missed one fails the test);
 * the test then sends the corrected value.
 */
function repairedExample(example: unknown, validate: Validator, bad: KnownBadExample[]): unknown {
  const first = validate(example);
  const flagged = first.ok ? [] : (first.errors ?? []).map((e) => e.pointer);
  expect([...new Set(flagged)].sort()).toEqual(bad.map((b) => b.pointer).sort());
  for (const b of bad) setAtPointer(example, b.pointer, b.replacement);
  expect(validate(example)).toMatchObject({ ok: true });
  return example;
}
