import { defineConfig } from '@playwright/test';

import { E2E_PORT as PORT } from './e2e/constants.ts';

export default defineConfig({
  testDir: 'e2e',
  // One server, one database, two cores: journeys run one after the other.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A journey is a whole working session with an accessibility scan per screen (about 1 s each on
  // two cores): 30 s was the sum of its steps on a quiet machine, not a margin.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium, never a downloaded browser.
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx e2e/server.ts',
    url: `http://127.0.0.1:${PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Without a signal Playwright kills the server outright, leaving its database behind.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
