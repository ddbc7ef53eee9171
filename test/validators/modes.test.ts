import { describe, expect, it } from 'vitest';
import { validatorsFor } from './support/load.js';
import { int, ir, obj, op, ref, s, str } from './support/ir.js';

/**
 * The modes of the generated validators, from hand-built IR: schema validators are plain JSON Schema,
 * request validators reject readOnly values, response validators are tolerant by default (unknown
 * properties under additionalProperties:false, unknown enum and discriminator values and writeOnly
 * properties are warnings) and strict with `{ strict: true }`.
 */
const account = obj(
  {
    id: str({ readOnly: true }),
    password: str({ writeOnly: true }),
    plan: str({ enum: ['free', 'pro'] }),
    name: str({ minLength: 1 }),
  },
  ['id', 'password', 'name'],
  { additionalProperties: s({ bool: false }) },
);
const api = ir({ Account: account }, [op('SaveAccount', { body: ref('Account'), responses: { '200': ref('Account') } })]);
const v = await validatorsFor(api);

describe('request mode', () => {
  it('rejects a readOnly property that is present, at its pointer', () => {
    const r = v.validateSaveAccountBody!({ id: 'x', password: 'p', name: 'n' });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ pointer: '/id', keyword: 'readOnly' })]);
  });

  it('does not require a required readOnly property (OpenAPI: required applies to responses only)', () => {
    expect(v.validateSaveAccountBody!({ password: 'p', name: 'n' })).toEqual({ ok: true, value: { password: 'p', name: 'n' }, warnings: [] });
  });

  it('is strict: an extra property and an unknown enum value are errors', () => {
    const r = v.validateSaveAccountBody!({ password: 'p', name: 'n', plan: 'gold', extra: 1 });
    expect(r.errors.map((e: { keyword: string }) => e.keyword).sort()).toEqual(['additionalProperties', 'enum']);
  });
});

describe('response mode', () => {
  const sent = { id: 'a1', name: 'n', plan: 'gold', extra: true };

  it('tolerant by default: unknown property and enum value pass, reported as warnings', () => {
    const r = v.validateSaveAccountResponse200!(sent);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w: { keyword: string; pointer: string }) => `${w.keyword} ${w.pointer}`).sort()).toEqual(['additionalProperties ', 'enum /plan']);
  });

  it('does not require a required writeOnly property', () => {
    expect(v.validateSaveAccountResponse200!({ id: 'a1', name: 'n' }).ok).toBe(true);
  });

  it('a writeOnly property that comes back is a warning (tolerant) or an error (strict)', () => {
    const tolerant = v.validateSaveAccountResponse200!({ id: 'a1', name: 'n', password: 'leak' });
    expect(tolerant.ok).toBe(true);
    expect(tolerant.warnings).toEqual([expect.objectContaining({ pointer: '/password', keyword: 'writeOnly' })]);
    const strict = v.validateSaveAccountResponse200!({ id: 'a1', name: 'n', password: 'leak' }, { strict: true });
    expect(strict.ok).toBe(false);
  });

  it('strict on request: the same payload fails', () => {
    const r = v.validateSaveAccountResponse200!(sent, { strict: true });
    expect(r.ok).toBe(false);
    expect(r.errors.map((e: { keyword: string }) => e.keyword).sort()).toEqual(['additionalProperties', 'enum']);
  });

  it('a wrong type is an error even when tolerant', () => {
    expect(v.validateSaveAccountResponse200!({ id: 'a1', name: 5 }).ok).toBe(false);
  });
});

describe('schema mode (component validators)', () => {
  it('is plain JSON Schema: readOnly and writeOnly are annotations, required means required', () => {
    expect(v.validateAccount!({ id: 'a', password: 'p', name: 'n' }).ok).toBe(true);
    expect(v.validateAccount!({ name: 'n' }).errors.map((e: { message: string }) => e.message)).toEqual([
      "must have required property 'id'",
      "must have required property 'password'",
    ]);
  });

  it('guards narrow without collecting: isAccount', () => {
    expect(v.isAccount!({ id: 'a', password: 'p', name: 'n' })).toBe(true);
    expect(v.isAccount!({ id: 'a', password: 'p', name: '' })).toBe(false);
  });
});

describe('tolerance inside unions', () => {
  // Tolerance must not make a wrong branch win: branches are tried strictly first.
  const api2 = ir(
    {
      Shape: s({
        oneOf: [obj({ kind: str({ enum: ['circle'] }), r: int() }, ['kind', 'r']), obj({ kind: str({ enum: ['square'] }), side: int() }, ['kind', 'side'])],
      }),
    },
    [op('GetShape', { responses: { '200': ref('Shape') } })],
  );

  it('a known variant validates strictly; an unknown one is accepted tolerantly only when exactly one branch fits', async () => {
    const v2 = await validatorsFor(api2);
    expect(v2.validateGetShapeResponse200!({ kind: 'circle', r: 1 })).toMatchObject({ ok: true, warnings: [] });
    const unknown = v2.validateGetShapeResponse200!({ kind: 'triangle', r: 1 });
    expect(unknown).toMatchObject({ ok: true, warnings: [{ pointer: '/kind', keyword: 'enum' }] });
    expect(v2.validateGetShapeResponse200!({ kind: 'triangle', r: 1 }, { strict: true }).ok).toBe(false);
    expect(v2.validateShape!({ kind: 'triangle', r: 1 }).ok).toBe(false);
  });
});

describe('failFast', () => {
  it('stops at the first error', () => {
    const all = v.validateAccount!({ name: '', plan: 1 });
    const first = v.validateAccount!({ name: '', plan: 1 }, { failFast: true });
    expect(all.errors.length).toBeGreaterThan(1);
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0]).toEqual(all.errors[0]);
  });
});
