/**
 * Writes a config.json whose local-sandbox entry points at a given sandbox port, for the demo on a
 * non-default SANDBOX_PORT and for e2e runs (each engineer's own ports). Returns the file path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface ServerEntry {
  id: string;
  fhirBaseUrl: string;
  issuerPrefix?: string;
  [key: string]: unknown;
}

/**
 * The file written is a development config (the local sandbox, the public SMART sandbox), so whatever
 * builds with it in this process is a development build: it is allowed to embed them
 * (TENSIO_ALLOW_DEV_SERVERS, src/config/production.ts). A production build uses its own config.
 */
export function writeLocalConfig(sandboxPort: number, dir: string): string {
  process.env.TENSIO_ALLOW_DEV_SERVERS = '1';
  const base = JSON.parse(readFileSync(resolve('public/config.json'), 'utf8')) as {
    servers: ServerEntry[];
  };
  const origin = `http://127.0.0.1:${sandboxPort}`;
  const servers = base.servers.map((s) =>
    s.id === 'local-sandbox'
      ? { ...s, fhirBaseUrl: `${origin}/fhir`, issuerPrefix: `${origin}/` }
      : s,
  );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `config-${sandboxPort}.json`);
  writeFileSync(file, JSON.stringify({ ...base, servers }, null, 2));
  return file;
}
