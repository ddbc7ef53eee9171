import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../../generator/emit/client.js';
import { emitClientFile } from '../../../generator/emit/client/client-file.js';
import { resultMembers } from '../../../generator/emit/client/result-types.js';
import { runtimeSource } from '../../../generator/emit/client/runtime-source.js';
import { exportedValidators } from '../../../generator/emit/client/validator-names.js';
import { bearer, ir, op, param, queryKey, response } from '../../client/support/ir.js';

/** The client emitter fed hand-built IR: structure asserted directly, no snapshots. Text is pre-prettier. */
const noValidators = new Set<string>();

function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

describe('resultMembers', () => {
  it('one documented success: the rest are undocumented failures with unknown bodies', () => {
    expect(resultMembers(op('getThing', { responses: [response('GetThing', '200', 'application/json')] }))).toEqual([
      'runtime.Success<200, GetThingResponse200>',
      'runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>',
      'runtime.TransportError',
    ]);
  });

  it('ranges exclude their exact statuses; default splits into a 2xx success and the other failures', () => {
    const responses = [
      response('GetThing', '200', 'application/json'),
      response('GetThing', '404', 'application/json'),
      response('GetThing', '4XX', 'application/json'),
      response('GetThing', 'default', 'application/json'),
    ];
    expect(resultMembers(op('getThing', { responses }))).toEqual([
      'runtime.Success<200, GetThingResponse200>',
      'runtime.Failure<404, GetThingResponse404>',
      'runtime.Failure<Exclude<runtime.Status4xx, 404>, GetThingResponse4XX>',
      'runtime.Success<Exclude<runtime.Status2xx, 200>, GetThingResponseDefault>',
      'runtime.Failure<runtime.Status3xx | runtime.Status5xx, GetThingResponseDefault>',
      'runtime.TransportError',
    ]);
  });

  it('every class covered by a range: no undocumented member; binary bodies are Blob', () => {
    const responses = ['2XX', '3XX', '4XX', '5XX'].map((s) =>
      response('GetThing', s, s === '2XX' ? 'image/png' : 'application/json'),
    );
    expect(resultMembers(op('getThing', { responses }))).toEqual([
      'runtime.Success<runtime.Status2xx, Blob>',
      'runtime.Failure<runtime.Status3xx, GetThingResponse3XX>',
      'runtime.Failure<runtime.Status4xx, GetThingResponse4XX>',
      'runtime.Failure<runtime.Status5xx, GetThingResponse5XX>',
      'runtime.TransportError',
    ]);
  });
});

describe('emitClientFile', () => {
  const getThing = op('getThing', {
    path: '/things/{id}',
    parameters: {
      path: [param('id', 'path')],
      query: [param('q', 'query', { required: true })],
      header: [],
      cookie: [],
    },
    responses: [response('GetThing', '200', 'application/json'), response('GetThing', '204')],
    security: [['bearerAuth']],
  });
  const ping = op('ping', { method: 'head', responses: [response('Ping', '200')] });
  const putThing = op('putThing', {
    method: 'put',
    body: {
      required: false,
      content: [{ contentType: 'application/json' }],
      primary: { contentType: 'application/json' },
      pointer: '',
    },
    responses: [response('PutThing', '200', 'application/json')],
  });

  it('one method per operation, named from the IR, with the argument required only when it must be', () => {
    const text = emitClientFile(
      ir({ operations: [getThing, ping, putThing], securitySchemes: [bearer] }),
      noValidators,
    ).content;
    expect(text).toMatch(/getThing\(request: GetThingRequest\): Promise<GetThingResult>;/);
    expect(text).toMatch(/ping\(request\?: PingRequest\): Promise<PingResult>;/);
    expect(text).toMatch(/putThing\(request\?: PutThingRequest\): Promise<PutThingResult>;/);
    expect(text).toMatch(/path: GetThingPathParams;/);
    expect(text).toMatch(/query: GetThingQueryParams;/);
    expect(text).toMatch(/body\?: PutThingBody;/);
    expect(text).toContain('method: "HEAD"');
    expect(text).toContain('credentials: { bearerAuth: options.token }');
    expect(syntaxErrors(text)).toEqual([]);
  });

  it('imports exactly the types it uses, and validators only when validators.gen.ts exports them', () => {
    const api = ir({ operations: [getThing, putThing] });
    const without = emitClientFile(api, noValidators).content;
    expect(without).not.toContain('validators.gen.js');
    expect(without).toMatch(
      /import type \{ GetThingPathParams, GetThingQueryParams, GetThingResponse200, GetThingResponse204, PutThingBody, PutThingResponse200 \} from '.\/types.gen.js';/,
    );
    const withSome = emitClientFile(api, new Set(['validatePutThingBody', 'validateGetThingResponse200'])).content;
    expect(withSome).toMatch(
      /import \{ validateGetThingResponse200, validatePutThingBody \} from '.\/validators.gen.js';/,
    );
    expect(withSome).toContain('body: { contentType: "application/json", validate: validatePutThingBody }');
  });

  it('validators per the contract; binary bodies are typed runtime.FetchBody (what fetch takes) and never validated', () => {
    const upload = op('upload', {
      method: 'post',
      body: { required: true, content: [], primary: { contentType: 'application/octet-stream' }, pointer: '' },
      responses: [response('Upload', '200', 'image/png'), response('Upload', '204')],
    });
    const api = ir({ operations: [getThing, putThing, upload] });
    expect([...exportedValidators(api)].sort()).toEqual([
      'validateGetThingPathParams',
      'validateGetThingQueryParams',
      'validateGetThingResponse200',
      'validatePutThingBody',
      'validatePutThingResponse200',
      'validateUploadBody',
      'validateUploadResponse200',
    ]);
    const text = emitClientFile(api, exportedValidators(api)).content;
    expect(text).toMatch(/body: runtime\.FetchBody;/);
    expect(text).toContain('body: { contentType: "application/octet-stream" }');
    expect(text).toContain('"200": { media: "binary" }');
    expect(text).not.toContain('validateUploadBody');
  });

  it('baseUrl is required without servers; server variables get a typed ServerVariables', () => {
    const noServers = emitClientFile(ir({ servers: [] }), noValidators).content;
    expect(noServers).toMatch(/ {2}baseUrl: string;/);
    expect(noServers).toMatch(/export function createClient\(options: ClientOptions\): Client/);
    expect(noServers).toContain('const defaultServer = undefined;');
    const variables = [
      { name: 'region', default: 'eu', enum: ['eu', 'us'] },
      { name: 'v', default: 'v2' },
    ];
    const withVars = emitClientFile(
      ir({ servers: [{ url: 'https://{region}.x.com/{v}', variables }] }),
      noValidators,
    ).content;
    expect(withVars).toMatch(/export type ServerVariables = \{[^}]*region\?: "eu" \| "us";[^}]*v\?: string;/s);
    expect(withVars).toContain('serverVariables?: ServerVariables;');
    expect(withVars).toContain('{ url: "https://{region}.x.com/{v}", variables: { region: "eu", v: "v2" } }');
  });

  it('spec text cannot break out of comments or strings', () => {
    const hostile = op('getThing', {
      path: "/it's/`x`/*/",
      summary: 'Ends a comment */ here',
      description: 'Backticks ` and quotes \' " and */ again',
      responses: [response('GetThing', '200', '*/*')],
      body: { required: true, content: [], primary: { contentType: '*/*' }, pointer: '' },
      deprecated: true,
    });
    const text = emitClientFile(
      ir({
        title: 'Evil */ API',
        operations: [hostile],
        securitySchemes: [{ ...queryKey, description: 'key */ here' }],
      }),
      noValidators,
    ).content;
    expect(syntaxErrors(text)).toEqual([]);
    expect(text).not.toMatch(/Ends a comment \*\/ here/);
    expect(text).toContain('@deprecated');
    expect(text).toContain('path: "/it\'s/`x`/*/"');
  });

  it('is deterministic', async () => {
    const api = ir({ operations: [getThing, ping, putThing], securitySchemes: [bearer, queryKey] });
    const ctx = { report: () => undefined };
    expect(await emitClient(api, ctx)).toEqual(await emitClient(api, ctx));
  });
});

describe('runtime source', () => {
  it('is one self-contained module: no imports, no node: specifiers', () => {
    const text = runtimeSource();
    expect(text).not.toMatch(/^import /m);
    expect(text).not.toContain('node:');
    expect(text).toMatch(/export function createCaller/);
    expect(text).toMatch(/export class ClientError/);
    expect(syntaxErrors(text)).toEqual([]);
  });

  it('emits client-runtime.gen.ts before client.gen.ts with the generated header', async () => {
    const files = await emitClient(ir(), { report: () => undefined });
    expect(files.map((f) => f.path)).toEqual(['client-runtime.gen.ts', 'client.gen.ts']);
    expect(files[0]!.content.startsWith('// Generated from specs/demo.yaml')).toBe(true);
  });
});
