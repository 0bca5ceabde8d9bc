import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 30_000,
    // Each test file opens its own SQLite files in a temp dir; forks keep native handles apart.
    pool: 'forks',
  },
});
