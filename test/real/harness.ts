import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate, type ApiOutput } from '../../generator/index.js';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import type { ApiPlan } from '../../generator/plan/types.js';
import { writeOutputs } from '../../generator/write/write.js';
import { reduceSpec } from '../support/reduce-spec.js';
import { testTmp } from '../support/tmp.js';
import type { RealCase } from './cases.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Scratch folder for reduced specs and their output (git-ignored). */
export const realDir = testTmp('real');

/** A case after reduction, generation and writing. */
export interface Prepared {
  specFile: string;
  specText: string;
  doc: Record<string, unknown>;
  output: ApiOutput;
  api: ApiIR;
  plan: ApiPlan;
  op: OperationIR;
  outDir: string;
}

/** Reduces the published spec to the case's operation, generates it in memory and writes it to <scratch>/real/out/. */
export async function prepareCase(c: RealCase): Promise<Prepared> {
  const source = JSON.parse(readFileSync(path.join(repoRoot, c.spec), 'utf8')) as Record<string, unknown>;
  const doc = reduceSpec(source, c.method, c.path);
  mkdirSync(realDir, { recursive: true });
  const specFile = path.relative(repoRoot, path.join(realDir, `${c.name}.json`)).split(path.sep).join('/');
  const specText = JSON.stringify(doc, null, 2) + '\n';
  writeFileSync(path.join(repoRoot, specFile), specText);
  const result = await generate({ specs: [specFile], cwd: repoRoot });
  const outRoot = path.join(realDir, 'out');
  await writeOutputs(result, { outDir: outRoot, fullRun: false });
  const output = result.apis[0]!;
  if (!output.api || !output.plan) throw new Error(`${c.name}: no IR; diagnostics: ${JSON.stringify(output.diagnostics)}`);
  const { api, plan } = output;
  return { specFile, specText, doc, output, api, plan, op: api.operations[0]!, outDir: path.join(outRoot, output.slug) };
}

/** Client options carrying one credential per scheme of the operation's first security alternative. */
export function credentialsFor(api: ApiIR, plan: ApiPlan, op: OperationIR): { options: Record<string, string>; expectHeader: [string, string] | undefined } {
  const options: Record<string, string> = {};
  let expectHeader: [string, string] | undefined;
  for (const key of op.security[0] ?? []) {
    const scheme = api.securitySchemes.find((s) => s.key === key)!;
    const secret = `secret-${key}`;
    options[plan.credentialOption(scheme)] = secret;
    if (scheme.kind === 'apiKey' && scheme.in === 'header') expectHeader ??= [scheme.paramName.toLowerCase(), secret];
    else if (scheme.kind === 'oauth2' || scheme.kind === 'openIdConnect' || (scheme.kind === 'http' && scheme.scheme === 'bearer')) {
      expectHeader ??= ['authorization', `Bearer ${secret}`];
    } else throw new Error(`credentialsFor: scheme ${key} (${scheme.kind}) not covered by the real tests`);
  }
  return { options, expectHeader };
}

/** Path of the first server URL (variables at their defaults), e.g. `/v4` for https://api.linode.com/v4. */
export function serverBasePath(api: ApiIR): string {
  const server = api.servers[0];
  if (!server) return '';
  let url = server.url;
  for (const v of server.variables) url = url.replaceAll(`{${v.name}}`, v.default);
  return new URL(url, 'http://placeholder').pathname.replace(/\/$/, '');
}

/** The body the server received, decoded by its content type (JSON, urlencoded or multipart form, else JSON or text). */
export async function decodeBody(contentType: string, body: Buffer): Promise<unknown> {
  if (/[/+]json\b/i.test(contentType)) return JSON.parse(body.toString('utf8'));
  if (/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
    return Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : `<file ${v.size} bytes>`]));
  }
  // A media type we do not know (Mastodon's `application/form-data`): JSON text is the one lossless reading.
  const text = body.toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** How a form encoding carries a JSON object: each field's scalar text (objects as JSON), like the client sends it. */
export function asFormFields(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)]),
  );
}
