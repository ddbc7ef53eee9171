import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellDoubleQuoted, shellSingleQuoted } from '../../../generator/escape/shell.js';
import { CANARY_PAYLOADS, PAYLOADS } from '../../hostile/payloads.js';

/**
 * The curl examples' shell quoting, run through a real bash with history expansion on (as when a
 * reader pastes into a terminal): each quoted payload must come back as one argument, unchanged.
 */
const ALL = [...PAYLOADS, ...CANARY_PAYLOADS, '!!', 'a!b', '$(id)', '`id`', "'; exit 7; '", '\\'];

describe('shell quoting', () => {
  it('every payload reaches the command as one argument, as written', () => {
    const lines = ALL.flatMap((p) => [`printf '%s\\0' ${shellSingleQuoted(p)}`, `printf '%s\\0' "${shellDoubleQuoted(p)}"`]);
    const script = `set -H\n${lines.join('\n')}\n`;
    const run = spawnSync('bash', ['--norc', '-i'], { input: script, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent', HISTFILE: '/dev/null' } });
    expect(run.status).toBe(0);
    const args = run.stdout.split('\0').slice(0, -1);
    expect(args).toEqual(ALL.flatMap((p) => [p, p]));
  });
});
