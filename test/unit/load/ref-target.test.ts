import { describe, expect, it } from 'vitest';
import { kindAt } from '../../../generator/load/ref-kinds.js';
import { parseRefTarget } from '../../../generator/load/ref-target.js';

describe('what a $ref names', () => {
  it.each([
    ['#/components/schemas/A%20B', { kind: 'local', pointer: '/components/schemas/A B' }],
    ['./schemas/profile.yaml#/Profile', { kind: 'file', path: './schemas/profile.yaml', pointer: '/Profile' }],
    ['common.json', { kind: 'file', path: 'common.json', pointer: '' }],
    ['my%20file.yaml#/a~1b', { kind: 'file', path: 'my file.yaml', pointer: '/a~1b' }],
    ['./x.yaml#Profile', { kind: 'file', path: './x.yaml', pointer: undefined }],
    ['/etc/passwd', { kind: 'file', path: '/etc/passwd', pointer: '' }],
  ])('%s', (ref, expected) => expect(parseRefTarget(ref)).toEqual(expected));

  it.each(['https://example.com/a.yaml', 'http://127.0.0.1/x', 'file:///etc/passwd', 'FILE:/etc/passwd', '//host/a.yaml', 'urn:x:y', 'C:\\specs\\a.yaml'])(
    '%s is a URL, never read',
    (ref) => expect(parseRefTarget(ref)).toEqual({ kind: 'url' }),
  );
});

describe('the kind of object at a place in a document', () => {
  it.each([
    [['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema'], 'schema'],
    [['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'x', 'items'], 'schema'],
    [['paths', '/a', 'get', 'parameters', '0'], 'parameter'],
    [['paths', '/a'], 'pathItem'],
    [['paths', '/a', 'post', 'requestBody'], 'requestBody'],
    [['components', 'schemas', 'A', 'allOf', '1'], 'schema'],
    [['components', 'schemas', 'A', 'items', '0'], 'schema'],
    [['components', 'responses', 'NotFound', 'headers', 'X-Rate'], 'header'],
    [['paths', '/a', 'get', 'callbacks', 'onEvent', '{$request.body#/url}', 'post'], 'operation'],
    [['paths', '/a', 'get', 'responses', '200', 'content', 'text/event-stream', 'itemSchema'], 'schema'],
    [['info'], 'unknown'],
  ])('%j is a %s', (segments, kind) => expect(kindAt('document', segments)).toBe(kind));
});
