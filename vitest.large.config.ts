import { defineConfig } from 'vitest/config';

/**
 * `npm run test:large`: whole published specs (GitHub, Stripe) through the full pipeline and tsc.
 * Kept out of `npm test` because a run takes minutes; CI runs both (.ci/run).
 */
export default defineConfig({
  test: {
    include: ['test/large/**/*.test.ts'],
    exclude: ['node_modules/**', 'test/.tmp/**'],
    // One spec at a time: each run needs ~1 GiB and both cores (formatting uses a worker pool).
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 20 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
