import type { ApiIR, SecuritySchemeIR, ServerIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { commentText, propertyKey, stringLiteral } from '../../escape/typescript.js';
import { Code, type Literal } from './literal.js';
import type { PropertyMember } from './print/declarations.js';

/** `ClientOptions` members: base URL, server variables, one credential per scheme, then transport options. */
export function clientOptionProperties(api: ApiIR, plan: ApiPlan): PropertyMember[] {
  const server = api.servers[0];
  const properties: PropertyMember[] = [
    {
      name: 'baseUrl',
      optional: server !== undefined,
      type: 'string',
      doc: server
        ? `Base URL of the API. Default: \`${commentText(server.url)}\` (the spec's first server${server.variables.length > 0 ? ', variables substituted' : ''}).`
        : 'Base URL of the API (required: the spec declares no servers).',
    },
  ];
  if (server && server.variables.length > 0) {
    properties.push({
      name: 'serverVariables',
      optional: true,
      type: 'ServerVariables',
      doc: 'Values for the `{variables}` in the default base URL.',
    });
  }
  for (const scheme of api.securitySchemes) {
    properties.push({
      name: plan.credentialOption(scheme),
      optional: true,
      type: 'runtime.Credential',
      doc: credentialDoc(scheme),
    });
  }
  properties.push(
    {
      name: 'fetch',
      optional: true,
      type: 'runtime.Fetch',
      doc: 'The `fetch` to use. Default: the global `fetch`, looked up at call time.',
    },
    {
      name: 'headers',
      optional: true,
      type: 'Record<string, string>',
      doc: 'Headers sent with every call; per-call headers override them.',
    },
    {
      name: 'timeoutMs',
      optional: true,
      type: 'number',
      doc: 'Per-attempt timeout in ms (headers and body). Default 60000; 0 disables it.',
    },
    {
      name: 'retry',
      optional: true,
      type: 'runtime.RetryOptions | false',
      doc: 'Retry policy (default: 2 retries, idempotent methods only); `false` disables retries.',
    },
    {
      name: 'validateRequests',
      optional: true,
      type: 'boolean',
      doc: 'Validate parameters and body before sending; an invalid request is returned, not sent. Default true.',
    },
    {
      name: 'validateResponses',
      optional: true,
      type: "boolean | 'strict'",
      doc: "Validate documented response bodies: `true` tolerant, `'strict'` strict. Default false.",
    },
  );
  return properties;
}

function credentialDoc(scheme: SecuritySchemeIR): string {
  const how =
    scheme.kind === 'apiKey'
      ? `API key, sent in the ${scheme.in} ${scheme.in === 'header' ? 'header' : 'parameter'} \`${commentText(scheme.paramName)}\``
      : scheme.kind === 'http'
        ? scheme.scheme === 'basic'
          ? 'HTTP basic credentials as `user:password`, sent base64-encoded in `Authorization: Basic`'
          : `HTTP ${commentText(scheme.scheme)} credential, sent as \`Authorization: ${scheme.scheme === 'bearer' ? 'Bearer' : commentText(scheme.scheme)} <value>\``
        : `${scheme.kind} access token, sent as \`Authorization: Bearer <token>\``;
  const description = scheme.description ? `\n\n${commentText(scheme.description)}` : '';
  return `\`${commentText(scheme.key)}\`: ${how}.${description}\n\nA string, or a function returning one (called before every attempt, so it can refresh a token).`;
}

/** `ServerVariables` type text: one optional member per variable, enums as unions. */
export function serverVariablesType(server: ServerIR): string {
  const members = server.variables.map((v) => {
    const type = v.enum && v.enum.length > 0 ? v.enum.map(stringLiteral).join(' | ') : 'string';
    return `/** Default: ${commentText(JSON.stringify(v.default))}.${v.description ? ` ${commentText(v.description)}` : ''} */\n${propertyKey(v.name)}?: ${type};`;
  });
  return `{\n${members.join('\n')}\n}`;
}

/** The first server as the runtime's `resolveBaseUrl` wants it, or `undefined` when there is none. */
export function defaultServerLiteral(api: ApiIR): Literal {
  const server = api.servers[0];
  if (!server) return new Code('undefined');
  const variables: Record<string, Literal> = Object.fromEntries(server.variables.map((v) => [v.name, v.default]));
  return { url: server.url, variables };
}
