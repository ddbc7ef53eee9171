import { describe, expect, it } from 'vitest';
import { generate } from '../../../generator/index.js';
import { normalize } from '../../../generator/ir/normalize.js';
import type { SchemaIR } from '../../../generator/ir/types.js';
import { MODULE_EXPORTS } from '../../../generator/plan/exports.js';
import { boundedFileName, MAX_FILE_NAME_BYTES } from '../../../generator/plan/files.js';
import { planApi } from '../../../generator/plan/plan.js';
import { childSchemas } from '../../../generator/plan/walk.js';

/** The plan decides every name, path and sidebar entry from the IR; emitters only read it. */
const doc = (extra: Record<string, unknown>) => ({ openapi: '3.1.0', info: { title: 'T', version: '1' }, ...extra });

describe('plan', () => {
  const api = normalize(
    doc({
      paths: {
        '/users/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          patch: {
            operationId: 'update-user',
            parameters: [
              { name: 'q', in: 'query', schema: { type: 'string' } },
              { name: 'c', in: 'cookie', schema: { type: 'string' } },
            ],
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
            responses: {
              '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
              '4XX': { description: 'bad', content: { 'application/json': { schema: { type: 'object' } } } },
              '204': { description: 'none' },
            },
          },
        },
      },
      components: {
        schemas: { user: { type: 'object' }, User: { type: 'object' }, zeta: { type: 'string' } },
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, key: { type: 'apiKey', in: 'query', name: 'api_key' } },
      },
    }),
    'specs/My API.yaml',
  );
  const plan = planApi(api);
  const op = api.operations[0]!;

  it('names an operation\'s symbols, and only those that exist', () => {
    const names = plan.operation(op);
    expect(names).toMatchObject({ method: 'updateUser', request: 'UpdateUserRequest', result: 'UpdateUserResult', body: 'UpdateUserBody' });
    expect(names.params).toEqual({ path: 'UpdateUserPathParams', query: 'UpdateUserQueryParams', cookie: 'UpdateUserCookies' });
    expect(op.responses.map((r) => names.response(r))).toEqual(['UpdateUserResponse200', 'UpdateUserResponse204', 'UpdateUserResponse4XX']);
    expect(names.docPath).toBe('operations/updateUser.md');
    expect(names.title).toBe('PATCH /users/{id}');
  });

  it('lists validators.gen.ts\'s exports: schemas, then per operation body, path/query/header groups and response bodies', () => {
    expect(plan.validators.all.map((v) => [v.name, v.guard ?? null, v.check])).toEqual([
      ['validateUser', 'isUser', 'checkUser'],
      ['validateUser2', 'isUser2', 'checkUser2'],
      ['validateZeta', 'isZeta', 'checkZeta'],
      ['validateUpdateUserBody', null, 'checkUpdateUserBody'],
      ['validateUpdateUserPathParams', null, 'checkUpdateUserPathParams'],
      ['validateUpdateUserQueryParams', null, 'checkUpdateUserQueryParams'],
      ['validateUpdateUserResponse200', null, 'checkUpdateUserResponse200'],
      ['validateUpdateUserResponse4XX', null, 'checkUpdateUserResponse4XX'],
    ]);
    expect(plan.validators.params(op, 'header')).toBeUndefined();
    expect(plan.validators.response(op, op.responses[1]!)).toBeUndefined(); // 204: no body, no validator
    expect(plan.validators.schemaCheck('/components/schemas/user')).toBe('checkUser2');
  });

  it('settles colliding schema names and reports the rename where the spec can fix it', () => {
    expect(plan.schemas.map((s) => [s.named.key, s.typeName, s.docPath])).toEqual([
      ['User', 'User', 'schemas/User.md'],
      ['user', 'User2', 'schemas/User2.md'],
      ['zeta', 'Zeta', 'schemas/Zeta.md'],
    ]);
    expect(plan.renames).toEqual([{ code: 'SPEC_NAME_COLLISION', pointer: '/components/schemas/user', message: 'schema user is named User2 because User is taken' }]);
  });

  it('decides paths, links and sidebar entries under the slug of the spec file', () => {
    expect(plan.slug).toBe('my-api');
    expect(plan.docs.file('operations/updateUser.md')).toBe('docs/operations/updateUser.md');
    expect(plan.docs.sidebarFile).toBe('docs/sidebar.json');
    expect(plan.docs.clientImport).toBe('./generated/my-api/index.js');
    expect(plan.docs.sidebar).toEqual({
      title: 'T',
      overview: { label: 'Overview', link: '/my-api/' },
      operations: [{ label: 'PATCH /users/{id}', link: '/my-api/operations/updateUser' }],
      operationGroups: [],
      schemas: [
        { label: 'User', link: '/my-api/schemas/User' },
        { label: 'User2', link: '/my-api/schemas/User2' },
        { label: 'Zeta', link: '/my-api/schemas/Zeta' },
      ],
    });
  });

  it('names credential options: the conventional name for an unambiguous kind', () => {
    expect(api.securitySchemes.map((s) => plan.credentialOption(s))).toEqual(['token', 'apiKey']);
  });

  it('resolves refs through the one index', () => {
    expect(plan.resolve('/components/schemas/User')).toBe(api.schemas.find((s) => s.key === 'User')!.schema);
    expect(plan.resolve('/components/schemas/Nope')).toBeUndefined();
  });
});

describe('the child keyword table', () => {
  it('walks every subschema the IR can hold', () => {
    const leaf = (n: number): SchemaIR => ({ pointer: `/${n}` });
    const schema: SchemaIR = {
      pointer: '',
      properties: [{ name: 'a', required: false, schema: leaf(1) }],
      patternProperties: [{ pattern: '^x', schema: leaf(2) }],
      additionalProperties: leaf(3), items: leaf(4), contains: leaf(5), propertyNames: leaf(6),
      not: leaf(7), if: leaf(8), then: leaf(9), else: leaf(10),
      allOf: [leaf(11)], anyOf: [leaf(12)], oneOf: [leaf(13)], prefixItems: [leaf(14)],
    };
    expect(childSchemas(schema).map((s) => Number(s.pointer.slice(1))).sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});

describe('fixed exports', () => {
  it('every name a generated module exports is the plan\'s or one of MODULE_EXPORTS, so the name table reserves it', async () => {
    const specs = ['test/fixtures/client-auth.yaml', 'test/fixtures/server-variables.yaml', 'test/fixtures/validators-modes.yaml'];
    const result = await generate({ specs, cwd: process.cwd() });
    for (const out of result.apis) {
      const plan = out.plan!;
      const planned = new Set([
        ...plan.schemas.map((s) => s.typeName),
        ...out.api!.operations.flatMap((op) => {
          const n = plan.operation(op);
          return [n.request, n.result, n.body, ...Object.values(n.params), ...op.responses.map((r) => n.response(r))];
        }),
        ...plan.validators.all.flatMap((v) => [v.name, v.guard]),
      ]);
      const fixed = new Set<string>(Object.values(MODULE_EXPORTS).flat());
      for (const file of out.files.filter((f) => f.path.endsWith('.gen.ts') && f.path !== 'client-runtime.gen.ts')) {
        const exported = [
          ...[...file.content.matchAll(/^export (?:declare )?(?:async )?(?:function|interface|type|const|class|let) ([\w$]+)/gm)].map((m) => m[1]!),
          ...[...file.content.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()).filter(Boolean)),
        ];
        expect(exported.length, file.path).toBeGreaterThan(0);
        for (const name of exported) expect(planned.has(name) || fixed.has(name), `${out.slug}/${file.path} exports ${name}`).toBe(true);
      }
    }
  });
});

describe('file names from spec names', () => {
  it('keep a name that fits, and bound one that does not by its start and a hash of the whole', () => {
    expect(boundedFileName('updateProfile', '.md')).toBe('updateProfile.md');
    expect(boundedFileName('a'.repeat(97), '.md')).toBe(`${'a'.repeat(97)}.md`); // exactly 100 bytes
    const long = 'a'.repeat(98);
    expect(boundedFileName(long, '.md')).toMatch(/^a{88}-[0-9a-f]{8}\.md$/);
    expect(Buffer.byteLength(boundedFileName(long, '.md'))).toBe(MAX_FILE_NAME_BYTES);
    expect(boundedFileName('a'.repeat(97), '.md')).toBe(boundedFileName('a'.repeat(97), '.md'));
    expect(boundedFileName(`${long}x`, '.md')).not.toBe(boundedFileName(`${long}y`, '.md'));
  });

  it('cut between characters, never inside one', () => {
    const name = 'Ü'.repeat(120);
    const file = boundedFileName(name, '.md');
    expect(Buffer.byteLength(file)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(file).toMatch(/^Ü+-[0-9a-f]{8}\.md$/);
  });

  it('depend on the name alone: a docs path does not change with the other operations', () => {
    const op = (id: string, path: string) => ({ [path]: { get: { operationId: id, responses: { '204': { description: 'x' } } } } });
    const longId = `get${'VeryLongOperationName'.repeat(15)}`;
    const alone = normalize(doc({ paths: op(longId, '/a') }), 'a.yaml');
    const crowded = normalize(doc({ paths: { ...op('zeta', '/0'), ...op(`${longId}Two`, '/b'), ...op(longId, '/a') } }), 'a.yaml');
    const docPath = (a: typeof alone) => planApi(a).operation(a.operations.find((o) => o.path === '/a')!).docPath;
    expect(docPath(crowded)).toBe(docPath(alone));
    expect(Buffer.byteLength(docPath(alone).split('/').pop()!)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });
});
