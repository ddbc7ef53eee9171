import type { ApiIR, SchemaIR } from '../ir/types.js';
import { accepts, flatten, propertyMap, resolve, sameValue, typesOf, valuesOf } from './schema-view.js';

/**
 * Pairs the alternatives of two unions (`oneOf`/`anyOf`), so each old alternative is compared with the
 * new one it became. Order does not matter: the same component schema pairs first, then alternatives
 * whose tag values (a property with one fixed value) agree, then the most shared property names.
 */
export function matchVariants(
  oldApi: ApiIR,
  newApi: ApiIR,
  olds: SchemaIR[],
  news: SchemaIR[],
): { pairs: [SchemaIR, SchemaIR][]; onlyOld: SchemaIR[]; onlyNew: SchemaIR[] } {
  const candidates: { i: number; j: number; score: number }[] = [];
  olds.forEach((a, i) => news.forEach((b, j) => {
    const score = similarity(oldApi, newApi, a, b);
    if (score > 0) candidates.push({ i, j, score });
  }));
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: [SchemaIR, SchemaIR][] = [];
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    pairs.push([olds[c.i]!, news[c.j]!]);
  }
  return {
    pairs,
    onlyOld: olds.filter((_, i) => !usedOld.has(i)),
    onlyNew: news.filter((_, j) => !usedNew.has(j)),
  };
}

/** 0: not the same alternative; higher: more alike. */
function similarity(oldApi: ApiIR, newApi: ApiIR, a: SchemaIR, b: SchemaIR): number {
  if (a.ref !== undefined && a.ref === b.ref) return 1000;
  const fa = flatten(oldApi, resolve(oldApi, a).schema);
  const fb = flatten(newApi, resolve(newApi, b).schema);
  const ta = typesOf(fa);
  const tb = typesOf(fb);
  if (ta === 'any' || tb === 'any') return 5;
  if (![...ta].some((t) => accepts(tb, t)) && ![...tb].some((t) => accepts(ta, t))) return 0;
  const pa = propertyMap(fa);
  const pb = propertyMap(fb);
  let score = 10;
  // A tag: the same property fixed to one value on both sides. Different values: different alternatives.
  for (const [name, p] of pa) {
    const q = pb.get(name);
    if (!q) continue;
    const va = valuesOf(flatten(oldApi, resolve(oldApi, p.schema).schema));
    const vb = valuesOf(flatten(newApi, resolve(newApi, q.schema).schema));
    if (va?.length === 1 && vb?.length === 1) {
      if (!sameValue(va[0], vb[0])) return 0;
      score += 500;
    }
  }
  if (pa.size > 0 || pb.size > 0) {
    const shared = [...pa.keys()].filter((k) => pb.has(k)).length;
    score += Math.round((100 * shared) / new Set([...pa.keys(), ...pb.keys()]).size);
  }
  const va = valuesOf(fa);
  const vb = valuesOf(fb);
  if (va && vb) score += va.some((v) => vb.some((w) => sameValue(v, w))) ? 50 : 0;
  return score;
}
