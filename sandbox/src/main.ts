/**
 * `npm run sandbox`: the local SMART sandbox on 127.0.0.1. Configuration comes from the environment,
 * validated here so a typo fails at start-up with a message instead of a half-working server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { DataLoadError } from './data-loader';
import { createSandbox, publicOrigin, type SandboxOptions } from './server';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const clientSchema = z.array(
  z.object({ client_id: z.string().min(1), redirect_uris: z.array(z.url()).min(1) }).strict(),
);

const list = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : undefined,
  );

const origin = z.url({ protocol: /^https?$/ }).refine((v) => {
  try {
    publicOrigin(v);
    return true;
  } catch {
    return false;
  }
}, 'an http(s) origin without path, e.g. https://app.example.org');

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(4400),
  SANDBOX_DATA: z.string().min(1).optional(),
  SANDBOX_OPEN: flag,
  SANDBOX_LOOSE: flag,
  SANDBOX_EHR_CONSENT: flag,
  SANDBOX_CORS_ORIGINS: list,
  SANDBOX_LAUNCH_ORIGINS: list.pipe(z.array(origin).optional()),
  SANDBOX_PUBLIC_URL: origin.optional(),
  SANDBOX_OPEN_PUBLIC_BASE: z
    .url({ protocol: /^https?$/ })
    .refine((v) => !URL.parse(v)?.search && !URL.parse(v)?.hash, 'no query or fragment')
    .optional(),
  SANDBOX_TRUST_PROXY: flag,
  SANDBOX_CLIENTS: z.string().optional(),
  APP_LAUNCH_URL: z.url().default('http://127.0.0.1:5173/launch'),
});

/** SANDBOX_CLIENTS is JSON, or the path of a JSON file: `[{"client_id":"x","redirect_uris":["..."]}]`. */
function parseClients(value: string | undefined): z.infer<typeof clientSchema> {
  if (!value) return [];
  const text = value.trim().startsWith('[') ? value : readFileSync(value, 'utf8');
  return clientSchema.parse(JSON.parse(text));
}

export class SandboxEnvError extends Error {}

/** The createSandbox options `npm run sandbox` uses, from an environment (also for scripts/start.ts). */
export function sandboxOptionsFromEnv(environment: NodeJS.ProcessEnv): SandboxOptions {
  const parsed = envSchema.safeParse(environment);
  if (!parsed.success)
    throw new SandboxEnvError(`invalid environment:\n${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  if (env.SANDBOX_DATA && !existsSync(env.SANDBOX_DATA)) {
    throw new SandboxEnvError(`SANDBOX_DATA folder not found: ${env.SANDBOX_DATA}`);
  }
  let clients;
  try {
    clients = parseClients(env.SANDBOX_CLIENTS);
  } catch (error) {
    throw new SandboxEnvError(
      `invalid SANDBOX_CLIENTS: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    port: env.SANDBOX_PORT,
    fhirOptions: env.SANDBOX_DATA ? { dataDir: env.SANDBOX_DATA } : {},
    open: env.SANDBOX_OPEN,
    loose: env.SANDBOX_LOOSE,
    ehrConsent: env.SANDBOX_EHR_CONSENT,
    corsOrigins: env.SANDBOX_CORS_ORIGINS,
    clients,
    appLaunchUrl: env.APP_LAUNCH_URL,
    ...(env.SANDBOX_LAUNCH_ORIGINS ? { launchOrigins: env.SANDBOX_LAUNCH_ORIGINS } : {}),
    ...(env.SANDBOX_PUBLIC_URL ? { publicUrl: env.SANDBOX_PUBLIC_URL } : {}),
    ...(env.SANDBOX_OPEN_PUBLIC_BASE ? { openPublicBase: env.SANDBOX_OPEN_PUBLIC_BASE } : {}),
    trustProxy: env.SANDBOX_TRUST_PROXY,
  };
}

function fail(message: string): never {
  process.stderr.write(`sandbox: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const options = sandboxOptionsFromEnv(process.env);
  const sandbox = await createSandbox(options);
  const lines = [
    `SMART sandbox ready`,
    `  launcher:  ${sandbox.url}/`,
    `  FHIR base: ${sandbox.fhirBase}`,
    ...(options.open ? [`  open FHIR: ${sandbox.url}/open/fhir (no authorization)`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Runs only as the entry point: other scripts import sandboxOptionsFromEnv.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof SandboxEnvError || error instanceof DataLoadError) fail(error.message);
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
      fail(
        `port ${process.env.SANDBOX_PORT ?? '4400'} on 127.0.0.1 is in use: stop the other process or set SANDBOX_PORT`,
      );
    }
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
}
