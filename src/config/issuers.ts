/** The issuer allowlist: an `iss` is accepted only when a configured server claims it. */
import type { AppConfig, ServerConfig } from './schema';

const trimSlash = (u: string) => u.replace(/\/+$/, '');

export function serverForIssuer(config: AppConfig, iss: string): ServerConfig | undefined {
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return undefined;
  }
  // Credentials, fragments and odd schemes in an iss are never legitimate.
  if (url.username || url.password || url.hash || !/^https?:$/.test(url.protocol)) return undefined;
  const normal = trimSlash(iss);
  return config.servers.find((s) => {
    if (trimSlash(s.fhirBaseUrl) === normal) return true;
    if (s.match !== 'prefix' || !s.issuerPrefix) return false;
    const prefix = s.issuerPrefix.endsWith('/') ? s.issuerPrefix : `${s.issuerPrefix}/`;
    return normal.startsWith(prefix);
  });
}

/** Origins the app may connect to (CSP connect-src): each server's base/prefix and extra origins. */
export function connectOrigins(config: AppConfig): string[] {
  const origins = new Set<string>();
  for (const s of config.servers) {
    origins.add(new URL(s.fhirBaseUrl).origin);
    if (s.issuerPrefix) origins.add(new URL(s.issuerPrefix).origin);
    for (const o of s.extraOrigins) origins.add(new URL(o).origin);
  }
  return [...origins].sort();
}
