import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The dev-mode e2e: `npm start` itself (the sandbox and Vite's dev server, React in StrictMode), so
 * what only StrictMode breaks — a refresh timer cleared by its double mount — is tested for real.
 * Same browser settings as playwright.config.ts; its own ports.
 */
const appPort = Number(process.env.E2E_DEV_APP_PORT ?? 5179);
const sandboxPort = Number(process.env.E2E_DEV_SANDBOX_PORT ?? 4409);
process.env.E2E_APP_PORT = String(appPort);
process.env.E2E_SANDBOX_PORT = String(sandboxPort);

export default defineConfig({
  ...base,
  testDir: 'e2e-dev',
  // Outside Vite's watched tree: a trace written under the project root made the dev server reload the
  // page in the middle of the test.
  outputDir: 'node_modules/.cache/test-results-dev',
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${appPort}`, trace: 'off' },
  webServer: {
    command: 'node_modules/.bin/tsx scripts/start.ts',
    url: `http://127.0.0.1:${appPort}/config.json`,
    env: { APP_PORT: String(appPort), SANDBOX_PORT: String(sandboxPort) },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
