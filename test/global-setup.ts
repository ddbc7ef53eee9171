import { chmodSync, mkdirSync, mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * One scratch folder per test run, removed when the run ends, so `npm test` leaves nothing behind.
 * Set KEEP_TEST_TMP=1 to keep it for a look at what the tests wrote (the path is printed).
 * Workers start after this runs, so they inherit TEST_TMP_DIR (read by test/support/tmp.ts).
 */
export default function setup(): () => void {
  const base = path.resolve(import.meta.dirname, '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(path.join(base, 'run-'));
  // mkdtemp makes it private (0700); tests that run the CLI as another user must reach their folders.
  chmodSync(dir, 0o755);
  process.env.TEST_TMP_DIR = dir;
  return () => {
    if (process.env.KEEP_TEST_TMP === '1') {
      console.log(`test scratch files kept in ${path.relative(process.cwd(), dir)}`);
      return;
    }
    rmSync(dir, { recursive: true, force: true });
    try {
      rmdirSync(base); // only when empty: another run or `npm run bench` may be using it
    } catch {
      // not empty: leave it
    }
  };
}
