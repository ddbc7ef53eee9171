import { schemaOf, type DiffCase, type Spec } from '../support/case.js';

const EXANTE = 'specs/exante.yaml';

/** Replaces every `$ref` to one component with another. */
function retarget(node: unknown, from: string, to: string): void {
  if (Array.isArray(node)) node.forEach((n) => retarget(n, from, to));
  else if (node && typeof node === 'object') {
    const o = node as Spec;
    if (o.$ref === from) o.$ref = to;
    Object.values(o).forEach((v) => retarget(v, from, to));
  }
}

/** Component schemas as exported types, and exports that disappear. */
export const componentCases: DiffCase[] = [
  {
    name: 'schema-renamed-same-shape',
    base: EXANTE,
    change: (s) => {
      s.components.schemas.Employer = s.components.schemas.Company;
      delete s.components.schemas.Company;
      retarget(s, '#/components/schemas/Company', '#/components/schemas/Employer');
    },
    breaking: true,
    codes: ['SCHEMA_RENAMED'],
    probe: { compile: `const c: api.Company = { name: 'Acme' }; void c;` },
  },
  {
    name: 'schema-inlined-and-removed',
    base: EXANTE,
    change: (s) => {
      schemaOf(s, 'User').properties.active_company = s.components.schemas.Company;
      delete s.components.schemas.Company;
    },
    breaking: true,
    codes: ['SCHEMA_REMOVED'],
    probe: { compile: `const ok = (value: unknown): boolean => api.isCompany(value); void ok;` },
  },
  {
    name: 'schema-inlined-kept',
    base: EXANTE,
    change: (s) => (schemaOf(s, 'User').properties.active_company = structuredClone(s.components.schemas.Company)),
    breaking: false,
    codes: [],
    probe: { compile: `const res = await client.updateCurrentUserProfile(); if (res.ok) { const c: api.Company | undefined = res.data.data?.user?.active_company; void c; }` },
  },
  {
    name: 'schema-added',
    base: EXANTE,
    change: (s) => (s.components.schemas.Team = { type: 'object', properties: { name: { type: 'string' } } }),
    breaking: false,
    codes: ['SCHEMA_ADDED'],
    probe: { compile: `const c: api.Company = { name: 'Acme' }; void c;` },
  },
  {
    name: 'unused-schema-property-removed',
    base: EXANTE,
    prepare: (s) => (s.components.schemas.Note = { type: 'object', properties: { text: { type: 'string' }, pinned: { type: 'boolean' } } }),
    change: (s) => delete schemaOf(s, 'Note').properties.pinned,
    breaking: true,
    codes: ['REQUEST_PROPERTY_REMOVED', 'RESPONSE_PROPERTY_REMOVED'],
    probe: { compile: `const n: api.Note = { text: 'x', pinned: true }; void n;` },
  },
  {
    name: 'unused-schema-property-added',
    base: EXANTE,
    prepare: (s) => (s.components.schemas.Note = { type: 'object', properties: { text: { type: 'string' } } }),
    change: (s) => (schemaOf(s, 'Note').properties.pinned = { type: 'boolean' }),
    breaking: false,
    codes: ['PROPERTY_ADDED'],
    probe: { compile: `const n: api.Note = { text: 'x' }; const t: string | undefined = n.text; void t;` },
  },
  {
    name: 'schema-name-taken-by-new-schema',
    base: EXANTE,
    prepare: (s) => (s.components.schemas['user-settings'] = { type: 'object', properties: { theme: { type: 'string' } } }),
    change: (s) => (s.components.schemas.UserSettings = { type: 'object', required: ['mode'], properties: { mode: { type: 'integer' } } }),
    breaking: true,
    codes: ['SCHEMA_RENAMED', 'SCHEMA_ADDED'],
    probe: { compile: `const settings: api.UserSettings = { theme: 'dark' }; void settings;` },
  },
  {
    name: 'parameter-group-emptied',
    base: EXANTE,
    prepare: (s) => (s.paths['/api/user'].patch.parameters = [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }]),
    change: (s) => delete s.paths['/api/user'].patch.parameters,
    breaking: true,
    codes: ['PARAMETER_REMOVED', 'EXPORT_REMOVED'],
    probe: { compile: `const q: api.UpdateCurrentUserProfileQueryParams = { dryRun: true }; void q;` },
  },
  {
    name: 'descriptions-changed',
    base: EXANTE,
    change: (s) => {
      schemaOf(s, 'User').description = 'The signed-in user';
      s.components.schemas.User.properties.email.description = 'Login e-mail';
      s.components.schemas.UpdateProfileRequest.description = 'Fields to change';
    },
    breaking: false,
    codes: ['DESCRIPTION_CHANGED'],
    probe: { compile: `const res = await client.updateCurrentUserProfile({ body: { firstname: 'Ada' } }); if (res.ok) { void res.data.data?.user?.email; }` },
  },
];
