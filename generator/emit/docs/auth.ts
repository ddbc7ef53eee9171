import type { ApiIR, OperationIR, SecuritySchemeIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { codeSpan, escapeBlock, escapeInline, escapeTableCell, headingText } from '../../escape/markdown.js';

/** How one security scheme is passed: on the wire (curl), to the client, and as a table row. */
export interface AuthUse {
  scheme: SecuritySchemeIR;
  /** The `createClient` option that takes the credential. */
  option: string;
  /** Placeholder credential for the TypeScript example. */
  clientValue: string;
  /** Shell variable the curl example reads. */
  shellVariable: string;
  /** HTTP basic: curl passes `--user` instead of a header. */
  basic: boolean;
  /** Where the credential travels, as a parameters-table row. */
  wire: { name: string; in: 'header' | 'query' | 'cookie'; format: string };
}

/** The schemes of the operation's first security alternative (the one the examples show). */
export function primaryAuth(op: OperationIR, api: ApiIR, plan: ApiPlan): AuthUse[] {
  const first = op.security[0] ?? [];
  return first.flatMap((key) => {
    const scheme = api.securitySchemes.find((s) => s.key === key);
    return scheme ? [authUse(scheme, plan)] : [];
  });
}

/** Every scheme an operation accepts: required by all alternatives, optional (an empty alternative exists), or one of several. */
export function acceptedAuth(op: OperationIR, api: ApiIR, plan: ApiPlan): { use: AuthUse; need: 'yes' | 'no' | 'one of the listed credentials' }[] {
  const keys = [...new Set(op.security.flat())];
  const optional = op.security.some((alt) => alt.length === 0);
  return keys.flatMap((key) => {
    const scheme = api.securitySchemes.find((s) => s.key === key);
    if (!scheme) return [];
    const need = optional ? 'no' : op.security.every((alt) => alt.includes(key)) ? 'yes' : 'one of the listed credentials';
    return [{ use: authUse(scheme, plan), need }];
  });
}

/** How a scheme's credential is passed, for the examples and the parameters table. */
export function authUse(scheme: SecuritySchemeIR, plan: ApiPlan): AuthUse {
  const option = plan.credentialOption(scheme);
  if (scheme.kind === 'apiKey') {
    return {
      scheme,
      option,
      clientValue: 'YOUR_API_KEY',
      shellVariable: 'API_KEY',
      basic: false,
      wire: { name: scheme.paramName, in: scheme.in, format: '$API_KEY' },
    };
  }
  if (scheme.kind === 'http' && scheme.scheme.toLowerCase() === 'basic') {
    return {
      scheme,
      option,
      clientValue: 'USERNAME:PASSWORD',
      shellVariable: 'CREDENTIALS',
      basic: true,
      wire: { name: 'Authorization', in: 'header', format: 'Basic <base64 of user:password>' },
    };
  }
  const isBearer = scheme.kind === 'http' && scheme.scheme.toLowerCase() === 'bearer';
  const variable = isBearer ? 'TOKEN' : 'ACCESS_TOKEN';
  return {
    scheme,
    option,
    clientValue: isBearer ? 'YOUR_TOKEN' : 'YOUR_ACCESS_TOKEN',
    shellVariable: variable,
    basic: false,
    wire: { name: 'Authorization', in: 'header', format: `Bearer $${variable}` },
  };
}

/** One sentence on how to authenticate with a scheme, for the index page. */
export function authHowTo(scheme: SecuritySchemeIR, optionName: string): string {
  const option = codeSpan(optionName);
  switch (scheme.kind) {
    case 'apiKey': {
      const where = { query: 'query parameter', header: 'header', cookie: 'cookie' }[scheme.in];
      return `Send the API key in the ${codeSpan(scheme.paramName)} ${where} (for example ${codeSpan(apiKeyExample(scheme.in, scheme.paramName))}). With the generated client, pass it as the ${option} option.`;
    }
    case 'http':
      if (scheme.scheme.toLowerCase() === 'bearer') {
        return `Send the token in the ${codeSpan('Authorization')} header: ${codeSpan('Authorization: Bearer <token>')}. With the generated client, pass it as the ${option} option.`;
      }
      if (scheme.scheme.toLowerCase() === 'basic') {
        return `Send ${codeSpan('Authorization: Basic <base64 of user:password>')}. With the generated client, pass the credentials as the ${option} option.`;
      }
      return `HTTP ${codeSpan(scheme.scheme)} authentication in the ${codeSpan('Authorization')} header. With the generated client, pass it as the ${option} option.`;
    default:
      return `Obtain an access token (${escapeInline(scheme.kind)}) and send it as ${codeSpan('Authorization: Bearer <token>')}. With the generated client, pass it as the ${option} option.`;
  }
}

/** 3.2 `deprecated` on a security scheme: said first, so nobody starts using it. */
function deprecation(scheme: SecuritySchemeIR): string {
  return scheme.deprecated ? '**Deprecated:** the API is phasing this scheme out; prefer another one listed here.' : '';
}

/** 3.2 OAuth 2 details: where clients discover the server's endpoints, and the device flow. */
function oauth2Notes(scheme: SecuritySchemeIR): string[] {
  const details = scheme.kind === 'oauth2' ? scheme.oauth2 : undefined;
  if (!details) return [];
  const notes: string[] = [];
  if (details.metadataUrl !== undefined) notes.push(`The authorization server describes its endpoints at ${codeSpan(details.metadataUrl)} (RFC 8414 metadata).`);
  if (details.deviceAuthorizationUrl !== undefined) {
    notes.push(`Devices without a browser can use the device authorization flow (RFC 8628), starting at ${codeSpan(details.deviceAuthorizationUrl)}.`);
  }
  return notes;
}

function apiKeyExample(where: 'query' | 'header' | 'cookie', name: string): string {
  if (where === 'query') return `?${name}=<key>`;
  if (where === 'header') return `${name}: <key>`;
  return `Cookie: ${name}=<key>`;
}

/** Index-page entry for one scheme. */
export function authSection(scheme: SecuritySchemeIR, plan: ApiPlan): { name: string; howTo: string; description: string } {
  return {
    name: headingText(scheme.key),
    howTo: [deprecation(scheme), authHowTo(scheme, plan.credentialOption(scheme)), ...oauth2Notes(scheme)].filter(Boolean).join(' '),
    description: scheme.description ? escapeBlock(scheme.description) : '',
  };
}

/** Parameters-table row for a credential, so the table shows every value a request carries. */
export function authRow(entry: { use: AuthUse; need: string }) {
  const { use, need } = entry;
  const description = use.scheme.description ?? '';
  return {
    name: codeSpan(use.wire.name),
    in: use.wire.in,
    type: 'string',
    required: need,
    constraints: `credential ${codeSpan(use.wire.format)}`,
    description: [escapeTableCell(description), `Client option ${codeSpan(use.option)}.`]
      .filter((part) => part !== '')
      .join('<br />'),
  };
}
