import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fhirclientBrowser = fileURLToPath(
  new URL('./node_modules/fhirclient/lib/entry/browser.js', import.meta.url),
);

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        define: { FHIRCLIENT_PURE: 'true' },
        // Vitest would pick fhirclient's Node entry; the app runs its browser entry.
        resolve: { alias: { fhirclient: fhirclientBrowser } },
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          // msw must listen before fhirclient is imported (it captures fetch at import time).
          setupFiles: ['./mocks/setup.ts'],
          env: { TZ: 'America/New_York' },
        },
      },
      {
        test: {
          name: 'sandbox',
          environment: 'node',
          include: ['sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
