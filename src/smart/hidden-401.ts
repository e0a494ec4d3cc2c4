/**
 * Some EHRs (Oracle Health among them, docs/ehr-profiles.md) send their 401s without CORS headers: the
 * browser hides the status and fetch rejects with a TypeError, exactly like an unreachable server.
 * Telling the two apart matters — "server unreachable" keeps the user waiting for a network that is
 * fine, while the session is in fact over. The failure is taken as a refused token when the token is
 * past its expiry, or when the same server answers an unauthenticated GET of `<base>/metadata` (it is
 * up and reachable from this page, so what failed was the authenticated request).
 */
import { DEFAULT_TIMEOUTS } from './http';

export interface Hidden401Options {
  base: string;
  /** Epoch ms the access token expires at, when known. */
  expiresAt?: () => number | undefined;
  now?: () => number;
  /** Deadline of the metadata probe (default: the read timeout). */
  probeTimeoutMs?: number;
}

/**
 * Returns the check the gateway runs after a request failed at the network level. Concurrent failures
 * (a dashboard's panels at once) share one metadata probe.
 */
/**
 * `expired`: the clock says the token is dead (surely the refusal); `reachable`: the server answers
 * unauthenticated requests, so the failure may be a hidden 401 — or a dropped connection, which the
 * gateway tells apart by refreshing and trying once more; undefined: the server is not reachable.
 */
export type Hidden401 = 'expired' | 'reachable' | undefined;

export function hidden401Check(options: Hidden401Options): () => Promise<Hidden401> {
  const now = options.now ?? Date.now;
  let probe: Promise<Hidden401> | undefined;
  const reachable = async (): Promise<Hidden401> => {
    try {
      const response = await fetch(`${options.base}/metadata`, {
        headers: { accept: 'application/fhir+json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(options.probeTimeoutMs ?? DEFAULT_TIMEOUTS.readMs),
      });
      response.body?.cancel().catch(() => undefined);
      return response.ok ? 'reachable' : undefined;
    } catch {
      return undefined;
    }
  };
  return () => {
    const expiresAt = options.expiresAt?.();
    if (expiresAt !== undefined && expiresAt <= now()) return Promise.resolve('expired');
    probe ??= reachable().finally(() => {
      probe = undefined;
    });
    return probe;
  };
}
