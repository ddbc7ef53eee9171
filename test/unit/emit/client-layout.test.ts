import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitClientFile } from '../../../generator/emit/client/client-file.js';
import type { ApiIR, OperationIR, SecuritySchemeIR } from '../../../generator/ir/types.js';
import { formatFile, PRETTIER_OPTIONS } from '../../../generator/format/format.js';
import { planApi } from '../../../generator/plan/plan.js';
import { bearer, ir, op, param, response } from '../../client/support/ir.js';

/**
 * client.gen.ts is printed in prettier's layout (emit/client/print/) and skips prettier; prettier stays
 * the judge. Each case sweeps names and values across the widths where a layout changes (a line just
 * fitting in 100 columns, or not), so every break the printer decides is checked against prettier's.
 */
async function judged(api: ApiIR) {
  const file = emitClientFile(api, planApi(api));
  const ours = (await formatFile(file)).content;
  const reference = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: 'typescript', filepath: file.path });
  return { ours, reference, file };
}

/** camelCase names of 1 to 96 characters. */
const lengths = Array.from({ length: 48 }, (_, i) => 2 * i + 1);
const nameOf = (n: number) => `op${'Abcdefgh'.repeat(12)}`.slice(0, Math.max(n, 2));

function operation(name: string, extra: Partial<OperationIR> = {}): OperationIR {
  return op(name, {
    method: 'put',
    path: `/${name}/{id}`,
    parameters: { path: [param('id', 'path')], query: [param('q', 'query')], header: [param('X-Trace', 'header')], cookie: [] },
    body: { required: true, content: [], primary: { contentType: 'application/json', schema: { pointer: '' } }, pointer: '' },
    responses: [response('200', 'application/json'), response('404', 'application/json'), response('default', 'application/json')],
    security: [['bearerAuth']],
    ...extra,
  });
}

describe('client.gen.ts layout', () => {
  it('operation names of every width: request interfaces, result unions, Client methods, descriptors and createClient', async () => {
    const api = ir({ securitySchemes: [bearer], operations: lengths.map((n) => operation(nameOf(n))) });
    const { ours, reference, file } = await judged(api);
    expect(ours).toBe(reference);
    expect(file.preformatted).toBe(true);
  });

  it('paths, content types and security scheme keys of every width (string values and credentials objects break)', async () => {
    const schemes: SecuritySchemeIR[] = lengths.map((n) => ({ key: `k${'x'.repeat(n)}`, kind: 'http', scheme: 'bearer' }));
    const operations = lengths.map((n) =>
      operation(`op${n}`, {
        path: `/${'p'.repeat(n)}`,
        parameters: { path: [], query: [], header: [], cookie: [] },
        body: { required: false, content: [], primary: { contentType: `application/${'v'.repeat(n)}+json`, schema: { pointer: '' } }, pointer: '' },
        security: [[schemes[n % schemes.length]!.key]],
      }),
    );
    const { ours, reference, file } = await judged(ir({ securitySchemes: schemes, operations }));
    expect(ours).toBe(reference);
    expect(file.preformatted).toBe(true);
  });

  it('spec text in comments: several lines, CR line ends, trailing spaces, deprecation', async () => {
    const operations = [
      operation('described', { summary: 'Sum  ', description: 'line one\r\nline two  \rline three\n\n  indented', deprecated: true }),
      operation('plain', { summary: 'x'.repeat(150) }),
    ];
    const { ours, reference } = await judged(ir({ title: 'T\r\nitle', securitySchemes: [{ ...bearer, description: 'a\r\nb  ' }], operations }));
    expect(ours).toBe(reference);
  });

  it('what the printer leaves to prettier still comes out as prettier prints it: non-ASCII keys, server variables, streams', async () => {
    const scheme: SecuritySchemeIR = { key: 'clé', kind: 'http', scheme: 'bearer' };
    const streamed = operation('events', {
      method: 'get',
      body: undefined,
      responses: [{ ...response('200', 'text/event-stream'), primary: { contentType: 'text/event-stream', schema: { pointer: '' }, stream: 'sse' } }],
    });
    const servers = [{ url: 'https://{region}.example.com', variables: [{ name: 'region', default: 'eu', enum: ['eu', 'us'] }] }];
    const { ours, reference, file } = await judged(ir({ servers, securitySchemes: [scheme], operations: [streamed, operation('plain')] }));
    expect(ours).toBe(reference);
    expect(file.pieces?.filter((p) => !p.final).length).toBeGreaterThan(0);
  });
});
