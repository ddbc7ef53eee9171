import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../../generator/emit/client.js';
import { emitClientFile } from '../../../generator/emit/client/client-file.js';
import { resultMembers } from '../../../generator/emit/client/result-types.js';
import { runtimeSource } from '../../../generator/emit/client/runtime-source.js';
import type { ApiIR, OperationIR } from '../../../generator/ir/types.js';
import { planApi } from '../../../generator/plan/plan.js';
import { bearer, ir, op, param, queryKey, response } from '../../client/support/ir.js';
import { testEmitContext } from '../../support/emit-context.js';

/** The client emitter fed hand-built IR and its plan: structure asserted directly, no snapshots. Text is pre-prettier. */
const clientFile = (api: ApiIR) => emitClientFile(api, planApi(api)).content;

/** The result members of an API's only operation. */
function members(operation: OperationIR): string[] {
  const api = ir({ operations: [operation] });
  return resultMembers(operation, planApi(api).operation(operation), (name) => name);
}

function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

describe('resultMembers', () => {
  it('one documented success: the rest are undocumented failures with unknown bodies', () => {
    expect(members(op('getThing', { responses: [response('200', 'application/json')] }))).toEqual([
      'runtime.Success<200, GetThingResponse200>',
      'runtime.Failure<Exclude<runtime.HttpStatus, 200>, unknown>',
      'runtime.TransportError',
    ]);
  });

  it('ranges exclude their exact statuses; default splits into a 2xx success and the other failures', () => {
    const responses = [
      response('200', 'application/json'),
      response('404', 'application/json'),
      response('4XX', 'application/json'),
      response('default', 'application/json'),
    ];
    expect(members(op('getThing', { responses }))).toEqual([
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
      response(s, s === '2XX' ? 'image/png' : 'application/json'),
    );
    expect(members(op('getThing', { responses }))).toEqual([
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
    responses: [response('200', 'application/json'), response('204')],
    security: [['bearerAuth']],
  });
  const ping = op('ping', { method: 'head', responses: [response('200')] });
  const putThing = op('putThing', {
    method: 'put',
    body: {
      required: false,
      content: [{ contentType: 'application/json' }],
      primary: { contentType: 'application/json' },
      pointer: '',
    },
    responses: [response('200', 'application/json')],
  });

  it('one method per operation, named from the IR, with the argument required only when it must be', () => {
    const text = clientFile(ir({ operations: [getThing, ping, putThing], securitySchemes: [bearer] }));
    expect(text).toMatch(/getThing\(request: GetThingRequest\): Promise<GetThingResult>;/);
    expect(text).toMatch(/ping\(request\?: PingRequest\): Promise<PingResult>;/);
    expect(text).toMatch(/putThing\(request\?: PutThingRequest\): Promise<PutThingResult>;/);
    expect(text).toMatch(/path: GetThingPathParams;/);
    expect(text).toMatch(/query: GetThingQueryParams;/);
    expect(text).toMatch(/body\?: PutThingBody;/);
    expect(text).toContain("method: 'HEAD'");
    expect(text).toContain('credentials: { bearerAuth: options.token }');
    expect(syntaxErrors(text)).toEqual([]);
  });

  it('imports exactly the types and validators it uses; none from validators.gen.ts when the plan lists none', () => {
    const text = clientFile(ir({ operations: [getThing, putThing] }));
    expect(text).toMatch(
      /import type \{\s*GetThingPathParams,\s*GetThingQueryParams,\s*GetThingResponse200,\s*GetThingResponse204,\s*PutThingBody,\s*PutThingResponse200,?\s*\} from '.\/types.gen.js';/,
    );
    expect(text).toMatch(
      /import \{\s*validateGetThingPathParams,\s*validateGetThingQueryParams,\s*validateGetThingResponse200,\s*validatePutThingBody,\s*validatePutThingResponse200,?\s*\} from '.\/validators.gen.js';/,
    );
    expect(text).toContain("body: { contentType: 'application/json', validate: validatePutThingBody }");
    const bare = clientFile(ir({ operations: [ping] }));
    expect(bare).not.toContain('validators.gen.js');
  });

  it('validators per the contract; binary bodies are typed runtime.FetchBody (what fetch takes) and never validated', () => {
    const upload = op('upload', {
      method: 'post',
      body: { required: true, content: [], primary: { contentType: 'application/octet-stream' }, pointer: '' },
      responses: [response('200', 'image/png'), response('204')],
    });
    const api = ir({ operations: [getThing, putThing, upload] });
    expect(planApi(api).validators.all.map((v) => v.name).sort()).toEqual([
      'validateGetThingPathParams',
      'validateGetThingQueryParams',
      'validateGetThingResponse200',
      'validatePutThingBody',
      'validatePutThingResponse200',
      'validateUploadBody',
      'validateUploadResponse200',
    ]);
    const text = clientFile(api);
    expect(text).toMatch(/body: runtime\.FetchBody;/);
    expect(text).toContain("body: { contentType: 'application/octet-stream' }");
    expect(text).toContain("'200': { media: 'binary' }");
    expect(text).not.toContain('validateUploadBody');
  });

  it('baseUrl is required without servers; server variables get a typed ServerVariables', () => {
    const noServers = clientFile(ir({ servers: [] }));
    expect(noServers).toMatch(/ {2}baseUrl: string;/);
    expect(noServers).toMatch(/export function createClient\(options: ClientOptions\): Client/);
    expect(noServers).toContain('const defaultServer = undefined;');
    const variables = [
      { name: 'region', default: 'eu', enum: ['eu', 'us'] },
      { name: 'v', default: 'v2' },
    ];
    const withVars = clientFile(ir({ servers: [{ url: 'https://{region}.x.com/{v}', variables }] }));
    expect(withVars).toMatch(/export type ServerVariables = \{[^}]*region\?: 'eu' \| 'us';[^}]*v\?: string;/s);
    expect(withVars).toContain('serverVariables?: ServerVariables;');
    expect(withVars).toContain("{ url: 'https://{region}.x.com/{v}', variables: { region: 'eu', v: 'v2' } }");
  });

  it('spec text cannot break out of comments or strings', () => {
    const hostile = op('getThing', {
      path: "/it's/`x`/*/",
      summary: 'Ends a comment */ here',
      description: 'Backticks ` and quotes \' " and */ again',
      responses: [response('200', '*/*')],
      body: { required: true, content: [], primary: { contentType: '*/*' }, pointer: '' },
      deprecated: true,
    });
    const text = clientFile(
      ir({
        title: 'Evil */ API',
        operations: [hostile],
        securitySchemes: [{ ...queryKey, description: 'key */ here' }],
      }),
    );
    expect(syntaxErrors(text)).toEqual([]);
    expect(text).not.toMatch(/Ends a comment \*\/ here/);
    expect(text).toContain('@deprecated');
    expect(text).toContain('path: "/it\'s/`x`/*/"');
  });

  it('is deterministic', async () => {
    const api = ir({ operations: [getThing, ping, putThing], securitySchemes: [bearer, queryKey] });
    const ctx = testEmitContext();
    expect(await emitClient(api, planApi(api), ctx)).toEqual(await emitClient(api, planApi(api), ctx));
  });
});

describe('runtime source', () => {
  it('is one self-contained module: no imports, no node: specifiers', () => {
    const text = runtimeSource(testEmitContext().assets);
    expect(text).not.toMatch(/^import /m);
    expect(text).not.toContain('node:');
    expect(text).toMatch(/export function createCaller/);
    expect(text).toMatch(/export class ClientError/);
    expect(syntaxErrors(text)).toEqual([]);
  });

  it('emits client-runtime.gen.ts before client.gen.ts with the generated header', async () => {
    const api = ir();
    const files = await emitClient(api, planApi(api), testEmitContext());
    expect(files.map((f) => f.path)).toEqual(['client-runtime.gen.ts', 'client.gen.ts']);
    expect(files[0]!.content.startsWith('// Generated from specs/demo.yaml')).toBe(true);
  });
});
