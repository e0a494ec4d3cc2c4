/**
 * `npm start`: the SMART sandbox (SANDBOX_PORT, default 4400) and the app's Vite dev server
 * (127.0.0.1:APP_PORT, default 5173) in one process. Prints the launcher URL to open.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { sandboxOptionsFromEnv } from '../sandbox/src/main';
import { createSandbox } from '../sandbox/src/server';
import { writeLocalConfig } from './local-config';

const appPort = Number(process.env.APP_PORT ?? 5173);
const launchUrl = `http://127.0.0.1:${appPort}/launch`;
// The sandbox reads the same SANDBOX_* variables as `npm run sandbox` (docs/sandbox.md).
const sandboxOptions = sandboxOptionsFromEnv({ APP_LAUNCH_URL: launchUrl, ...process.env });
const sandboxPort = sandboxOptions.port ?? 4400;

// vite.config.ts imports the config validator from src/ (extensionless TS imports, as the app does);
// Vite 8 warns about that for a future loader we do not use.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

async function main(): Promise<void> {
  if (sandboxPort !== 4400 && !process.env.TENSIO_CONFIG) {
    process.env.TENSIO_CONFIG = writeLocalConfig(sandboxPort, join(tmpdir(), 'tensio'));
  }
  const sandbox = await createSandbox(sandboxOptions);
  const vite = await createServer({
    server: { host: '127.0.0.1', port: appPort, strictPort: true },
  });
  await vite.listen();
  process.stdout.write(
    [
      '',
      'Tensio is running.',
      `  Open the sandbox launcher: ${sandbox.url}/`,
      `  App launch URL:            ${launchUrl}`,
      `  App redirect URI:          http://127.0.0.1:${appPort}/`,
      `  FHIR base (iss):           ${sandbox.fhirBase}`,
      '',
      'Pick a persona and a launch type on the launcher page. Ctrl+C stops both.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    Promise.allSettled([vite.close(), sandbox.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
