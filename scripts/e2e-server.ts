/**
 * Playwright's webServer for e2e: builds the app into E2E_DIST (default dist-e2e) with a config that
 * points at the e2e sandbox port, serves it with Vite preview on E2E_APP_PORT (default 5180), and
 * starts the sandbox on E2E_SANDBOX_PORT (default 4410). Ports differ from the demo's so a developer's
 * `npm start` and several e2e runs can coexist.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { createSandbox } from '../sandbox/src/server';
import { writeLocalConfig } from './local-config';

const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4410);
const appPort = Number(process.env.E2E_APP_PORT ?? 5180);
const outDir = process.env.E2E_DIST ?? 'dist-e2e';

// vite.config.ts imports the config validator from src/ (extensionless TS imports, as the app does);
// Vite 8 warns about that for a future loader we do not use.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

async function main(): Promise<void> {
  process.env.TENSIO_CONFIG = writeLocalConfig(
    sandboxPort,
    join(tmpdir(), `tensio-e2e-${String(appPort)}`),
  );
  const [sandbox] = await Promise.all([
    createSandbox({ port: sandboxPort, appLaunchUrl: `http://127.0.0.1:${appPort}/launch` }),
    build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  ]);
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true },
  });
  process.stdout.write(
    `e2e: app http://127.0.0.1:${appPort}/ (from ${outDir}), sandbox ${sandbox.url}/\n`,
  );
  const stop = () => {
    Promise.allSettled([server.close(), sandbox.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `e2e-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
