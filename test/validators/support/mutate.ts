/**
 * Seeded mutations of a JSON value, the kinds that break real payloads: a value of the wrong type,
 * a missing or an extra property, strings one character off (bad formats, out-of-range lengths),
 * numbers just past a bound, arrays one item longer or shorter, null where an object was.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same mutations on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const OTHER_VALUES: Json[] = [null, true, false, 0, -1, 1.5, 2147483648, 9007199254740993, '', 'x', '123', [], {}, [1], { a: 1 }];
/** Characters that turn a valid date, uuid, e-mail or URI into a nearly valid one. */
const EDIT_CHARS = ['0', '9', '1', '-', ':', 'T', 't', 'Z', 'z', '.', '+', ' ', '@', '/', 'x', 'G', '%', '\u00e9', '\u{1F600}', '\n', '['];
/** Edge cases of the formats and limits the specs use: leap days and seconds, offsets, URNs, code points. */
const TRICKY_STRINGS = [
  '2023-12-31T23:59:60Z', '2023-11-07T05:31:60Z', '2024-01-01T00:59:60+01:00', '2023-02-29T00:00:00Z', '2024-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z', '2000-02-29T12:00:00Z', '2023-11-07t05:31:56z', '2023-11-07 05:31:56Z', '2023-11-07\u00a005:31:56Z',
  '2023-11-07T05:31:56', '2023-11-07T05:31:56+01', '2023-11-07T05:31:56+0100', '2023-11-07T05:31:56.Z', '2023-11-07T24:00:00Z',
  '2023-11-07T05:31:56.123456789+05:30', '2023-11-07T05:31:56-24:00', '2023-13-07T05:31:56Z', '2023-11-31T05:31:56Z',
  '2023-11-07T05:31:56Z ', '2023-11-07', '05:31:56Z',
  '3c90c3cc-0d44-4b50-8888-8dd25736052a', 'urn:uuid:3c90c3cc-0d44-4b50-8888-8dd25736052a', '3C90C3CC-0D44-4B50-8888-8DD25736052A',
  '3c90c3cc0d444b5088888dd25736052a', '3c90c3cc-0d44-4b50-8888-8dd25736052g', '{3c90c3cc-0d44-4b50-8888-8dd25736052a}',
  'jsmith@example.com', 'a.b@c', 'a..b@c.com', '.a@b.com', 'a@b', 'a@-b.com', 'a@b-.com', '"a b"@c.com', 'a@[127.0.0.1]',
  '\u00e9@x.com', 'a@b.c.', 'a@@b.com', 'A@EXAMPLE.COM',
  'https://example.com/x?y#z', 'http://[::1]:80/', 'mailto:a@b.com', 'urn:isbn:0451450523', '//example.com', '/relative',
  'http://a b.com', 'http://example.com/%zz', 'http:', 'a:b', 'http://\u4f8b\u3048.jp', 'ftp://10.0.0.1/x', 'HTTPS://EXAMPLE.COM',
  '01ARZ3NDEKTSV4RRFFQ69G5FAV', '01arz3ndektsv4rrffq69g5fav', '81ARZ3NDEKTSV4RRFFQ69G5FAV', '01ARZ3NDEKTSV4RRFFQ69G5FAI',
  '01ARZ3NDEKTSV4RRFFQ69G5FA', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ',
  '', 'a', 'x'.repeat(64), 'x'.repeat(65), '\u{1F600}'.repeat(64), '\u{1F600}'.repeat(65), '\ud800', 'America/New_York',
];
const TRICKY_NUMBERS = [0, -0.5, 1e-7, 2147483647, 2147483648, -2147483648, -2147483649, 9007199254740991, 9007199254740992, 0.1 + 0.2, 1e21];

const EXTRA_KEYS = ['extra', 'id', '__proto__', 'constructor', 'a/b', 'x~y', ''];

/** Returns a mutated deep copy of `value` (1-4 mutations). */
export function mutate(value: unknown, seed: number): unknown {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const holder: { [k: string]: Json } = { root: structuredClone(value) as Json };
  const nodes = collectNodes(holder);
  // Leaves (strings, numbers) carry the formats and limits: pick them more often.
  const leaves = nodes.filter((n) => typeof n.parent[n.key as never] === 'string' || typeof n.parent[n.key as never] === 'number');
  const count = 1 + Math.floor(random() * 4);
  for (let n = 0; n < count; n++) {
    const { parent, key } = leaves.length > 0 && random() < 0.6 ? pick(leaves) : pick(nodes);
    const current = (parent as { [k: string]: Json })[key]!;
    const replaced = mutateNode(current, random, pick);
    if (replaced !== DELETE) setKey(parent, key, replaced);
    else if (parent !== holder) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as { [k: string]: Json })[key];
    }
  }
  return holder.root;
}

/** Every node with the container and key it sits under (the root under `holder.root`). */
function collectNodes(holder: { [k: string]: Json }): { parent: Json[] | { [k: string]: Json }; key: string }[] {
  const out: { parent: Json[] | { [k: string]: Json }; key: string }[] = [];
  const walk = (parent: Json[] | { [k: string]: Json }, key: string): void => {
    out.push({ parent, key });
    const node = (parent as { [k: string]: Json })[key]!;
    if (Array.isArray(node)) node.forEach((_, i) => walk(node, String(i)));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) walk(node, k);
  };
  walk(holder, 'root');
  return out;
}

function setKey(parent: Json[] | { [k: string]: Json }, key: string, value: Json): void {
  if (Array.isArray(parent)) parent[Number(key)] = value;
  // defineProperty, not assignment: a `__proto__` key must become an own property, as JSON.parse makes it.
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const DELETE = Symbol('delete');

function mutateNode(node: Json, random: () => number, pick: <T>(l: readonly T[]) => T): Json | typeof DELETE {
  const r = random();
  if (r < 0.2) return structuredClone(pick(OTHER_VALUES));
  if (r < 0.35) return DELETE;
  if (typeof node === 'string') return random() < 0.25 ? pick(TRICKY_STRINGS) : editString(node, random, pick);
  if (typeof node === 'number' && random() < 0.3) return pick(TRICKY_NUMBERS);
  if (typeof node === 'number') return pick([node + 1, node - 1, node * 10, node + 0.5, -node, node / 3, 2147483648, -2147483649, 2 ** 53 + 2]);
  if (Array.isArray(node)) {
    const copy = [...node];
    if (random() < 0.5 && copy.length > 0) copy.push(copy[0]!);
    else copy.push(structuredClone(pick(OTHER_VALUES)));
    return copy;
  }
  if (node && typeof node === 'object') {
    const copy: { [k: string]: Json } = { ...node };
    Object.defineProperty(copy, pick(EXTRA_KEYS), { value: structuredClone(pick(OTHER_VALUES)), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return structuredClone(pick(OTHER_VALUES));
}

function editString(s: string, random: () => number, pick: <T>(l: readonly T[]) => T): string {
  const chars = [...s];
  const at = Math.floor(random() * (chars.length + 1));
  const digits = chars.flatMap((ch, i) => (ch >= '0' && ch <= '9' ? [i] : []));
  if (digits.length > 0 && random() < 0.4) {
    // One digit changed: month 13, second 60, a leap day, an IPv4 part of 256 ...
    chars[pick(digits)] = String(Math.floor(random() * 10));
    return chars.join('');
  }
  switch (Math.floor(random() * 6)) {
    case 0:
      chars.splice(at, 1, pick(EDIT_CHARS));
      return chars.join('');
    case 1:
      chars.splice(at, 0, pick(EDIT_CHARS));
      return chars.join('');
    case 2:
      return chars.slice(0, at).join('');
    case 3:
      return s + s;
    case 4:
      return s.toUpperCase();
    default:
      return chars.slice(0, at).join('') + chars.slice(at + 1).join('');
  }
}
