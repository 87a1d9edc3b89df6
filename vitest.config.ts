import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Several tests start whole processes (npm start, the built entry point) or build on worker threads;
    // on a shared 2-core machine those take tens of seconds. No test asserts a time.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
