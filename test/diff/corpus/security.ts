import { opOf, type DiffCase } from '../support/case.js';

const AUTH = 'test/fixtures/client-auth.yaml';

/** Security schemes (createClient options) and requirements (what old clients send). */
export const securityCases: DiffCase[] = [
  {
    name: 'security-required-on-public-operation',
    base: AUTH,
    change: (s) => (opOf(s, '/public', 'get').security = [{ bearerAuth: [] }]),
    breaking: true,
    codes: ['SECURITY_REQUIREMENT_CHANGED'],
    probe: { wire: (c) => c.publicEndpoint!() },
  },
  {
    name: 'security-alternative-added',
    base: AUTH,
    change: (s) => opOf(s, '/both', 'get').security.push({}),
    breaking: false,
    codes: ['SECURITY_RELAXED'],
    probe: { wire: (c) => c.withKeyAndToken!() },
  },
  {
    name: 'security-alternative-removed',
    base: AUTH,
    change: (s) => (s.security = [{ apiKeyHeader: [] }]),
    breaking: true,
    codes: ['SECURITY_REQUIREMENT_CHANGED'],
    probe: { wire: (c) => c.withDocumentSecurity!(), options: { basicAuth: 'user:pass' } },
  },
  {
    name: 'security-scheme-header-renamed',
    base: AUTH,
    change: (s) => (s.components.securitySchemes.apiKeyHeader.name = 'X-Api-Token'),
    breaking: true,
    codes: ['SECURITY_SCHEME_CHANGED'],
    probe: { wire: (c) => c.withDocumentSecurity!() },
  },
  {
    name: 'security-scheme-removed',
    base: AUTH,
    change: (s) => {
      delete s.components.securitySchemes.basicAuth;
      s.security = [{ apiKeyHeader: [] }];
    },
    breaking: true,
    codes: ['SECURITY_SCHEME_REMOVED', 'SECURITY_REQUIREMENT_CHANGED'],
    probe: { compile: `const c2 = api.createClient({ basicAuth: 'user:pass' }); void c2;` },
  },
  {
    name: 'client-option-renamed',
    base: AUTH,
    change: (s) => (s.components.securitySchemes.partnerToken = { type: 'http', scheme: 'bearer' }),
    breaking: true,
    codes: ['CLIENT_OPTION_RENAMED', 'SECURITY_SCHEME_ADDED'],
    probe: { compile: `const c2 = api.createClient({ token: 'jwt' }); void c2;` },
  },
  {
    name: 'security-scheme-description-changed',
    base: AUTH,
    change: (s) => (s.components.securitySchemes.basicAuth.description = 'Username and password'),
    breaking: false,
    codes: [],
    probe: { wire: (c) => c.withDocumentSecurity!() },
  },
  {
    name: 'default-server-changed',
    base: AUTH,
    change: (s) => (s.servers = [{ url: 'https://auth2.example.com' }]),
    breaking: false,
    codes: ['SERVER_CHANGED'],
    probe: { compile: `const c2 = api.createClient({ token: 'jwt' }); await c2.withKeyAndToken(); void client;` },
  },
];
