import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    // Builds the site and serves it (unless E2E_BASE names a server already running).
    globalSetup: ['tests/e2e/setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A browser on a busy 2-core machine can take more than expect.poll's default 1 s to hydrate.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
