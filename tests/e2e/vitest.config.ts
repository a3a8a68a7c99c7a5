import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A browser on a busy 2-core machine can take more than expect.poll's default 1 s to hydrate.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
