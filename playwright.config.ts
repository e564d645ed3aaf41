import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/support/chromium';

/** End-to-end tests against the real built console and server (see e2e/fixtures.ts). Debian's Chromium only. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    screenshot: 'only-on-failure',
    viewport: { width: 1360, height: 860 },
    launchOptions: CHROMIUM,
  },
});
