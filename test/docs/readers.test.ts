import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../generator/cli/config.js';
import { expandPath, queryString } from '../../generator/emit/client/runtime/serialize.js';
import { resolveBaseUrl } from '../../generator/emit/client/runtime/call.js';
import type { ApiOutput } from '../../generator/index.js';
import type { OperationIR } from '../../generator/ir/types.js';
import { parseGfm, parseMdx } from './renderers.js';
import { allFixtures, docsFiles, docsInputs, fencedBlocks, generateApis, root, stripFrontMatter } from './support.js';

/**
 * The docs are for people who call the API, not for those who transcribed the spec: no provenance
 * notes unless asked for, examples that agree with each other, titles that read as written in every
 * renderer, one table style per page, and no descriptions made up to fill a slot.
 */
let apis: ApiOutput[] = [];
const SEEDS = ['exante', 'insighto', 'stuut', 'tetherai', 'upsun'];

beforeAll(async () => {
  apis = await generateApis([...new Set([...docsInputs(), ...allFixtures()])]);
}, 120_000);

const pages = (api: ApiOutput) => [...docsFiles(api)].filter(([p]) => p.endsWith('.md'));
const seeds = () => apis.filter((a) => SEEDS.includes(a.slug));

describe('x-source-note', () => {
  it('is left out of every page by default, though the seeds carry many', async () => {
    const notes = seeds().flatMap((a) => [a.api!.sourceNote, ...a.api!.operations.map((o) => o.sourceNote), ...a.api!.schemas.map((s) => s.schema.sourceNote)]);
    expect(notes.filter(Boolean).length).toBeGreaterThan(5);
    for (const api of seeds()) {
      for (const [page, markdown] of pages(api)) expect(markdown, `${api.slug}/${page}`).not.toMatch(/Note from the spec/);
    }
  });

  it('is shown with the sourceNotes option (CLI --source-notes, config key sourceNotes)', async () => {
    const [exante] = (await import('../../generator/index.js').then((m) => m.generate({ specs: ['specs/exante.yaml'], cwd: root, sourceNotes: true }))).apis;
    const op = exante!.api!.operations[0]!;
    const page = docsFiles(exante!).get(exante!.plan!.operation(op).docPath)!;
    expect(op.sourceNote).toBeTruthy();
    expect(page).toContain('> **Note from the spec:** The page shows no operationId');
    expect((await resolveConfig(['--source-notes'], root)).sourceNotes).toBe(true);
    expect((await resolveConfig([], root)).sourceNotes).toBe(false);
  });
});

describe('curl and TypeScript examples', () => {
  /** The call the TypeScript example makes: client options and the argument, as values. */
  function typescriptCall(snippet: string): { options: Record<string, unknown>; args: Record<string, unknown> } {
    const file = ts.createSourceFile('x.ts', snippet, ts.ScriptTarget.ES2022);
    const found: ts.ObjectLiteralExpression[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) found.push(node.arguments[0]);
      ts.forEachChild(node, visit);
    };
    visit(file);
    // Object literals of JSON values only (the examples print them so): evaluate them as such.
    const value = (node: ts.ObjectLiteralExpression) => new Function(`return (${node.getText(file)});`)() as Record<string, unknown>;
    return { options: value(found[0]!), args: found[1] ? value(found[1]) : {} };
  }

  /** curl's `--url`, with the shell assignments of the block applied. */
  function curlUrl(block: string): string {
    const vars = new Map([...block.matchAll(/^([A-Z_][A-Z0-9_]*)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
    const url = /--url "([^"]*)"/.exec(block)![1]!;
    return url.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (whole, name: string) => vars.get(name) ?? whole);
  }

  function expectedUrl(op: OperationIR, base: string, args: Record<string, unknown>): string {
    const params = (['path', 'query'] as const).flatMap((where) => op.parameters[where].map((p) => ({ name: p.name, in: p.in, style: p.style, explode: p.explode, allowReserved: p.allowReserved })));
    const path = expandPath({ path: op.path, params }, (args.path ?? {}) as Record<string, unknown>);
    return `${base}${path}${queryString(params, (args.query ?? {}) as Record<string, unknown>)}`;
  }

  it('send the same request: base URL, path and query values, on every operation page', () => {
    let checked = 0;
    for (const api of apis) {
      const server = api.api!.servers[0];
      const defaultServer = server && { url: server.url, variables: Object.fromEntries(server.variables.map((v) => [v.name, v.default])) };
      for (const op of api.api!.operations) {
        const markdown = docsFiles(api).get(api.plan!.operation(op).docPath)!;
        const [curl] = fencedBlocks(markdown, 'sh');
        const [snippet] = fencedBlocks(markdown, 'ts');
        const { options, args } = typescriptCall(snippet!);
        const base = resolveBaseUrl(options, defaultServer);
        // The client adds an API key in the query itself; curl spells it out.
        const url = curlUrl(curl!).replace(/[?&][^?&=]+=\$API_KEY$/, '');
        expect(url, `${api.slug} ${api.plan!.operation(op).docPath}`).toBe(expectedUrl(op, base, args));
        expect(url, `${api.slug} ${api.plan!.operation(op).docPath}: a placeholder left in the URL`).not.toMatch(/[<>]/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('set the server variables the same way: a shell variable in curl, serverVariables in TypeScript', () => {
    const withVariables = apis.filter((a) => a.api!.servers[0]?.variables.length);
    expect(withVariables.map((a) => a.slug)).toEqual(expect.arrayContaining(['tetherai', 'server-variables']));
    for (const api of withVariables) {
      for (const op of api.api!.operations) {
        const markdown = docsFiles(api).get(api.plan!.operation(op).docPath)!;
        const [curl] = fencedBlocks(markdown, 'sh');
        const { options } = typescriptCall(fencedBlocks(markdown, 'ts')[0]!);
        for (const v of api.api!.servers[0]!.variables.filter((x) => api.api!.servers[0]!.url.includes(`{${x.name}}`))) {
          expect((options.serverVariables as Record<string, string>)[v.name], `${api.slug}: ${v.name}`).toBe(v.default);
          const shell = new RegExp(`^([A-Z_][A-Z0-9_]*)='${v.default.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'$`, 'm').exec(curl!);
          expect(shell, `${api.slug}: ${v.name} in curl`).not.toBeNull();
          expect(curl).toContain(`\${${shell![1]}}`);
        }
      }
    }
  });
});

describe('titles, headings and the sidebar', () => {
  const entity = /&(#\d+|#x[\da-f]+|[a-z]+);/i;

  it('hold no HTML entities in the seeds', () => {
    for (const api of seeds()) {
      for (const [page, markdown] of pages(api)) {
        const titled = markdown.split('\n').filter((l) => /^#{1,6} |^title: /.test(l));
        expect(titled.filter((l) => entity.test(l)), `${api.slug}/${page}`).toEqual([]);
      }
      expect(docsFiles(api).get('sidebar.json')).not.toMatch(entity);
    }
  });

  it('read as the spec wrote them in MDX and plain CommonMark, hostile text included', () => {
    for (const api of apis) {
      for (const op of api.api!.operations) {
        const markdown = stripFrontMatter(docsFiles(api).get(api.plan!.operation(op).docPath)!);
        const heading = markdown.split('\n').find((l) => l.startsWith('# '))!;
        const title = (op.summary ?? `${op.method.toUpperCase()} ${op.path}`).replace(/\s+/g, ' ').trim();
        for (const parse of [parseMdx, parseGfm]) expect(parse(heading), `${api.slug}: ${heading}`).toEqual({ text: title, foreign: [] });
      }
    }
  });

  it('sidebar labels escape only what HTML needs: `{}` stay as written', () => {
    const upsun = apis.find((a) => a.slug === 'upsun')!;
    expect(docsFiles(upsun).get('sidebar.json')).toContain('"PATCH /organizations/{organization_id}/profile"');
    const hostile = apis.find((a) => a.slug === 'docs-hostile')!;
    const labels = JSON.stringify(JSON.parse(docsFiles(hostile).get('sidebar.json')!));
    expect(labels).not.toMatch(/<[a-z/]/i);
    expect(labels).toContain('&lt;/script&gt;');
  });
});

describe('every page', () => {
  it('compiles as MDX (Docusaurus) with no expression, import or foreign tag', () => {
    for (const api of apis) {
      for (const [page, markdown] of pages(api)) {
        expect(parseMdx(stripFrontMatter(markdown)).foreign, `${api.slug}/${page}`).toEqual([]);
      }
    }
  });

  it('uses one table style: all padded or all compact', () => {
    let mixed = 0;
    for (const api of apis) {
      for (const [page, markdown] of pages(api)) {
        const delimiters = markdown.split('\n').filter((l) => /^\|(?: *:?-+:? *\|)+$/.test(l));
        const compact = delimiters.filter((l) => /^\|( --- \|)+$/.test(l)).length;
        if (compact > 0 && compact < delimiters.length) mixed++;
        expect(compact === 0 || compact === delimiters.length, `${api.slug}/${page}: ${delimiters.join(' / ')}`).toBe(true);
      }
    }
    expect(mixed).toBe(0);
  });

  it('has a description only when the spec gives one, taken from it', () => {
    for (const api of apis) {
      const ir = api.api!;
      const sources = new Map<string, string | undefined>([
        ['index.md', ir.description],
        ...ir.operations.map((o) => [api.plan!.operation(o).docPath, o.description] as [string, string | undefined]),
        ...api.plan!.schemas.map((s) => [s.docPath, s.named.schema.description ?? s.named.schema.title] as [string, string | undefined]),
      ]);
      for (const [page, markdown] of pages(api)) {
        const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as { description?: string };
        const description = frontMatter.description;
        const source = sources.get(page);
        if (source === undefined) expect(description, `${api.slug}/${page}`).toBeUndefined();
        // The description is the source's text, made safe for VitePress's meta attribute (escape/front-matter.ts).
        else {
          const read = description!.replace(/…$/, '').replace(/<\u200b\//g, '</').replace(/&\u200b/g, '&');
          expect(source.replace(/\s+/g, ' ').replace(/"/g, "'"), `${api.slug}/${page}`).toContain(read);
        }
        expect(markdown).not.toMatch(/The \w+ schema\./);
      }
    }
  });
});
