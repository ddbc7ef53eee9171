import { compareStrings } from '../common/order.js';

/**
 * The case and collision rules that turn spec strings into identifiers and file names. Only the plan
 * (plan.ts) calls them, once per API; emitters read the plan and never call a case function.
 */

/** Words of an identifier-ish string: splits on non-alphanumerics and lower→Upper / ACRONYMWord boundaries. */
export function words(input: string): string[] {
  return input
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `user_profile` → `UserProfile`; keeps inner capitals (`HTTPStatus` stays `HTTPStatus`). */
export function pascalCase(input: string): string {
  const out = words(input).map(capitalize).join('');
  if (out === '') return 'Unnamed';
  return /^\p{N}/u.test(out) ? `_${out}` : out;
}

/** `update-current-user` → `updateCurrentUser`. */
export function camelCase(input: string): string {
  const pascal = pascalCase(input);
  if (pascal.startsWith('_')) return pascal;
  // Lower the leading acronym as a whole (`URLShortener` → `urlShortener`), else just the first letter.
  const lead = /^\p{Lu}+(?=\p{Lu}\p{Ll}|$|\p{N})/u.exec(pascal)?.[0];
  if (lead && lead.length > 1) return lead.toLowerCase() + pascal.slice(lead.length);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Why a built-in member cannot be a generated name, for the rename diagnostic. */
export function builtinReason(name: string): string {
  return name === 'then' ? 'an object with a `then` method is taken for a promise' : `${name} is a member of every JavaScript object`;
}

/**
 * Global names generated code uses; a schema type with one of these names would shadow it
 * (a spec's `Response` schema must not hide the fetch `Response`).
 */
export const SHADOWED_GLOBALS = new Set([
  'Array', 'Boolean', 'Date', 'Error', 'Function', 'Headers', 'JSON', 'Map', 'Math', 'Number', 'Object',
  'Partial', 'Pick', 'Omit', 'Promise', 'Readonly', 'Record', 'RegExp', 'Request', 'RequestInit', 'Required',
  'Response', 'Set', 'String', 'Symbol', 'URL', 'URLSearchParams', 'AbortSignal', 'AbortController',
  'Exclude', 'Extract', 'NonNullable', 'ReturnType', 'Awaited', 'BodyInit', 'Blob', 'FormData', 'TextEncoder',
]);

/**
 * Assigns final names to candidates without collisions, independent of input order.
 * Pass 1: a candidate whose proposed name equals its own source string keeps it (it is already final).
 * Pass 2: the rest, in source-string order, take the proposed name or the smallest free suffix (2, 3, ...).
 * Returns source → final name, plus the renames for diagnostics.
 */
export function settleNames(
  candidates: readonly { source: string; proposed: string }[],
  taken: Set<string>,
): { names: Map<string, string>; renamed: { source: string; proposed: string; final: string }[] } {
  const names = new Map<string, string>();
  const renamed: { source: string; proposed: string; final: string }[] = [];
  const ordered = [...candidates].sort((a, b) => compareStrings(a.source, b.source));
  for (const c of ordered) {
    if (c.proposed === c.source && !taken.has(c.proposed)) {
      names.set(c.source, c.proposed);
      taken.add(c.proposed);
    }
  }
  for (const c of ordered) {
    if (names.has(c.source)) continue;
    let final = c.proposed;
    for (let n = 2; taken.has(final); n++) final = `${c.proposed}${n}`;
    taken.add(final);
    names.set(c.source, final);
    if (final !== c.proposed) renamed.push({ ...c, final });
  }
  return { names, renamed };
}

/** Operation name from method and path when there is no operationId: `PATCH /orgs/{org_id}` → `patchOrgsByOrgId`. */
export function nameFromMethodAndPath(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? `By ${param[1]}` : segment;
    });
  return camelCase([method, ...(parts.length ? parts : ['root'])].join(' '));
}

/** Suffix for a response status in type names: '200' → '200', '4XX' → '4XX', 'default' → 'Default'. */
export function statusSuffix(status: string): string {
  return status === 'default' ? 'Default' : status.toUpperCase();
}

/** Output folder name for a spec file: `specs/My API.yaml` → `my-api`. */
export function slugFromFile(file: string): string {
  const base = file.split('/').pop()!.replace(/\.(ya?ml|json)$/i, '');
  return words(base).map((w) => w.toLowerCase()).join('-') || 'api';
}
