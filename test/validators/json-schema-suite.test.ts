import { describe, expect, it } from 'vitest';
import { KNOWN_DEVIATIONS, SKIPPED_FILES } from './suite-skips.js';
import { compileCases, readSuiteFile, suiteFiles, unsupportedReason } from './support/suite.js';

/**
 * The official JSON-Schema-Test-Suite (draft 2020-12, vendored under test/vendor/) run through the
 * real generator: each case's schema becomes a component schema of an in-memory OpenAPI 3.1 document,
 * its emitted validator is compiled and every test value must be accepted or rejected as the suite
 * says. Cases we cannot express are skipped with a reason (suite-skips.ts, listed in the README);
 * known deviations are asserted to still deviate, so the list cannot go stale.
 */
const files = suiteFiles().filter((f) => !(f in SKIPPED_FILES));

describe.each(files)('%s', (file) => {
  it('agrees with the suite', async () => {
    const cases = readSuiteFile(file);
    const unsupported = new Map<number, string>();
    cases.forEach((c, i) => {
      const reason = unsupportedReason(c.schema);
      if (reason) unsupported.set(i, reason);
    });
    const runnable = cases.map((_, i) => i).filter((i) => !unsupported.has(i));
    const { validators, names, rejected } = await compileCases(file, cases, runnable);

    const problems: string[] = [];
    const expectedSkips = Object.entries(KNOWN_DEVIATIONS).filter(([k]) => k.startsWith(`${file} :: `));
    const seen = new Set<string>();
    for (const r of rejected) {
      const key = `${file} :: ${cases[r.index]!.description}`;
      seen.add(key);
      if (!(key in KNOWN_DEVIATIONS)) problems.push(`rejected, not listed: ${key} (${r.reason})`);
    }
    for (const i of runnable) {
      const name = names.get(i);
      if (!name) continue;
      const validate = validators[name]!;
      for (const t of cases[i]!.tests) {
        const caseKey = `${file} :: ${cases[i]!.description}`;
        const testKey = `${caseKey} :: ${t.description}`;
        const ok = validate(t.data).ok as boolean;
        const listed = testKey in KNOWN_DEVIATIONS || caseKey in KNOWN_DEVIATIONS;
        if (testKey in KNOWN_DEVIATIONS) seen.add(testKey);
        if (caseKey in KNOWN_DEVIATIONS && ok !== t.valid) seen.add(caseKey);
        if (ok !== t.valid && !listed) problems.push(`${testKey}: expected ${t.valid ? 'valid' : 'invalid'}, got ${ok ? 'valid' : 'invalid'}`);
        if (ok === t.valid && testKey in KNOWN_DEVIATIONS) problems.push(`listed deviation now agrees (remove it): ${testKey}`);
      }
    }
    for (const [key] of expectedSkips) if (!seen.has(key)) problems.push(`listed deviation not seen (remove it): ${key}`);
    expect(problems).toEqual([]);
    // The unsupported cases are the documented skips (remote refs, $id, $dynamicRef, unevaluated*).
    expect([...unsupported.values()].every((r) => /^(uses |remote \$ref)/.test(r))).toBe(true);
  });
});
