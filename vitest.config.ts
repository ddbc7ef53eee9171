import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/large/**', 'node_modules/**', 'test/.tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A worker that built a docs site and compiled 150 specs can take more than the default 10 s to stop on a busy machine.
    teardownTimeout: 60_000,
    // Tests that start servers or compile with tsc are CPU-heavy; two workers match the 2-core machine.
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
  },
});
