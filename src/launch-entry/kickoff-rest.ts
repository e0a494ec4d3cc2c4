/**
 * The redirect page's early start, second part (./kickoff): config.json, and for a fresh code the
 * server's discovery document and signing keys, so the id_token check finds them on their way. Each is
 * the once-per-page promise the app itself then awaits (loadConfig, readDiscovery, jose's key set).
 */
import { loadConfig } from '../config/load';
import { readDiscovery } from '../smart/discovery';
import { remoteKeys } from '../smart/id-token';

export function startRest(serverUrl: string | undefined, readMs: number | undefined): void {
  loadConfig().catch(() => undefined);
  if (!serverUrl) return;
  readDiscovery(serverUrl, readMs).then(
    ({ jwksUri }) => {
      // jose's remote key set (cached per page) fetches now rather than when the token arrives.
      if (jwksUri) void (remoteKeys(jwksUri) as { reload?: () => Promise<void> }).reload?.();
    },
    () => undefined,
  );
}
