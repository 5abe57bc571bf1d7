import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites start local servers; two cores, so keep workers modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
