import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'build/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'e2e/fake-wechat/**/*.test.ts', 'e2e/fake-webhook/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['electron/test-setup/electron-mock.ts'],
    globalSetup: ['electron/test-setup/build-node-bundles.ts'],
    // An upload through a job process takes 2.5 s idle and 4.1 s with both cores busy (measured);
    // the slowest tests run two or three jobs or CLI processes, so 30 s leaves a wide margin.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real job processes; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
