import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The config `npm run mutate` (Stryker) runs: the app's unit and component tests, as vitest.config.ts's
 * `app` project runs them (Stryker's vitest runner cannot pick one project of a workspace). A mutant in
 * src/clinical or src/fhir survives only if no test of the app notices it.
 */
export default defineConfig({
  plugins: [react()],
  define: { FHIRCLIENT_PURE: 'true' },
  resolve: {
    alias: {
      fhirclient: fileURLToPath(
        new URL('./node_modules/fhirclient/lib/entry/browser.js', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./mocks/setup.ts'],
    env: { TZ: 'America/New_York' },
  },
});
