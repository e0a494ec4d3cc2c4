/**
 * Development servers never reach a production build by accident: the loopback sandbox (anyone on the
 * machine can write to it) and the public SMART sandbox (anyone on the internet can). A build refuses
 * a config naming one unless asked to (`TENSIO_ALLOW_DEV_SERVERS=1`); so does the built app when a
 * deployed config.json is edited to add one later. Pure: vite.config.ts and the launch entries use it.
 */
import { ConfigError } from './parse';
import type { AppConfig, ServerConfig } from './schema';

/** The env flag a development build (npm start's config, the e2e, the bench) sets. */
export const ALLOW_DEV_SERVERS_ENV = 'TENSIO_ALLOW_DEV_SERVERS';

/** Hosts of the public SMART sandboxes (smart-launcher-v2 and its predecessor). */
const PUBLIC_SANDBOX_HOSTS = new Set(['launch.smarthealthit.org', 'smart.argo.run']);

function devHost(url: string): 'loopback' | 'public sandbox' | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  )
    return 'loopback';
  return PUBLIC_SANDBOX_HOSTS.has(host) ? 'public sandbox' : undefined;
}

function serverUrls(s: ServerConfig): string[] {
  return [s.fhirBaseUrl, ...(s.issuerPrefix ? [s.issuerPrefix] : []), ...s.extraOrigins];
}

/** Each development server in the config: `<id> (<kind>: <url>)`. */
export function devServersIn(config: AppConfig): string[] {
  const found: string[] = [];
  for (const s of config.servers) {
    for (const url of serverUrls(s)) {
      const kind = devHost(url);
      if (kind) {
        found.push(`${s.id} (${kind}: ${url})`);
        break;
      }
    }
  }
  return found;
}

/** Throws a ConfigError naming every development server, unless they are allowed. */
export function assertProductionConfig(config: AppConfig, allowDevServers: boolean): void {
  if (allowDevServers) return;
  const found = devServersIn(config);
  if (found.length === 0) return;
  throw new ConfigError(
    `config.json names development servers, which a production build refuses: ${found.join(', ')}. ` +
      `Use a production config (docs/config.example.json) via TENSIO_CONFIG, or set ` +
      `${ALLOW_DEV_SERVERS_ENV}=1 for a development build.`,
  );
}
