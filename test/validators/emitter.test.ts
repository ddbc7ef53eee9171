import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitValidators } from '../../generator/emit/validators.js';
import { formatFile } from '../../generator/format/format.js';
import { planApi } from '../../generator/plan/plan.js';
import { int, ir, obj, op, ref, s, str } from './support/ir.js';
import { importValidators } from './support/load.js';

/** The validators emitter fed hand-built IR: file shape, determinism, hygiene, hostile input. */
const api = ir(
  {
    Pet: obj({ name: str({ minLength: 1 }), born: str({ format: 'date' }), tags: s({ types: ['array'], items: str(), uniqueItems: true }) }, ['name']),
    Owner: obj({ pets: s({ types: ['array'], items: ref('Pet') }), age: int({ minimum: 0 }) }),
  },
  [op('AddPet', { body: ref('Pet'), params: [{ name: 'dry_run', in: 'query', schema: s({ types: ['boolean'] }) }], responses: { '201': ref('Pet'), '204': undefined } })],
);

async function emit(input = api): Promise<string> {
  const files = await emitValidators(input, planApi(input), { report: () => undefined });
  // Printed as prettier prints it, so the format step leaves it as it is (preformatted).
  expect(files.map((f) => [f.path, f.parser, f.preformatted])).toEqual([['validators.gen.ts', 'typescript', true]]);
  return files[0]!.content;
}

function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('emitValidators', () => {
  it('exports a validator and a guard per schema, and one validator per body, parameter group and response body', async () => {
    const text = await emit();
    // A validator's overload signature and its implementation both start with `export function`.
    const exported = [...new Set([...text.matchAll(/^export (?:function|interface|type) (\w+)/gm)].map((m) => m[1]))];
    expect(exported).toEqual([
      'ValidationError', 'ValidationResult', 'ValidateOptions',
      'validateOwner', 'isOwner', 'validatePet', 'isPet',
      'validateAddPetBody', 'validateAddPetQueryParams', 'validateAddPetResponse201',
    ]);
  });

  it('shows callers `(value, options?)`; the implementation declares `value` alone and reads the options from `arguments`', async () => {
    const text = await emit();
    expect(text).toContain('export function validateOwner(value: unknown, options?: ValidateOptions): ValidationResult<Owner>;\nexport function validateOwner(value: unknown): ValidationResult<Owner> {\n  const c = _ctxOf(arguments[1], 0);');
    // Every validator: one overload with the options, then the implementation without them.
    for (const [, name] of text.matchAll(/^export function (validate\w+)\(value: unknown, options\?: ValidateOptions\)/gm)) {
      expect(text.match(new RegExp(`^export function ${name}\\(value: unknown\\): `, 'gm')), name).toHaveLength(1);
    }
  });

  it('imports exactly the types it names from types.gen.ts, type-only', async () => {
    const text = await emit();
    expect(text).toContain("import type { AddPetBody, AddPetQueryParams, AddPetResponse201, Owner, Pet } from './types.gen.js';");
  });

  it('is deterministic, syntactically valid, and has no double blank lines', async () => {
    const text = await emit();
    expect(await emit()).toBe(text);
    expect(syntaxErrors(text)).toEqual([]);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
    expect(text.startsWith('// Generated from test/fixtures/test.yaml')).toBe(true);
  });

  it('carries only the runtime it uses', async () => {
    const text = await emit();
    expect(text).toContain('function _fmtDate(');
    expect(text).toContain('function _dup(');
    expect(text).not.toMatch(/function _(?:fmtDateTime|anyOf|oneOf|contains|inList|tol)\(/);
    const bare = await emit(ir({}));
    expect(bare).not.toMatch(/^function /m);
    expect(bare).not.toContain('import');
  });

  it('is already what prettier prints with the pinned options (the fixture snapshots pin the text itself)', async () => {
    const text = await emit();
    const formatted = await formatFile({ path: 'validators.gen.ts', content: text, parser: 'typescript' });
    expect(formatted.content === text).toBe(true);
    expect(text).toContain('export function validatePet(value: unknown, options?: ValidateOptions): ValidationResult<Pet>;');
  });

  it('hostile property names and enum values stay data, never code', async () => {
    const evil = "x'); throw new Error('pwned'); ('*/`${1}`\n\u2028";
    const hostile = ir({ Evil: obj({ [evil]: str({ enum: [evil, '"'] }) }, [evil], { additionalProperties: s({ bool: false }) }) });
    const text = await emit(hostile);
    expect(syntaxErrors(text)).toEqual([]);
    const v = await importValidators(text);
    expect(v.validateEvil!({ [evil]: evil }).ok).toBe(true);
    const r = v.validateEvil!({ [evil]: 'no', other: 1 });
    expect(r.errors.map((e: { keyword: string; pointer: string }) => `${e.keyword} ${e.pointer}`)).toEqual([
      `enum /${evil.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      'additionalProperties ',
    ]);
  });

  it('skips an invalid pattern without a second diagnostic: validation reports it (SPEC_INVALID_PATTERN) once', async () => {
    const api = ir({ Code: str({ pattern: '[a-z' }) });
    const reports: string[] = [];
    const [file] = emitValidators(api, planApi(api), { report: (d) => reports.push(d.code) });
    expect(reports).toEqual([]);
    expect(file!.content).not.toContain('[a-z');
  });
});
