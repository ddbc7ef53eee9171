import type { ApiIR, JsonValue, OperationIR, ParameterIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { authUse, primaryAuth } from './auth.js';
import { curlBodyArgs, curlSetsContentType, typescriptBody } from './body-example.js';
import { fencedBlock } from './markdown-escape.js';
import { sampleValue } from './samples.js';

/** Base URL for examples: servers[0] with its variables at their defaults, or undefined without servers. */
export function exampleBaseUrl(api: ApiIR): string | undefined {
  const server = api.servers[0];
  if (!server) return undefined;
  let url = server.url;
  for (const variable of server.variables) url = url.split(`{${variable.name}}`).join(variable.default);
  return url.replace(/\/+$/, '');
}

/** Placeholder base URL for specs without servers (the client then requires `baseUrl`). */
export const PLACEHOLDER_BASE_URL = 'https://api.example.com';

/** The request body the examples send: the spec's example, else one built from the schema. */
export function exampleBody(op: OperationIR, plan: ApiPlan): { value: JsonValue; fromSpec: boolean } | undefined {
  const media = op.body?.primary;
  if (!media) return undefined;
  if (media.example) return { value: media.example.value, fromSpec: true };
  if (!media.schema) return undefined;
  return { value: sampleValue(media.schema, plan, 'request'), fromSpec: false };
}

function paramSample(param: ParameterIR, plan: ApiPlan): JsonValue {
  return param.example ? param.example.value : sampleValue(param.schema, plan, 'request');
}

function requiredParams(op: OperationIR, where: 'query' | 'header'): ParameterIR[] {
  return op.parameters[where].filter((p) => p.required);
}

/** A `curl` command as a fenced `sh` block; credentials come from shell variables. */
export function curlExample(op: OperationIR, api: ApiIR, plan: ApiPlan): string {
  const base = exampleBaseUrl(api);
  const auth = primaryAuth(op, api, plan);
  // Path parameters stay visible as `<name>` so readers see what to fill in.
  const path = op.path.replace(/\{([^}]+)\}/g, '<$1>');
  const query = requiredParams(op, 'query').flatMap((p) => queryPairs(p, paramSample(p, plan)));
  for (const use of auth) {
    if (use.wire.in === 'query') query.push(`${encodeURIComponent(use.wire.name)}=$${use.shellVariable}`);
  }
  const url = `${base === undefined ? '$BASE_URL' : shellDoubleQuoted(base)}${shellDoubleQuoted(path)}${query.length ? `?${query.join('&')}` : ''}`;
  const lines = [`curl --request ${op.method.toUpperCase()}`, `--url "${url}"`];
  for (const use of auth) {
    if (use.basic) lines.push('--user "$USERNAME:$PASSWORD"');
    else if (use.wire.in === 'header') lines.push(`--header "${shellDoubleQuoted(use.wire.name)}: ${use.wire.format}"`);
    if (use.wire.in === 'cookie') lines.push(`--cookie "${shellDoubleQuoted(use.wire.name)}=$${use.shellVariable}"`);
  }
  for (const p of requiredParams(op, 'header')) {
    lines.push(`--header ${shellSingleQuoted(`${p.name}: ${scalarText(paramSample(p, plan))}`)}`);
  }
  const body = exampleBody(op, plan);
  if (op.body && body) {
    const contentType = op.body.primary.contentType;
    if (!curlSetsContentType(contentType)) lines.push(`--header ${shellSingleQuoted(`Content-Type: ${contentType}`)}`);
    lines.push(...curlBodyArgs(contentType, body.value, shellSingleQuoted));
  }
  return fencedBlock('sh', lines.join(' \\\n  '));
}

/** A TypeScript example calling the generated client, as a fenced `ts` block. */
export function typescriptExample(op: OperationIR, api: ApiIR, plan: ApiPlan): string {
  const options: string[] = [];
  if (api.servers.length === 0) options.push(`baseUrl: ${JSON.stringify(PLACEHOLDER_BASE_URL)}`);
  for (const use of primaryAuth(op, api, plan)) options.push(`${use.option}: ${JSON.stringify(use.clientValue)}`);
  const args: string[] = [];
  const pathArgs = op.parameters.path.map((p) => [p.name, paramSample(p, plan)] as const);
  if (pathArgs.length) args.push(`path: ${objectLiteral(pathArgs)}`);
  const queryArgs = requiredParams(op, 'query').map((p) => [p.name, paramSample(p, plan)] as const);
  if (queryArgs.length) args.push(`query: ${objectLiteral(queryArgs)}`);
  const headerArgs = requiredParams(op, 'header').map((p) => [p.name, paramSample(p, plan)] as const);
  if (headerArgs.length) args.push(`headers: ${objectLiteral(headerArgs)}`);
  const body = exampleBody(op, plan);
  if (op.body && body) args.push(`body: ${typescriptBody(op.body.primary, body.value)}`);
  const call = args.length ? `{\n${args.map((a) => `  ${a},`).join('\n')}\n}` : '{}';
  const code = [
    `import { createClient } from ${JSON.stringify(plan.docs.clientImport)};`,
    '',
    `const client = createClient({ ${options.join(', ')} });`,
    '',
    `const res = await client.${plan.operation(op).method}(${call});`,
    'if (res.ok) {',
    '  console.log(res.status, res.data);',
    '} else {',
    '  console.error(res.status);',
    '}',
  ].join('\n');
  return fencedBlock('ts', code);
}

/** The quick-start snippet of the index page: create a client for the API. */
export function quickStartExample(api: ApiIR, plan: ApiPlan): string {
  const options: string[] = [];
  if (api.servers.length === 0) options.push(`baseUrl: ${JSON.stringify(PLACEHOLDER_BASE_URL)}`);
  for (const use of api.securitySchemes.map((s) => authUse(s, plan))) {
    options.push(`${use.option}: ${JSON.stringify(use.clientValue)}`);
  }
  const code = [
    `import { createClient } from ${JSON.stringify(plan.docs.clientImport)};`,
    '',
    `export const client = createClient({ ${options.join(', ')} });`,
  ].join('\n');
  return fencedBlock('ts', code);
}

function objectLiteral(entries: readonly (readonly [string, JsonValue])[]): string {
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
}

/** `name=value` pairs of a query parameter, serialized by its style (OpenAPI 3.1 §4.8.12.4). */
function queryPairs(p: ParameterIR, value: JsonValue): string[] {
  const name = encodeURIComponent(p.name);
  const enc = (v: JsonValue) => encodeURIComponent(scalarText(v));
  if (Array.isArray(value)) {
    if (p.style === 'form' && p.explode) return value.map((v) => `${name}=${enc(v)}`);
    const separator = p.style === 'spaceDelimited' ? '%20' : p.style === 'pipeDelimited' ? '%7C' : ',';
    return [`${name}=${value.map(enc).join(separator)}`];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (p.style === 'deepObject') return entries.map(([k, v]) => `${name}%5B${encodeURIComponent(k)}%5D=${enc(v)}`);
    if (p.explode) return entries.map(([k, v]) => `${encodeURIComponent(k)}=${enc(v)}`);
    return [`${name}=${entries.map(([k, v]) => `${encodeURIComponent(k)},${enc(v)}`).join(',')}`];
  }
  return [`${name}=${enc(value)}`];
}

function scalarText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Text safe inside shell double quotes (no expansion of `$`, backticks or `\`). */
function shellDoubleQuoted(text: string): string {
  return text.replace(/[\\"$`]/g, '\\$&');
}

function shellSingleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
