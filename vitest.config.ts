import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    // CLI tests start a process per command (tsx compiles on the way), several per test: on a
    // shared, busy machine one test can take a minute without anything being wrong.
    testTimeout: 120_000,
    // Each test file opens its own SQLite files in a temp dir; forks keep native handles apart.
    pool: 'forks',
    // The web app is built once a run, for the browser tests (test/web/).
    globalSetup: ['test/web/build-web-once.ts'],
  },
});
