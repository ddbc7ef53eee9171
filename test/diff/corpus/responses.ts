import { propOf, schemaOf, type DiffCase, type Spec } from '../support/case.js';

const EXANTE = 'specs/exante.yaml';
const UPSUN = 'specs/upsun.yaml';
const TETHERAI = 'specs/tetherai.yaml';
const STATUSES = 'test/fixtures/client-statuses.yaml';
const COMPOSITION = 'test/fixtures/composition.yaml';
const getItem = (s: Spec) => s.paths['/items/{id}'].get;
/** Reads the exante user, as code written against the old client does. */
const user = (body: string) => `const res = await client.updateCurrentUserProfile(); if (res.ok) { const u = res.data.data?.user; ${body} }`;
/** Reads the upsun profile. */
const profile = (body: string) => `const res = await client.updateOrganizationProfile({ path: { organization_id: '01HZX3F5T6Y7Q8R9S0V1W2X3Y4' } }); if (res.ok) { const p = res.data; ${body} }`;
const TYPE_SWITCH = `switch (p.type) { case 'user': case 'organization': case undefined: break; default: { const never: never = p.type; return never; } }`;

/** Response statuses, bodies and the schemas the client receives. */
export const responseCases: DiffCase[] = [
  {
    name: 'response-property-removed',
    base: EXANTE,
    change: (s) => delete schemaOf(s, 'User').properties.email,
    breaking: true,
    codes: ['RESPONSE_PROPERTY_REMOVED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-property-added',
    base: EXANTE,
    change: (s) => (schemaOf(s, 'User').properties.locale = { type: 'string' }),
    breaking: false,
    codes: ['PROPERTY_ADDED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-property-made-optional',
    base: TETHERAI,
    change: (s) => (schemaOf(s, 'UpdateProfileResponse').required = ['persona']),
    breaking: true,
    codes: ['RESPONSE_PROPERTY_MADE_OPTIONAL'],
    probe: { compile: `const res = await client.updateCurrentUserProfile(); if (res.ok) { const u: object = res.data.user; void u; }` },
  },
  {
    name: 'response-property-made-required',
    base: EXANTE,
    change: (s) => (schemaOf(s, 'User').required = ['email']),
    breaking: false,
    codes: ['PROPERTY_MADE_REQUIRED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-property-type-changed',
    base: EXANTE,
    change: (s) => (propOf(s, 'User', 'email').type = 'integer'),
    breaking: true,
    codes: ['RESPONSE_TYPE_CHANGED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-property-made-nullable',
    base: EXANTE,
    change: (s) => (propOf(s, 'User', 'email').type = ['string', 'null']),
    breaking: true,
    codes: ['RESPONSE_TYPE_CHANGED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-property-null-dropped',
    base: EXANTE,
    prepare: (s) => (propOf(s, 'User', 'email').type = ['string', 'null']),
    change: (s) => (propOf(s, 'User', 'email').type = 'string'),
    breaking: false,
    codes: ['TYPE_NARROWED'],
    probe: { compile: user(`const e: string | null | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-nullable-30-dropped',
    base: 'test/fixtures/nullable-30.yaml',
    change: (s) => delete propOf(s, 'Thing', 'nickname').nullable,
    breaking: false,
    codes: ['TYPE_NARROWED'],
    probe: { compile: `const res = await client.getThing({ path: { id: 1 } }); if (res.ok) { const n: string | null | undefined = res.data.nickname; void n; }` },
  },
  {
    name: 'response-nullable-30-added',
    base: 'test/fixtures/nullable-30.yaml',
    change: (s) => (propOf(s, 'Owner', 'name').nullable = true),
    breaking: true,
    codes: ['RESPONSE_TYPE_CHANGED'],
    probe: { compile: `const res = await client.getThing({ path: { id: 1 } }); if (res.ok) { const n: string | undefined = res.data.owner?.name; void n; }` },
  },
  {
    name: 'response-enum-value-added',
    base: UPSUN,
    change: (s) => propOf(s, 'Profile', 'type').enum.push('team'),
    breaking: true,
    codes: ['RESPONSE_ENUM_VALUE_ADDED'],
    probe: { compile: profile(TYPE_SWITCH) },
  },
  {
    name: 'response-enum-value-removed',
    base: UPSUN,
    change: (s) => (propOf(s, 'Profile', 'type').enum = ['user']),
    breaking: true,
    codes: ['RESPONSE_ENUM_VALUE_REMOVED'],
    probe: { compile: profile(TYPE_SWITCH) },
  },
  {
    name: 'response-enum-reordered',
    base: UPSUN,
    change: (s) => propOf(s, 'Profile', 'type').enum.reverse(),
    breaking: false,
    codes: [],
    probe: { compile: profile(TYPE_SWITCH) },
  },
  {
    name: 'response-values-unrestricted',
    base: UPSUN,
    change: (s) => delete propOf(s, 'Profile', 'type').enum,
    breaking: true,
    codes: ['RESPONSE_VALUES_UNRESTRICTED'],
    probe: { compile: profile(TYPE_SWITCH) },
  },
  {
    name: 'response-values-restricted',
    base: EXANTE,
    change: (s) => (propOf(s, 'UserProfileResponse', 'status').enum = ['success', 'error']),
    breaking: false,
    codes: ['VALUES_RESTRICTED'],
    probe: { compile: `const res = await client.updateCurrentUserProfile(); if (res.ok) { const s: string | undefined = res.data.status; void s; }` },
  },
  {
    name: 'response-shared-enum-value-added',
    base: TETHERAI,
    change: (s) => schemaOf(s, 'AccessRole').enum.push('GUEST'),
    breaking: true,
    codes: ['RESPONSE_ENUM_VALUE_ADDED', 'ENUM_VALUE_ADDED'],
    probe: {
      compile: `const res = await client.updateCurrentUserProfile(); if (res.ok) { const r = res.data.user.accessRole; switch (r) { case 'SUPERADMIN': case 'ADMIN': case 'DEPARTMENT_HEAD': case 'SALES_REP': case undefined: break; default: { const never: never = r; return never; } } }`,
    },
  },
  {
    name: 'response-format-removed',
    base: EXANTE,
    change: (s) => delete propOf(s, 'User', 'uid').format,
    breaking: false,
    codes: ['RESPONSE_CONSTRAINT_RELAXED'],
    probe: { compile: user(`const id: string | undefined = u?.uid; void id;`) },
  },
  {
    name: 'response-integer-widened',
    base: EXANTE,
    change: (s) => (propOf(s, 'Company', 'max_documents').type = 'number'),
    breaking: false,
    codes: ['RESPONSE_CONSTRAINT_RELAXED'],
    probe: { compile: user(`const n: number | undefined = u?.active_company?.max_documents; void n;`) },
  },
  {
    name: 'response-index-signature-dropped',
    base: EXANTE,
    prepare: (s) => (schemaOf(s, 'User').additionalProperties = { type: 'string' }),
    change: (s) => delete schemaOf(s, 'User').additionalProperties,
    breaking: true,
    codes: ['RESPONSE_TYPE_CHANGED'],
    probe: { compile: user(`const extra: string | undefined = u?.['nickname']; void extra;`) },
  },
  {
    name: 'response-extra-keys-allowed',
    base: EXANTE,
    prepare: (s) => (schemaOf(s, 'Company').additionalProperties = false),
    change: (s) => delete schemaOf(s, 'Company').additionalProperties,
    breaking: false,
    codes: ['RESPONSE_CONSTRAINT_RELAXED'],
    probe: { compile: user(`const n: string | undefined = u?.active_company?.name; void n;`) },
  },
  {
    name: 'response-variant-added',
    base: COMPOSITION,
    change: (s) => {
      schemaOf(s, 'Pet').oneOf.push({ $ref: '#/components/schemas/Bird' });
      schemaOf(s, 'Pet').discriminator.mapping.bird = '#/components/schemas/Bird';
      s.components.schemas.Bird = { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { wingspan: { type: 'number' } } }] };
    },
    breaking: true,
    codes: ['RESPONSE_VARIANT_ADDED', 'VARIANT_ADDED', 'SCHEMA_ADDED'],
    probe: {
      compile: `const res = await client.createPet({ body: { kind: 'cat', name: 'Tom' } }); if (res.ok && res.status === 201) { const pet = res.data; if (pet.kind === 'cat') { void pet.indoor; } else { const good: boolean = pet.good; void good; } }`,
    },
  },
  {
    name: 'discriminator-tag-renamed',
    base: COMPOSITION,
    change: (s) => {
      const mapping = schemaOf(s, 'Pet').discriminator.mapping;
      mapping.hound = mapping.dog;
      delete mapping.dog;
    },
    breaking: true,
    codes: ['DISCRIMINATOR_CHANGED'],
    probe: { compile: `await client.createPet({ body: { kind: 'dog', name: 'Rex', good: true } });` },
  },
  {
    name: 'response-default-removed',
    base: EXANTE,
    prepare: (s) => (propOf(s, 'Company', 'name').default = 'unnamed'),
    change: (s) => delete propOf(s, 'Company', 'name').default,
    breaking: true,
    codes: ['RESPONSE_PROPERTY_MADE_OPTIONAL'],
    probe: { compile: user(`const c = u?.active_company; if (c) { const n: string = c.name; void n; }`) },
  },
  {
    name: 'shared-variant-removed',
    base: COMPOSITION,
    change: (s) => {
      schemaOf(s, 'Pet').oneOf = [{ $ref: '#/components/schemas/Cat' }];
      delete schemaOf(s, 'Pet').discriminator.mapping.dog;
    },
    breaking: true,
    codes: ['REQUEST_VARIANT_REMOVED', 'VARIANT_REMOVED'],
    probe: { compile: `await client.createPet({ body: { kind: 'dog', name: 'Rex', good: true } });` },
  },
  {
    name: 'shared-property-made-optional',
    base: COMPOSITION,
    change: (s) => (schemaOf(s, 'Base').required = ['kind']),
    breaking: true,
    codes: ['RESPONSE_PROPERTY_MADE_OPTIONAL', 'PROPERTY_MADE_OPTIONAL'],
    probe: { compile: `const res = await client.createPet({ body: { kind: 'cat', name: 'Tom' } }); if (res.ok && res.status === 201) { const n: string = res.data.name; void n; }` },
  },
  {
    name: 'shared-property-removed',
    base: COMPOSITION,
    change: (s) => {
      delete schemaOf(s, 'Base').properties.name;
      schemaOf(s, 'Base').required = ['kind'];
    },
    breaking: true,
    codes: ['REQUEST_PROPERTY_REMOVED', 'RESPONSE_PROPERTY_REMOVED'],
    probe: { compile: `await client.createPet({ body: { kind: 'cat', name: 'Tom' } });` },
  },
  {
    name: 'all-of-flattened-same-shape',
    base: COMPOSITION,
    change: (s) => {
      s.components.schemas.Cat = {
        type: 'object',
        required: ['kind', 'name'],
        properties: { kind: { type: 'string' }, name: { type: 'string', minLength: 1 }, indoor: { type: 'boolean' } },
      };
    },
    breaking: false,
    codes: [],
    probe: { compile: `await client.createPet({ body: { kind: 'cat', name: 'Tom', indoor: true } });` },
  },
  {
    name: 'recursive-schema-changed',
    base: 'test/fixtures/recursive-ref.yaml',
    change: (s) => (schemaOf(s, 'Node').properties.name.type = ['string', 'null']),
    breaking: true,
    codes: ['RESPONSE_TYPE_CHANGED'],
    probe: { compile: `const res = await client.getTree(); if (res.ok) { const first: string | undefined = res.data.children?.[0]?.name; void first; }` },
  },
  {
    name: 'recursive-schema-property-added',
    base: 'test/fixtures/recursive-ref.yaml',
    change: (s) => (schemaOf(s, 'Node').properties.weight = { type: 'number' }),
    breaking: false,
    codes: ['PROPERTY_ADDED'],
    probe: { compile: `const res = await client.getTree(); if (res.ok) { const n: string = res.data.name; void n; }` },
  },
  {
    name: 'success-status-removed',
    base: STATUSES,
    change: (s) => delete getItem(s).responses['204'],
    breaking: true,
    codes: ['SUCCESS_STATUS_REMOVED'],
    probe: { wire: (c) => c.getItem!({ path: { id: 1 } }), reply: { status: 204 } },
  },
  {
    name: 'success-status-changed',
    base: STATUSES,
    change: (s) => {
      const responses = s.paths['/readme'].get.responses;
      responses['201'] = responses['200'];
      delete responses['200'];
    },
    breaking: true,
    codes: ['SUCCESS_STATUS_CHANGED'],
    probe: { wire: (c) => c.getReadme!(), reply: { status: 201, body: 'hello', headers: { 'content-type': 'text/plain' } } },
  },
  {
    name: 'success-status-added',
    base: STATUSES,
    change: (s) => (s.paths['/items/{id}'].delete.responses['200'] = { description: 'The deleted item', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } }),
    breaking: true,
    codes: ['SUCCESS_STATUS_ADDED'],
    probe: { compile: `const res = await client.deleteItem({ path: { id: 1 } }); if (res.ok) { const d: undefined = res.data; void d; }` },
  },
  {
    name: 'error-status-removed',
    base: STATUSES,
    change: (s) => delete getItem(s).responses['404'],
    breaking: true,
    codes: ['ERROR_STATUS_REMOVED'],
    probe: { compile: `type NotFound = api.GetItemResponse404; const res = await client.getItem({ path: { id: 1 } }); if (res.status === 404) { const p: NotFound = res.error; void p; }` },
  },
  {
    name: 'error-body-removed',
    base: STATUSES,
    change: (s) => delete getItem(s).responses['404'].content,
    breaking: true,
    codes: ['ERROR_BODY_REMOVED'],
    probe: { compile: `const res = await client.getItem({ path: { id: 1 } }); if (res.status === 404) { const t: string = res.error.title; void t; }` },
  },
  {
    name: 'error-status-added',
    base: STATUSES,
    change: (s) => (getItem(s).responses['409'] = { description: 'Conflict', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } }),
    breaking: false,
    codes: ['ERROR_STATUS_ADDED'],
    probe: { compile: `const res = await client.getItem({ path: { id: 1 } }); if (res.status === 404) { const t: string = res.error.title; void t; } else if (res.ok && res.status === 200) { void res.data.name; }` },
  },
  {
    name: 'response-body-removed',
    base: STATUSES,
    change: (s) => delete getItem(s).responses['200'].content,
    breaking: true,
    codes: ['RESPONSE_BODY_REMOVED'],
    probe: { compile: `const res = await client.getItem({ path: { id: 1 } }); if (res.ok && res.status === 200) { const n: string = res.data.name; void n; }` },
  },
  {
    name: 'response-body-added',
    base: STATUSES,
    change: (s) => (s.paths['/items/{id}'].head.responses['404'].content = { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } }),
    breaking: false,
    codes: ['RESPONSE_BODY_ADDED'],
    probe: { compile: `const res = await client.itemExists({ path: { id: 1 } }); const exists: boolean = res.ok; void exists;` },
  },
  {
    name: 'response-media-type-changed',
    base: STATUSES,
    change: (s) => (s.paths['/readme'].get.responses['200'].content = { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } }),
    breaking: true,
    codes: ['RESPONSE_MEDIA_TYPE_CHANGED'],
    probe: { compile: `const res = await client.getReadme(); if (res.ok) { const text: string = res.data; void text; }` },
  },
  {
    name: 'shared-property-made-write-only',
    base: 'test/fixtures/validators-modes.yaml',
    change: (s) => (propOf(s, 'Account', 'plan').writeOnly = true),
    breaking: false,
    codes: ['RESPONSE_PROPERTY_MADE_WRITE_ONLY', 'ACCESS_CHANGED'],
    probe: { compile: `const res = await client.createAccount({ body: { id: 'a1', name: 'n', password: 'long enough', plan: 'pro' } }); if (res.ok) { const p: 'free' | 'pro' | undefined = res.data.plan; void p; }` },
  },
  {
    name: 'unjudged-keyword-added',
    base: EXANTE,
    change: (s) => (propOf(s, 'User', 'email').not = { const: '' }),
    breaking: false,
    codes: ['SCHEMA_NOT_COMPARED'],
    probe: { compile: user(`const e: string | undefined = u?.email; void e;`) },
  },
  {
    name: 'response-description-changed',
    base: STATUSES,
    change: (s) => (getItem(s).responses['200'].description = 'The item, as stored'),
    breaking: false,
    codes: ['DESCRIPTION_CHANGED'],
  },
];
