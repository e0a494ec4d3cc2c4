import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appPort = Number(process.env.APP_PORT ?? 5173);

export default defineConfig({
  plugins: [react()],
  // Drops fhirclient's fetch/AbortController polyfills: every browser we support has both.
  define: { FHIRCLIENT_PURE: 'true' },
  server: { host: '127.0.0.1', port: appPort, strictPort: true },
  preview: { host: '127.0.0.1', port: appPort, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
