import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'e2e/fake-wechat/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['electron/test-setup/electron-mock.ts'],
    globalSetup: ['electron/test-setup/build-node-bundles.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real job processes; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
