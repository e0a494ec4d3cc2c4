import { defineConfig, devices } from '@playwright/test';

const appPort = Number(process.env.E2E_APP_PORT ?? 5180);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4410);
process.env.E2E_APP_PORT = String(appPort);
process.env.E2E_SANDBOX_PORT = String(sandboxPort);

/**
 * End-to-end: real launches of the built app against the local sandbox, in Debian's Chromium.
 * Ports come from E2E_APP_PORT / E2E_SANDBOX_PORT so several runs can share a machine.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'line',
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${appPort}`,
    timezoneId: 'America/New_York',
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${appPort}/config.json`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
