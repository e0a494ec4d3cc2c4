/**
 * The fhirclient seam: turns a fhirclient `Client` into our TokenSource. fhirclient keeps the token
 * state (in sessionStorage, per tab) and performs refreshes; everything else is ours.
 */
import FHIR from 'fhirclient';
import type Client from 'fhirclient/lib/Client';
import type { fhirclient } from 'fhirclient/lib/types';
import type { TokenSource } from './gateway';
import { DEFAULT_TIMEOUTS } from './http';
import { FhirError } from './types';

// Public clients must identify themselves on the refresh_token grant (RFC 6749 §6 with §3.2.1);
// fhirclient leaves client_id out unless told, and a strict server (ours, oidc-provider) refuses it.
(FHIR.oauth2.settings as { refreshTokenWithClientId?: boolean }).refreshTokenWithClientId = true;

/** fhirclient's browser API, configured: import it from here, never from 'fhirclient' directly. */
export { FHIR };

export type SmartClient = Client;
export type ClientState = fhirclient.ClientState;

/** Builds a client from a stored/known state (tests, and the token-less "state gone" check). */
export function clientFromState(state: ClientState): SmartClient {
  return FHIR.client(state);
}

const REFRESH_SCOPE = /\b(offline|online)_access\b/;

/**
 * Refresh is possible with a refresh token. The echoed `scope` need not name offline/online access:
 * some EHRs grant it without echoing it (smart-on-fhir/client-js#138, docs/ehr-profiles.md).
 */
export function canRefresh(client: SmartClient): boolean {
  return typeof client.getState('tokenResponse.refresh_token') === 'string';
}

/**
 * fhirclient refuses to refresh unless `scope` names offline/online access: for a refresh token whose
 * grant was not echoed, name it for the refresh only. Returns the undo (the stored scope stays the
 * server's words).
 */
function nameRefreshGrant(client: SmartClient): () => void {
  const response = client.state.tokenResponse;
  const scope = response?.scope ?? '';
  if (!response?.refresh_token || REFRESH_SCOPE.test(scope)) return () => undefined;
  const named = `${scope} offline_access`.trim();
  response.scope = named;
  return () => {
    const now = client.state.tokenResponse;
    if (now?.scope !== named) return;
    now.scope = scope;
    if (client.state.key) void client.environment.getStorage().set(client.state.key, client.state);
  };
}

/** Epoch ms of the access token's expiry, when known. */
export function expiresAtMs(client: SmartClient): number | undefined {
  const seconds: unknown = client.getState('expiresAt');
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : undefined;
}

const refreshing = new WeakMap<SmartClient, Promise<void>>();

/** An HTTP answer from the token endpoint (fhirclient's HttpError): the server decided. */
function answered(error: unknown): boolean {
  return typeof (error as { status?: unknown } | null)?.status === 'number';
}

/**
 * The one refresh every caller of a client shares (the proactive timer, a request near expiry, a 401).
 * It has its own deadline and never takes a caller's signal: one cancelled query must not abort the
 * refresh the others wait for (and end the session). When the token endpoint did not answer at all
 * (offline, stalled) it rejects with a `network`/`timeout` FhirError and keeps the refresh token,
 * which fhirclient drops on any failure, so a later attempt can still renew the session.
 */
export function sharedRefresh(
  client: SmartClient,
  timeoutMs = DEFAULT_TIMEOUTS.readMs,
): Promise<void> {
  let task = refreshing.get(client);
  if (task) return task;
  const refreshToken = client.state.tokenResponse?.refresh_token;
  const deadline = AbortSignal.timeout(timeoutMs);
  const unname = nameRefreshGrant(client);
  task = client
    .refresh({ signal: deadline })
    .then(
      () => undefined,
      (error: unknown) => {
        if (answered(error)) throw error;
        if (refreshToken && client.state.tokenResponse) {
          client.state.tokenResponse.refresh_token = refreshToken;
          if (client.state.key)
            void client.environment.getStorage().set(client.state.key, client.state);
        }
        throw new FhirError(
          deadline.aborted ? 'timeout' : 'network',
          'The session could not be renewed: the server did not answer',
        );
      },
    )
    .finally(() => {
      unname();
      refreshing.delete(client);
    });
  refreshing.set(client, task);
  return task;
}

/** Waits for `task`, or stops waiting (rejecting with the signal's reason) when `signal` aborts. */
function waitFor(task: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return task;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    task.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

export function tokenSource(
  client: SmartClient,
  { refreshTimeoutMs = DEFAULT_TIMEOUTS.readMs }: { refreshTimeoutMs?: number } = {},
): TokenSource {
  return {
    authorizationHeader: () => client.getAuthorizationHeader(),
    async ensureFresh(signal) {
      const expiresAt = expiresAtMs(client);
      // fhirclient refreshes 10 s before expiry; we only ask when refresh is possible, so a token
      // without offline/online access is used until the server says 401.
      if (expiresAt === undefined || !canRefresh(client)) return;
      if (expiresAt - 10_000 < Date.now())
        await waitFor(sharedRefresh(client, refreshTimeoutMs), signal);
    },
    expiresAt: () => expiresAtMs(client),
    async refreshAfterUnauthorized() {
      if (!canRefresh(client)) return false;
      await sharedRefresh(client, refreshTimeoutMs);
      return true;
    },
  };
}
