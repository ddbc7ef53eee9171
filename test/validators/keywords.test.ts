import { describe, expect, it } from 'vitest';
import { validatorsFor } from './support/load.js';
import { int, ir, obj, op, ref, s, str } from './support/ir.js';

/** Keyword behaviour the suite and the differential test do not pin: pointers, OpenAPI specifics, edge cases. */
const pointers = (r: { errors?: { keyword: string; pointer: string }[] }) => (r.errors ?? []).map((e) => `${e.keyword} ${e.pointer}`);

describe('error pointers', () => {
  const api = ir({
    Envelope: obj({ data: obj({ user: ref('User') }) }),
    User: obj({ timezone: str(), tags: s({ types: ['array'], items: str() }), 'a/b~c': int() }),
  });

  it('point at the offending value through refs, arrays and escaped keys', async () => {
    const v = await validatorsFor(api);
    const r = v.validateEnvelope!({ data: { user: { timezone: 1, tags: ['x', 2], 'a/b~c': 'no' } } });
    expect(pointers(r)).toEqual(['type /data/user/timezone', 'type /data/user/tags/1', 'type /data/user/a~1b~0c']);
    expect(r.errors[0]).toEqual({ pointer: '/data/user/timezone', keyword: 'type', expected: 'string', message: 'must be string' });
  });
});

describe('strings', () => {
  it('count code points, not UTF-16 units (JSON Schema §6.3.1)', async () => {
    const v = await validatorsFor(ir({ Short: str({ minLength: 2, maxLength: 2 }) }));
    expect(v.validateShort!('\u{1F600}\u{1F600}').ok).toBe(true);
    expect(v.validateShort!('\u{1F600}').ok).toBe(false);
    expect(v.validateShort!('\u{1F600}\u{1F600}\u{1F600}').ok).toBe(false);
  });

  it('compile patterns with the u flag', async () => {
    const v = await validatorsFor(ir({ Letters: str({ pattern: '^\\p{L}+$' }) }));
    expect(v.validateLetters!('élan').ok).toBe(true);
    expect(v.validateLetters!('élan1').ok).toBe(false);
  });
});

describe('OpenAPI specifics', () => {
  it('3.0 nullable with an enum accepts null (3.0.3: nullable adds null to the allowed values)', async () => {
    const schema = str({ types: ['string', 'null'], enum: ['a', 'b'] });
    expect((await validatorsFor(ir({ E: schema }, [], '3.0.3'))).validateE!(null).ok).toBe(true);
    // 3.1: `type: [string, null]` with an enum without null is plain JSON Schema: null is not a member.
    expect((await validatorsFor(ir({ E: schema }))).validateE!(null).ok).toBe(false);
  });

  it('an IANA timezone enum is checked as the enum (one Set lookup)', async () => {
    const zones = ['Africa/Abidjan', 'America/New_York', 'America/Toronto', 'Asia/Tokyo', 'Europe/Paris', 'UTC'];
    const v = await validatorsFor(ir({ Tz: str({ enum: zones }) }));
    expect(v.validateTz!('America/Toronto').ok).toBe(true);
    expect(pointers(v.validateTz!('America/Totonto'))).toEqual(['enum ']);
  });

  it('properties named like Object.prototype members are own properties only', async () => {
    const v = await validatorsFor(ir({ P: obj({ constructor: str() }, ['constructor', 'toString']) }));
    expect(pointers(v.validateP!({}))).toEqual(['required ', 'required ']);
    expect(v.validateP!(JSON.parse('{"constructor":"x","toString":"y"}')).ok).toBe(true);
  });
});

describe('discriminator', () => {
  const api = ir({
    Pet: s({ oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind', mapping: [{ value: 'cat', ref: '/components/schemas/Cat' }] } }),
    Cat: obj({ kind: str(), lives: int({ maximum: 9 }) }, ['kind']),
    Dog: obj({ kind: str(), good: s({ types: ['boolean'] }) }, ['kind']),
  }, [op('GetPet', { responses: { '200': ref('Pet') } })]);

  it('dispatches on the tag: explicit mapping, then the component name (implicit mapping)', async () => {
    const v = await validatorsFor(api);
    expect(v.validatePet!({ kind: 'cat', lives: 7 }).ok).toBe(true);
    expect(pointers(v.validatePet!({ kind: 'cat', lives: 10 }))).toEqual(['maximum /lives']);
    expect(v.validatePet!({ kind: 'Dog', good: true }).ok).toBe(true);
    expect(pointers(v.validatePet!({ kind: 'Dog', good: 'yes' }))).toEqual(['type /good']);
  });

  it('rejects a missing or unknown tag; a tolerant response only warns about an unknown one', async () => {
    const v = await validatorsFor(api);
    expect(pointers(v.validatePet!({ lives: 1 }))).toEqual(['discriminator ']);
    expect(v.validatePet!({ kind: 'fish' }).errors[0].message).toBe('value of tag "kind" must be one of "cat", "Dog", got "fish"');
    expect(v.validateGetPetResponse200!({ kind: 'fish' })).toMatchObject({ ok: true, warnings: [{ keyword: 'discriminator' }] });
    expect(v.validateGetPetResponse200!({ kind: 'fish' }, { strict: true }).ok).toBe(false);
  });
});

describe('recursion', () => {
  it('a self-referencing schema validates to any depth', async () => {
    const v = await validatorsFor(ir({ Node: obj({ name: str(), children: s({ types: ['array'], items: ref('Node') }) }, ['name']) }));
    let tree: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < 50; i++) tree = { name: `n${i}`, children: [tree] };
    expect(v.validateNode!(tree).ok).toBe(true);
    let bad: Record<string, unknown> = { name: 1 };
    for (let i = 0; i < 3; i++) bad = { name: 'x', children: [bad] };
    expect(pointers(v.validateNode!(bad))).toEqual(['type /children/0/children/0/children/0/name']);
  });
});

describe('parameters', () => {
  it('validate the parameters of one location as an object keyed by name', async () => {
    const get = op('GetThing', {
      params: [
        { name: 'thing_id', in: 'path', required: true, schema: str({ format: 'uuid' }) },
        { name: 'limit', in: 'query', schema: int({ minimum: 1, maximum: 100 }) },
      ],
    });
    const v = await validatorsFor(ir({}, [get]));
    expect(v.validateGetThingPathParams!({ thing_id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' }).ok).toBe(true);
    expect(pointers(v.validateGetThingPathParams!({}))).toEqual(['required ']);
    expect(pointers(v.validateGetThingQueryParams!({ limit: 0 }))).toEqual(['minimum /limit']);
    expect(v.validateGetThingHeaders).toBeUndefined();
  });
});
