/**
 * The redirect page's early start, second part (./kickoff): config.json, and for a fresh code the
 * server's signing keys once discovery names them, so the id_token check finds them on their way. Each is
 * the once-per-page promise the app itself then awaits (loadConfig, readDiscovery, jose's key set).
 */
import { loadConfig } from '../config/load';
import type { Discovery } from '../smart/discovery';
import { remoteKeys } from '../smart/id-token';

export function startRest(discovery: Promise<Discovery> | undefined): void {
  loadConfig().catch(() => undefined);
  discovery?.then(
    ({ jwksUri }) => {
      // jose's remote key set (cached per page) fetches now rather than when the token arrives.
      if (jwksUri) void (remoteKeys(jwksUri) as { reload?: () => Promise<void> }).reload?.();
    },
    () => undefined,
  );
}
