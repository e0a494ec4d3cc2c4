/**
 * The fhirclient seam: turns a fhirclient `Client` into our TokenSource. fhirclient keeps the token
 * state (in sessionStorage, per tab) and performs refreshes; everything else is ours.
 */
import FHIR from 'fhirclient';
import type Client from 'fhirclient/lib/Client';
import type { fhirclient } from 'fhirclient/lib/types';
import type { TokenSource } from './gateway';

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

/** Refresh is possible only with a refresh token AND an offline/online grant (fhirclient asserts both). */
export function canRefresh(client: SmartClient): boolean {
  const scope: unknown = client.getState('tokenResponse.scope');
  const refreshToken: unknown = client.getState('tokenResponse.refresh_token');
  return (
    typeof refreshToken === 'string' &&
    typeof scope === 'string' &&
    /\b(offline|online)_access\b/.test(scope)
  );
}

/** Epoch ms of the access token's expiry, when known. */
export function expiresAtMs(client: SmartClient): number | undefined {
  const seconds: unknown = client.getState('expiresAt');
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : undefined;
}

export function tokenSource(client: SmartClient): TokenSource {
  return {
    authorizationHeader: () => client.getAuthorizationHeader(),
    async ensureFresh(signal) {
      const expiresAt = expiresAtMs(client);
      // fhirclient refreshes 10 s before expiry; we only ask when refresh is possible, so a token
      // without offline/online access is used until the server says 401.
      if (expiresAt === undefined || !canRefresh(client)) return;
      if (expiresAt - 10_000 < Date.now()) await client.refresh(signal ? { signal } : {});
    },
    async refreshAfterUnauthorized() {
      if (!canRefresh(client)) return false;
      await client.refresh();
      return true;
    },
  };
}
