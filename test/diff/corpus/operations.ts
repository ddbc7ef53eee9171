import { opOf, type DiffCase } from '../support/case.js';

const EXANTE = 'specs/exante.yaml';
const STATUSES = 'test/fixtures/client-statuses.yaml';

/** Operations: removed, renamed, moved, added, deprecated. */
export const operationCases: DiffCase[] = [
  {
    name: 'operation-removed',
    base: STATUSES,
    change: (s) => delete s.paths['/readme'],
    breaking: true,
    codes: ['OPERATION_REMOVED'],
    probe: { compile: `await client.getReadme();` },
  },
  {
    name: 'operation-renamed',
    base: EXANTE,
    change: (s) => (opOf(s, '/api/user', 'patch').operationId = 'updateMyProfile'),
    breaking: true,
    codes: ['OPERATION_RENAMED'],
    probe: { compile: `await client.updateCurrentUserProfile({ body: { firstname: 'Ada' } });` },
  },
  {
    name: 'operation-id-restyled',
    base: EXANTE,
    change: (s) => (opOf(s, '/api/user', 'patch').operationId = 'UpdateCurrentUserProfile'),
    breaking: false,
    codes: ['OPERATION_ID_CHANGED'],
    probe: { compile: `const r: api.UpdateCurrentUserProfileResult = await client.updateCurrentUserProfile({ body: { firstname: 'Ada' } }); void r;` },
  },
  {
    name: 'operation-id-given',
    base: 'test/fixtures/no-operation-id.yaml',
    change: (s) => (opOf(s, '/', 'get').operationId = 'fetchRoot'),
    breaking: true,
    codes: ['OPERATION_RENAMED'],
    probe: { compile: `await client.getRoot();` },
  },
  {
    name: 'operation-id-matching-derived-name',
    base: 'test/fixtures/no-operation-id.yaml',
    // Without an operationId the method is named from method and path: `getRoot` either way.
    change: (s) => (opOf(s, '/', 'get').operationId = 'getRoot'),
    breaking: false,
    codes: ['OPERATION_ID_CHANGED'],
    probe: { compile: `await client.getRoot();` },
  },
  {
    name: 'operation-moved-path',
    base: EXANTE,
    change: (s) => {
      s.paths['/api/v2/user'] = s.paths['/api/user'];
      delete s.paths['/api/user'];
    },
    breaking: true,
    codes: ['OPERATION_MOVED'],
    probe: { wire: (c) => c.updateCurrentUserProfile!({ body: { firstname: 'Ada' } }) },
  },
  {
    name: 'operation-moved-method',
    base: STATUSES,
    change: (s) => {
      s.paths['/items/{id}'].post = s.paths['/items/{id}'].delete;
      delete s.paths['/items/{id}'].delete;
    },
    breaking: true,
    codes: ['OPERATION_MOVED'],
    probe: { wire: (c) => c.deleteItem!({ path: { id: 3 } }), reply: { status: 204 } },
  },
  {
    name: 'operation-added',
    base: STATUSES,
    change: (s) => (s.paths['/health'] = { get: { operationId: 'health', responses: { '204': { description: 'Up' } } } }),
    breaking: false,
    codes: ['OPERATION_ADDED'],
    probe: { compile: `const r = await client.getItem({ path: { id: 1 } }); if (r.ok && r.status === 200) { const n: string = r.data.name; void n; }` },
  },
  {
    name: 'operation-deprecated',
    base: EXANTE,
    change: (s) => (opOf(s, '/api/user', 'patch').deprecated = true),
    breaking: false,
    codes: ['DEPRECATED'],
    probe: { compile: `await client.updateCurrentUserProfile({ body: { firstname: 'Ada' } });` },
  },
  {
    name: 'operation-summary-changed',
    base: EXANTE,
    change: (s) => (opOf(s, '/api/user', 'patch').summary = 'Update the signed-in user'),
    breaking: false,
    codes: ['DESCRIPTION_CHANGED'],
  },
];
