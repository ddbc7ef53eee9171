import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as regexes from '../../generator/emit/validators/format-regexes.js';
import { ANNOTATION_ONLY, FORMAT_RULES } from '../../generator/emit/validators/formats.js';
import { ANNOTATION_FORMATS, CHECKED_FORMATS } from '../../generator/common/formats.js';
import { ourFormatChecks } from './support/ajv.js';

/**
 * The format table, tested format by format: the names match what load/validate calls known, the
 * regexes copied from ajv-formats are byte-identical (the rewritten e-mail regexes accept what the originals do), every format that claims ajv-formats' rule
 * agrees with it on fuzzed strings, and our own formats hold their documented rule.
 */
const ours = await ourFormatChecks();

type AjvFormat = RegExp | ((s: string) => boolean) | { validate: RegExp | ((v: unknown) => boolean) } | true;
function ajvCheck(name: string): (value: string | number) => boolean {
  const f = (fullFormats as Record<string, AjvFormat>)[name]!;
  if (f === true) return () => true;
  const v = f instanceof RegExp || typeof f === 'function' ? f : f.validate;
  return v instanceof RegExp ? (s) => v.test(String(s)) : (s) => (v as (x: unknown) => boolean)(s);
}

describe('format table', () => {
  it('covers exactly the formats load/validate treats as known', () => {
    expect(FORMAT_RULES.map((f) => f.name).sort()).toEqual([...CHECKED_FORMATS].sort());
    expect([...ANNOTATION_ONLY].sort()).toEqual([...ANNOTATION_FORMATS].sort());
  });

  it('regexes copied from ajv-formats are identical to its own', () => {
    const copied: [RegExp, string][] = [
      [regexes.URI_REFERENCE_REGEX, 'uri-reference'], [regexes.URI_TEMPLATE_REGEX, 'uri-template'],
      [regexes.HOSTNAME_REGEX, 'hostname'], [regexes.IPV4_REGEX, 'ipv4'], [regexes.IPV6_REGEX, 'ipv6'], [regexes.UUID_REGEX, 'uuid'],
      [regexes.DURATION_REGEX, 'duration'], [regexes.JSON_POINTER_REGEX, 'json-pointer'], [regexes.RELATIVE_JSON_POINTER_REGEX, 'relative-json-pointer'],
    ];
    for (const [ours, name] of copied) expect(String(ours), name).toBe(String((fullFormats as Record<string, unknown>)[name]));
  });

  // The e-mail regexes are rewritten without backtracking (format-regexes.ts): each must accept exactly
  // what the regex it replaces accepts, whatever character stands at each place of an address.
  const AJV_EMAIL = (fullFormats as Record<string, unknown>).email as RegExp;
  const IDN_EMAIL_BEFORE =
    /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
  const PLACES = (ch: string) => [`${ch}`, `${ch}@b.c`, `a${ch}b@c.d`, `a${ch}@b.c`, `a@${ch}.c`, `a@b${ch}c.d`, `a@b${ch}.c`, `a@b.${ch}`, `a@b.c${ch}`, `a@b-${ch}.c`];
  const EMAILISH = fc.stringMatching(/^[aZ09._+~`{-]{0,4}[@.]?[aZ09-]{0,4}\.?[aZ09.-]{0,6}(\n|@)?[aZ09.-]{0,3}$/);

  it('the e-mail regex accepts exactly what ajv-formats\' accepts', () => {
    const differs = (s: string) => regexes.EMAIL_REGEX.test(s) !== AJV_EMAIL.test(s);
    const atPlaces: string[] = [];
    for (let code = 0; code <= 0xffff; code++) atPlaces.push(...PLACES(String.fromCharCode(code)).filter(differs));
    expect(atPlaces.slice(0, 5)).toEqual([]);
    const sampled = fc.sample(fc.oneof(EMAILISH, fc.emailAddress()), { seed: 3, numRuns: 20000 }).filter(differs);
    expect(sampled.slice(0, 5)).toEqual([]);
  });

  it('the idn-email regex accepts exactly what its backtracking form accepts', () => {
    const differs = (s: string) => regexes.IDN_EMAIL_REGEX.test(s) !== IDN_EMAIL_BEFORE.test(s);
    const atPlaces: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0xffff ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      atPlaces.push(...PLACES(String.fromCodePoint(code)).filter(differs));
    }
    expect(atPlaces.slice(0, 5)).toEqual([]);
    const marked = EMAILISH.map((s) => s.replace(/Z/g, '\u00e9').replace(/9/g, '\u0663').replace(/~/g, '\u0301'));
    expect(fc.sample(marked, { seed: 4, numRuns: 20000 }).filter(differs).slice(0, 5)).toEqual([]);
  });

  it('the common-URI shortcut accepts nothing the whole URI regex refuses (so _fmtUri answers as URI_REGEX alone)', () => {
    const shaped = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.stringMatching(/^[a-zA-Z][a-z+.-]{0,3}:\/\/[a-zA-Z0-9:/[\]%.@?#~!$&'()*+,;=_ -]{0,24}$/),
    );
    fc.assert(fc.property(shaped, (s) => !regexes.URI_COMMON_REGEX.test(s) || regexes.URI_REGEX.test(s)), { numRuns: 5000 });
  });
});

/** Strings shaped like each format, with characters a mutation would introduce. */
const digit = fc.constantFrom(...'0123456789');
const dd = fc.tuple(digit, digit).map(([a, b]) => a + b);
const sep = fc.constantFrom('T', 't', ' ', '\u00a0', '\u2003', 'x', '');
const offset = fc.oneof(fc.constantFrom('Z', 'z', '', 'Y'), fc.tuple(fc.constantFrom('+', '-'), dd, fc.constantFrom(':', '', '::'), fc.oneof(dd, fc.constant(''), digit)).map((p) => p.join('')));
const date = fc.tuple(dd, dd, fc.constantFrom('-', '/'), dd, fc.constantFrom('-', ''), dd).map(([a, b, s1, m, s2, d]) => `${a}${b}${s1}${m}${s2}${d}`);
const time = fc.tuple(dd, fc.constantFrom(':', ''), dd, fc.constant(':'), dd, fc.oneof(fc.constant(''), fc.constant('.'), fc.stringMatching(/^\.\d{1,12}$/)), offset).map((p) => p.join(''));
const SHAPED: Record<string, fc.Arbitrary<string>> = {
  'date-time': fc.oneof(fc.tuple(date, sep, time).map((p) => p.join('')), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
  date: fc.oneof(date, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  time,
  email: fc.oneof(fc.emailAddress(), fc.stringMatching(/^[a-z.@"\-[\]0-9]{1,12}$/)),
  uuid: fc.oneof(fc.uuid(), fc.stringMatching(/^(urn:uuid:)?[0-9a-gA-G-]{30,40}$/)),
  uri: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.stringMatching(/^[a-z:/[\]%0-9.@?#]{1,16}$/)),
  'uri-reference': fc.oneof(fc.webUrl(), fc.stringMatching(/^[a-z:/[\]%0-9.@?#"]{0,16}$/)),
  hostname: fc.oneof(fc.domain(), fc.stringMatching(/^[a-z0-9.-]{1,20}$/)),
  ipv4: fc.oneof(fc.ipV4(), fc.ipV4Extended(), fc.stringMatching(/^[0-9.]{1,16}$/)),
  ipv6: fc.oneof(fc.ipV6(), fc.stringMatching(/^[0-9a-f:.]{1,30}$/)),
  duration: fc.stringMatching(/^P[0-9YMWDTHS]{0,10}$/),
  'json-pointer': fc.stringMatching(/^[/~0-9a]{0,10}$/),
  'relative-json-pointer': fc.stringMatching(/^[0-9#/~a]{0,10}$/),
  regex: fc.stringMatching(/^[a-z()[\]\\^$*+?{}|Z]{0,8}$/),
  'uri-template': fc.stringMatching(/^[a-z{}+#./;?&=,!@|'"%0-9:*]{0,16}$/),
};

describe('formats that follow ajv-formats ("full")', () => {
  for (const rule of FORMAT_RULES.filter((f) => !f.ajvOverride && f.type === 'string')) {
    it(`${rule.name} agrees with ajv-formats on 3,000 shaped and random strings`, () => {
      const mine = ours.get(rule.name)!;
      const theirs = ajvCheck(rule.name);
      const strings = fc.oneof({ arbitrary: SHAPED[rule.name] ?? fc.string(), weight: 4 }, { arbitrary: fc.string({ unit: 'binary' }), weight: 1 });
      const disagreements = fc.sample(strings, { seed: 7, numRuns: 3000 }).filter((s) => mine(s) !== theirs(s));
      expect(disagreements.slice(0, 5)).toEqual([]);
    });
  }

  it('int32 agrees with ajv-formats; float and double accept any number', () => {
    for (const n of [0, -1, 2147483647, 2147483648, -2147483648, -2147483649, 1.5, 1e300]) {
      expect(ours.get('int32')!(n), String(n)).toBe(ajvCheck('int32')(n));
      expect(ours.get('float')!(n)).toBe(true);
      expect(ours.get('double')!(n)).toBe(true);
    }
  });
});

describe('formats with our own rule', () => {
  const cases: Record<string, [unknown, boolean][]> = {
    ulid: [['01ARZ3NDEKTSV4RRFFQ69G5FAV', true], ['01arz3ndektsv4rrffq69g5fav', true], ['7ZZZZZZZZZZZZZZZZZZZZZZZZZ', true], ['81ARZ3NDEKTSV4RRFFQ69G5FAV', false], ['01ARZ3NDEKTSV4RRFFQ69G5FAI', false], ['01ARZ3NDEKTSV4RRFFQ69G5FA', false]],
    url: [['https://example.com/x', true], ['urn:isbn:0451450523', true], ['//example.com', false], ['http://a b', false]],
    int64: [[9007199254740991, true], [-9007199254740991, true], [9007199254740992, false], [1.5, false]],
    byte: [['aGVsbG8=', true], ['aGVsbG8', false], ['', true], ['aGVs\nbG8=', false]],
    iri: [['https://例え.jp/パス', true], ['http://\ud800', false], ['/relative', false]],
    'iri-reference': [['/パス?q=値', true], ['\\\\server', false]],
    'idn-hostname': [['例え.jp', true], ['例え。jp', true], ['ab--c.com', false], ['xn--ls8h.la', true], ['a.', false], ['-a.com', false]],
    'idn-email': [['用户@例子.广告', true], ['a@b', false], ['a@@b', false], ['"q"@b.com', false]],
  };
  for (const [name, list] of Object.entries(cases)) {
    it(`${name}`, () => {
      for (const [value, valid] of list) expect(ours.get(name)!(value), JSON.stringify(value)).toBe(valid);
    });
  }
});
