import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Scratch space for tests (under test/.tmp, git-ignored). `npm test` gives each run a folder of its
 * own (test/global-setup.ts sets TEST_TMP_DIR) and removes it at the end; a test file run outside
 * that set-up falls back to test/.tmp itself.
 */
export function testTmp(...parts: string[]): string {
  return path.join(process.env.TEST_TMP_DIR ?? path.join(repoRoot, 'test/.tmp'), ...parts);
}
