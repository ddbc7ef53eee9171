import type { Drift } from '../write/write.js';
import type { Finding, Rule } from './finding.js';

/** `--check` drift as coded findings, so CI reports it the way it reports spec problems. */
const DRIFT_CATALOG = {
  OUTPUT_STALE: {
    severity: 'error',
    help: 'The file differs from what the specs generate now: run `npm run generate` and commit the result.',
  },
  OUTPUT_MISSING: {
    severity: 'error',
    help: 'The specs generate this file but the output directory lacks it: run `npm run generate` and commit it.',
  },
  OUTPUT_ORPHANED: {
    severity: 'error',
    help: 'No spec generates this file or folder any more: run `npm run generate` (it removes it) and commit the removal.',
  },
  OUTPUT_LEFTOVER: {
    severity: 'error',
    help: 'A run that was killed while writing left this temp folder: the next `npm run generate` removes it.',
  },
} as const satisfies Record<string, { severity: 'error'; help: string }>;

const CODES = { stale: 'OUTPUT_STALE', missing: 'OUTPUT_MISSING', orphaned: 'OUTPUT_ORPHANED', leftover: 'OUTPUT_LEFTOVER' } as const;

const MESSAGES = {
  stale: 'stale: differs from what the specs generate (first difference here)',
  missing: 'missing: the specs generate this file',
  orphaned: 'orphaned: no spec generates this any more',
  leftover: 'leftover: a temp folder of a run that was killed',
} as const;

/** The drift rules, for a report's catalogue. */
export function driftRules(): Rule[] {
  return Object.entries(DRIFT_CATALOG).map(([code, entry]) => ({ code, ...entry }));
}

/**
 * One finding per drifted file. `outLabel` is the output directory relative to the working directory
 * ('generated'); a stale file points at its first differing line, other files at 1:1.
 */
export function driftFindings(drift: readonly Drift[], outLabel: string): Finding[] {
  return drift.map((d) => {
    const code = CODES[d.kind];
    return {
      code,
      severity: DRIFT_CATALOG[code].severity,
      message: MESSAGES[d.kind],
      file: outLabel === '.' ? d.path : `${outLabel}/${d.path}`,
      line: d.line ?? 1,
      col: d.col ?? 1,
      pointer: '',
      help: DRIFT_CATALOG[code].help,
    };
  });
}
