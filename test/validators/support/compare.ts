import type { ValidateFunction } from 'ajv';

/** A generated validator as the tests call it. */
export type OurValidator = (value: unknown, options?: { strict?: boolean; failFast?: boolean }) => {
  ok: boolean;
  errors?: { pointer: string; keyword: string }[];
};

/** Where our validator and ajv disagree on one input. */
export interface Disagreement {
  validator: string;
  value: unknown;
  ours: { ok: boolean; errors: string[] };
  ajv: { ok: boolean; errors: string[] };
}

/**
 * Runs both validators on one input. They agree when they give the same verdict and, for invalid
 * input, the same set of `keyword pointer` pairs (our pointers follow ajv's instancePath).
 */
export function compareOne(name: string, ours: OurValidator, options: { strict: true } | undefined, ajv: ValidateFunction, value: unknown): Disagreement | undefined {
  const mine = ours(value, options);
  const theirs = ajv(value);
  const myErrors = (mine.errors ?? []).map((e) => `${e.keyword} ${e.pointer}`);
  const ajvErrors = (ajv.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
  const sameErrors = theirs || sameSet(myErrors, ajvErrors);
  if (mine.ok === theirs && sameErrors) return undefined;
  return {
    validator: name,
    value,
    ours: { ok: mine.ok, errors: [...new Set(myErrors)].sort() },
    ajv: { ok: theirs, errors: [...new Set(ajvErrors)].sort() },
  };
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
