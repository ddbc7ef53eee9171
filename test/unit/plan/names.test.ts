import { describe, expect, it } from 'vitest';
import { buildNameTable } from '../../../generator/plan/name-table.js';
import { camelCase, nameFromMethodAndPath, pascalCase, settleNames, slugFromFile } from '../../../generator/plan/names.js';

describe('case functions', () => {
  it.each([
    ['user_profile', 'UserProfile'],
    ['user-profile', 'UserProfile'],
    ['userProfile', 'UserProfile'],
    ['HTTPStatus', 'HTTPStatus'],
    ['2fa settings', '_2faSettings'],
    ['Ünïcode name', 'ÜnïcodeName'],
    ['', 'Unnamed'],
  ])('pascalCase(%j) = %j', (input, expected) => expect(pascalCase(input)).toBe(expected));

  it.each([
    ['update-current-user', 'updateCurrentUser'],
    ['UpdateYourProfile', 'updateYourProfile'],
    ['URLShortener', 'urlShortener'],
    ['get_v2_user', 'getV2User'],
  ])('camelCase(%j) = %j', (input, expected) => expect(camelCase(input)).toBe(expected));

  it('names an operation from method and path', () => {
    expect(nameFromMethodAndPath('patch', '/organizations/{organization_id}/profile')).toBe('patchOrganizationsByOrganizationIdProfile');
    expect(nameFromMethodAndPath('get', '/')).toBe('getRoot');
    expect(nameFromMethodAndPath('patch', '/api/v1/accounts/update_credentials')).toBe('patchApiV1AccountsUpdateCredentials');
  });

  it('derives output folder names from spec files', () => {
    expect(slugFromFile('specs/My API.yaml')).toBe('my-api');
    expect(slugFromFile('specs/exante.yaml')).toBe('exante');
  });
});

describe('collisions settle the same way whatever the input order', () => {
  const candidates = [
    { source: 'Foo_Bar', proposed: 'FooBar' },
    { source: 'FooBar', proposed: 'FooBar' },
    { source: 'foo-bar', proposed: 'FooBar' },
  ];

  it('keeps names already in final form and suffixes the rest in code-unit order of their source', () => {
    const forward = settleNames(candidates, new Set()).names;
    const backward = settleNames([...candidates].reverse(), new Set()).names;
    expect(Object.fromEntries(forward)).toEqual({ FooBar: 'FooBar', 'Foo_Bar': 'FooBar2', 'foo-bar': 'FooBar3' });
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('keeps reserved words and global names out of type names', () => {
    const table = buildNameTable(['Response', 'string', 'Client', 'Profile'], []);
    expect(Object.fromEntries(table.schemaTypes)).toEqual({ Response: 'Response_', string: 'String_', Client: 'Client_', Profile: 'Profile' });
  });

  it('moves an operation aside when a schema already owns one of its derived type names', () => {
    const table = buildNameTable(['UpdateProfileBody'], [
      { key: 'PATCH /me', operationId: 'updateProfile', method: 'patch', path: '/me', statuses: ['200'], pointer: '' },
    ]);
    expect(table.operations.get('PATCH /me')).toEqual({ method: 'updateProfile2', base: 'UpdateProfile2' });
    expect(table.renames).toHaveLength(1);
  });

  it('gives reserved-word operationIds a trailing underscore', () => {
    const table = buildNameTable([], [{ key: 'DELETE /x', operationId: 'delete', method: 'delete', path: '/x', statuses: [], pointer: '' }]);
    expect(table.operations.get('DELETE /x')!.method).toBe('delete_');
  });

  it('moves operationIds that name built-in object members, or `then`, aside and reports each', () => {
    const ops = ['then', 'toString', 'constructor', 'to_string'].map((id) => ({ key: `GET /${id}`, operationId: id, method: 'get', path: `/${id}`, statuses: [], pointer: `/${id}` }));
    const table = buildNameTable([], ops);
    expect(ops.map((op) => table.operations.get(op.key)!.method)).toEqual(['then_', 'toString_', 'constructor_', 'toString_2']);
    expect(table.renames.map((r) => [r.source, r.final, r.reason])).toEqual([
      ['constructor', 'constructor_', 'builtin'],
      ['then', 'then_', 'builtin'],
      ['toString', 'toString_', 'builtin'],
      ['to_string', 'toString_2', 'builtin'],
    ]);
  });
});

