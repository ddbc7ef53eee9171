import type { ApiIR, JsonValue, OperationIR, ParameterIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { authUse, primaryAuth } from './auth.js';
import { curlBodyArgs, curlSetsContentType, typescriptBody } from './body-example.js';
import type { ParamSpec } from '../client/runtime/contract.js';
import { expandPath, queryString, simpleValue } from '../client/runtime/serialize.js';
import { fencedBlock } from '../../escape/markdown.js';
import { shellDoubleQuoted, shellSingleQuoted } from '../../escape/shell.js';
import { type ClientOption, type ClientSnippet, printedSnippet, rawSnippet } from './client-snippet.js';
import type { PrintedCode } from './printed-code.js';
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

/** Shell variables the examples already use, which a server variable must not take. */
const RESERVED_SHELL_NAMES = ['BASE_URL', 'TOKEN', 'ACCESS_TOKEN', 'API_KEY', 'CREDENTIALS', 'USERNAME', 'PASSWORD'];

/** A variable of servers[0] that its URL uses, at its default, with the shell variable curl reads it from. */
export interface ExampleServerVariable {
  name: string;
  value: string;
  shell: string;
}

/** servers[0]'s variables as both examples set them: the same default value in curl and TypeScript. */
export function exampleServerVariables(api: ApiIR): ExampleServerVariable[] {
  const server = api.servers[0];
  if (!server) return [];
  const taken = new Set(RESERVED_SHELL_NAMES);
  return server.variables
    .filter((v) => server.url.includes(`{${v.name}}`))
    .map((v) => {
      let shell = v.name.toUpperCase().replace(/[^A-Z0-9_]/g, '_').replace(/^(?=\d|$)/, '_');
      if (taken.has(shell)) shell = `SERVER_${shell}`;
      while (taken.has(shell)) shell = `${shell}_`;
      taken.add(shell);
      return { name: v.name, value: v.default, shell };
    });
}

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

/** The parameters both examples pass: every path parameter and the required query and header ones. */
function exampleParams(op: OperationIR, plan: ApiPlan): Record<'path' | 'query' | 'header', [ParameterIR, JsonValue][]> {
  const values = (params: ParameterIR[]) => params.map((p) => [p, paramSample(p, plan)] as [ParameterIR, JsonValue]);
  return {
    path: values(op.parameters.path),
    query: values(op.parameters.query.filter((p) => p.required)),
    header: values(op.parameters.header.filter((p) => p.required)),
  };
}

/** The client runtime's view of a parameter, so curl serialises values exactly as the client does. */
function paramSpec(p: ParameterIR): ParamSpec {
  return { name: p.name, in: p.in, style: p.style, explode: p.explode, allowReserved: p.allowReserved };
}

/** A `curl` command as a fenced `sh` block; credentials come from shell variables. */
export function curlExample(op: OperationIR, api: ApiIR, plan: ApiPlan): string {
  const auth = primaryAuth(op, api, plan);
  const params = exampleParams(op, plan);
  const specs = [...params.path, ...params.query].map(([p]) => paramSpec(p));
  const values = (list: [ParameterIR, JsonValue][]) => Object.fromEntries(list.map(([p, v]) => [p.name, v]));
  const path = expandPath({ path: op.path, params: specs }, values(params.path));
  const query = [queryString(specs, values(params.query)).slice(1)].filter((q) => q !== '');
  for (const use of auth) {
    if (use.wire.in === 'query') query.push(`${encodeURIComponent(use.wire.name)}=$${use.shellVariable}`);
  }
  const url = `${curlBaseUrl(api)}${shellDoubleQuoted(path)}${query.length ? `?${query.join('&')}` : ''}`;
  // curl reads `[]` and `{}` in a URL as ranges and sets unless told not to.
  const globoff = /[[\]{}]/.test(url.replace(/\$\{[A-Z0-9_]+\}/g, '')) ? ' --globoff' : '';
  const lines = [`curl --request ${op.requestMethod}${globoff}`, `--url "${url}"`];
  for (const use of auth) {
    if (use.basic) lines.push('--user "$USERNAME:$PASSWORD"');
    else if (use.wire.in === 'header') lines.push(`--header "${shellDoubleQuoted(use.wire.name)}: ${use.wire.format}"`);
    if (use.wire.in === 'cookie') lines.push(`--cookie "${shellDoubleQuoted(use.wire.name)}=$${use.shellVariable}"`);
  }
  for (const [p, value] of params.header) {
    lines.push(`--header ${shellSingleQuoted(`${p.name}: ${simpleValue(value, p.explode, (text) => text)}`)}`);
  }
  const body = exampleBody(op, plan);
  if (op.body && body) {
    const contentType = op.body.primary.contentType;
    if (!curlSetsContentType(contentType)) lines.push(`--header ${shellSingleQuoted(`Content-Type: ${contentType}`)}`);
    lines.push(...curlBodyArgs(contentType, body.value, shellSingleQuoted));
  }
  return fencedBlock('sh', [...curlAssignments(api), lines.join(' \\\n  ')].join('\n'));
}

/** Shell assignments ahead of the curl command: the base URL the TypeScript example also uses, or the server variables. */
function curlAssignments(api: ApiIR): string[] {
  if (api.servers.length === 0) return [`BASE_URL=${shellSingleQuoted(PLACEHOLDER_BASE_URL)}`];
  return exampleServerVariables(api).map((v) => `${v.shell}=${shellSingleQuoted(v.value)}`);
}

/** The base URL inside curl's double-quoted `--url`: `$BASE_URL`, or servers[0] reading its variables from the shell. */
function curlBaseUrl(api: ApiIR): string {
  const server = api.servers[0];
  if (!server) return '$BASE_URL';
  let url = shellDoubleQuoted(server.url.replace(/\/+$/, ''));
  for (const v of exampleServerVariables(api)) url = url.split(shellDoubleQuoted(`{${v.name}}`)).join(`\${${v.shell}}`);
  // A variable the URL does not use has nothing to fill; one it uses but does not declare stays as written.
  return url;
}

/** A TypeScript example calling the generated client, as a fenced `ts` block (in prettier's layout where client-snippet.ts vouches for it). */
export function typescriptExample(op: OperationIR, api: ApiIR, plan: ApiPlan, code: PrintedCode): string {
  const options = [...locationOptions(api)];
  for (const use of primaryAuth(op, api, plan)) options.push([use.option, use.clientValue]);
  const params = exampleParams(op, plan);
  const located = [['path', 'path'], ['query', 'query'], ['header', 'headers']] as const;
  const body = exampleBody(op, plan);
  const snippet: ClientSnippet = {
    clientImport: plan.docs.clientImport,
    exportClient: false,
    options,
    call: {
      method: plan.operation(op).method,
      params: located.filter(([where]) => params[where].length).map(([where, key]) => [key, params[where].map(([p, v]) => [p.name, v] as const)]),
      ...(op.body && body ? { body: typescriptBody(op.body.primary, body.value) } : {}),
      streams: streamsOnSuccess(op),
    },
  };
  return code.block('ts', printedSnippet(snippet), () => rawSnippet(snippet));
}

/** True when every success response is a stream (3.2 `itemSchema`), so `res.data` is iterated. */
function streamsOnSuccess(op: OperationIR): boolean {
  const successes = op.responses.filter((r) => /^2/.test(r.status));
  return successes.length > 0 && successes.every((r) => r.primary?.stream !== undefined);
}

/** The quick-start snippet of the index page: create a client for the API. */
export function quickStartExample(api: ApiIR, plan: ApiPlan, code: PrintedCode): string {
  const options = [...locationOptions(api)];
  for (const use of api.securitySchemes.map((s) => authUse(s, plan))) options.push([use.option, use.clientValue]);
  const snippet: ClientSnippet = { clientImport: plan.docs.clientImport, exportClient: true, options };
  return code.block('ts', printedSnippet(snippet), () => rawSnippet(snippet));
}

/** Client options for where the API is: the placeholder base URL, or the server variables curl sets too. */
function locationOptions(api: ApiIR): ClientOption[] {
  if (api.servers.length === 0) return [['baseUrl', PLACEHOLDER_BASE_URL]];
  const variables = exampleServerVariables(api).map((v) => [v.name, v.value] as const);
  return variables.length ? [['serverVariables', variables]] : [];
}
