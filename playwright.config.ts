import { defineConfig } from '@playwright/test';

// Two suites: the browser harness in Debian's Chromium (runs everywhere), and the real app
// through Playwright's _electron (runs where the Electron binary exists, skips elsewhere).
export default defineConfig({
  outputDir: 'test-output/playwright',
  reporter: [['list']],
  timeout: 60_000,
  // The longest wait on screen is a job. Measured on 2 cores (bench/upload-bench.ts): an upload of
  // nested-shop takes 2.5 s idle and 4.1 s with both cores busy, a connection check 1.0 / 1.3 s.
  // 15 s is over three times the loaded upload.
  expect: { timeout: 15_000 },
  workers: 1,
  projects: [
    {
      name: 'harness',
      testDir: 'e2e/harness',
      use: {
        locale: 'zh-CN',
        viewport: { width: 1100, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
});
