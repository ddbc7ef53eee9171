import { describe, expect, it } from 'vitest';
import { applyCredentials, type AuthTarget } from '../../../generator/emit/client/runtime/auth.js';
import type { CallState, OperationSpec, ParamSpec } from '../../../generator/emit/client/runtime/contract.js';
import { redact } from '../../../generator/emit/client/runtime/redact.js';
import { backoff, DEFAULT_RETRY, parseRetryAfter } from '../../../generator/emit/client/runtime/retry.js';
import { cookieString, encodeBody, expandPath, isJson, queryString } from '../../../generator/emit/client/runtime/serialize.js';
import { validateRequest } from '../../../generator/emit/client/runtime/validate.js';

/** The runtime's pure helpers, on real values (the runtime is emitted verbatim, so this is the shipped code). */
const q = (name: string, style = 'form', explode = style === 'form', allowReserved = false): ParamSpec => ({
  name,
  in: 'query',
  style,
  explode,
  allowReserved,
});
const p = (name: string, style = 'simple', explode = false): ParamSpec => ({ name, in: 'path', style, explode });

describe('queryString (OpenAPI style/explode)', () => {
  it.each([
    ['form, explode (default)', q('id'), [3, 4], '?id=3&id=4'],
    ['form, no explode', q('id', 'form', false), [3, 4], '?id=3,4'],
    ['spaceDelimited', q('id', 'spaceDelimited', false), [3, 4], '?id=3%204'],
    ['pipeDelimited', q('id', 'pipeDelimited', false), [3, 4], '?id=3|4'],
    ['deepObject', q('color', 'deepObject', true), { R: 100, G: 200 }, '?color[R]=100&color[G]=200'],
    ['form object, explode', q('color'), { R: 100, G: 200 }, '?R=100&G=200'],
    ['form object, no explode', q('color', 'form', false), { R: 100, G: 200 }, '?color=R,100,G,200'],
    ['primitive, encoded', q('q'), 'a b&c=d/é', '?q=a%20b%26c%3Dd%2F%C3%A9'],
    [
      'allowReserved keeps reserved, not & = #',
      q('next', 'form', true, true),
      'https://x/y?z&w=#f',
      '?next=https://x/y?z%26w%3D%23f',
    ],
    ['boolean and null', q('flag'), false, '?flag=false'],
  ])('%s', (_, spec, value, expected) => {
    expect(queryString([spec], { [spec.name]: value })).toBe(expected);
  });

  it('skips undefined values and non-query parameters; empty when nothing is set', () => {
    expect(queryString([q('a'), q('b'), p('c')], { a: undefined, b: 1, c: 2 })).toBe('?b=1');
    expect(queryString([q('a')], {})).toBe('');
  });
});

describe('expandPath (simple/label/matrix)', () => {
  it.each([
    ['simple primitive, percent-encoded', p('id'), 'a/b c', '/x/a%2Fb%20c'],
    ['simple array', p('id'), [3, 4], '/x/3,4'],
    ['simple object', p('id'), { R: 1, G: 2 }, '/x/R,1,G,2'],
    ['simple object, explode', p('id', 'simple', true), { R: 1, G: 2 }, '/x/R=1,G=2'],
    ['label', p('id', 'label'), [3, 4], '/x/.3,4'],
    ['label, explode', p('id', 'label', true), [3, 4], '/x/.3.4'],
    ['matrix', p('id', 'matrix'), 5, '/x/;id=5'],
    ['matrix array, explode', p('id', 'matrix', true), [3, 4], '/x/;id=3;id=4'],
  ])('%s', (_, spec, value, expected) => {
    expect(expandPath({ path: '/x/{id}', params: [spec] }, { id: value })).toBe(expected);
  });
});

describe('names of Object.prototype members', () => {
  // A parameter or security scheme named `valueOf` or `constructor` that the call leaves out must not
  // pick up Object.prototype's function (sent as "function valueOf() { [native code] }").
  const op: OperationSpec = { method: 'get', path: '/x/{constructor}', params: [p('constructor'), q('valueOf')], responses: {}, security: [['toString']] };

  it('reads parameter values only when the call sets them', () => {
    expect(queryString([q('valueOf'), q('hasOwnProperty')], {})).toBe('');
    expect(expandPath(op, {})).toBe('/x/{constructor}');
    expect(cookieString([{ name: 'toString', in: 'cookie', style: 'form', explode: true }], {})).toBe('');
    expect(validateRequest(op, {}).map((i) => i.message)).toEqual(['missing path parameter constructor']);
    expect(queryString([q('valueOf')], { valueOf: 1 })).toBe('?valueOf=1');
  });

  it('sends no credential for a scheme whose option is not set', async () => {
    const target: AuthTarget = { headers: {}, url: 'https://x/y', secrets: [], redactKeys: [] };
    const state = { op, input: {}, options: {}, baseUrl: 'https://x', schemes: [{ key: 'toString', option: 'apiKey', scheme: 'apiKey', in: 'header', name: 'X-Key' }], credentials: {} } as unknown as CallState;
    await applyCredentials(state, target);
    expect(target).toEqual({ headers: {}, url: 'https://x/y', secrets: [], redactKeys: [] });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  const h = (init: Record<string, string>) => new Headers(init);
  it('reads delta-seconds, HTTP dates and retry-after-ms; ignores garbage', () => {
    expect(parseRetryAfter(h({ 'retry-after': '1' }), now)).toBe(1000);
    expect(parseRetryAfter(h({ 'retry-after': ' 120 ' }), now)).toBe(120_000);
    expect(parseRetryAfter(h({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(30_000);
    expect(parseRetryAfter(h({ 'retry-after': 'Tue, 31 Dec 2024 23:00:00 GMT' }), now)).toBe(0);
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(parseRetryAfter(h({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(h({ 'retry-after': '-1' }), now)).toBeUndefined();
    expect(parseRetryAfter(h({}), now)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles per attempt within [delay/2, delay] and never passes maxDelayMs', () => {
    const retry = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    for (let i = 0; i < 200; i++) {
      const first = backoff(retry, 1);
      const third = backoff(retry, 3);
      const tenth = backoff(retry, 10);
      expect(first).toBeGreaterThanOrEqual(50);
      expect(first).toBeLessThanOrEqual(100);
      expect(third).toBeGreaterThanOrEqual(200);
      expect(third).toBeLessThanOrEqual(400);
      expect(tenth).toBeGreaterThanOrEqual(500);
      expect(tenth).toBeLessThanOrEqual(1000);
    }
  });
});

describe('redact', () => {
  it('hides query keys by name, known secrets (raw and encoded) and URL passwords', () => {
    expect(redact('https://x/p?a=1&api_key=abc%2Fd&b=2', { secrets: [], queryKeys: ['api_key'] })).toBe(
      'https://x/p?a=1&api_key=***&b=2',
    );
    expect(redact('failed: token tok/123456 and tok%2F123456', { secrets: ['tok/123456'], queryKeys: [] })).toBe(
      'failed: token *** and ***',
    );
    expect(redact('https://ada:hunter2@x/p', { secrets: [], queryKeys: [] })).toBe('https://ada:***@x/p');
    expect(redact('the letter t stays', { secrets: ['t'], queryKeys: [] })).toBe('the letter t stays');
  });
});

describe('media and bodies', () => {
  it('isJson accepts +json and parameters, rejects look-alikes', () => {
    for (const t of [
      'application/json',
      'application/problem+json',
      'application/vnd.api+json; charset=utf-8',
      'APPLICATION/JSON',
    ])
      expect(isJson(t)).toBe(true);
    for (const t of ['text/html', 'application/jsonl', 'application/json-seq', 'application/xml'])
      expect(isJson(t)).toBe(false);
  });

  it('encodeBody: JSON text, form fields, multipart, text', async () => {
    expect(encodeBody('application/json', { a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(String(encodeBody('application/x-www-form-urlencoded', { a: 'b c', t: ['x', 'y'], u: undefined }))).toBe(
      'a=b+c&t=x&t=y',
    );
    const form = encodeBody('multipart/form-data', { name: 'n', file: new Blob(['hi']) }) as FormData;
    expect(form.get('name')).toBe('n');
    expect(await (form.get('file') as Blob).text()).toBe('hi');
    expect(encodeBody('text/plain', 42)).toBe('42');
  });
});
