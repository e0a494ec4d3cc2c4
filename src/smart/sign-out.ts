/**
 * Sign-out: revoke the tokens where the server offers it (RFC 7009 — a form POST of `token`,
 * `token_type_hint` and, as a public client, `client_id`), then forget everything this tab stored.
 * Tokens go only to a revocation endpoint on the token endpoint's own origin: the server that issued
 * them, never a host a discovery document merely names.
 */
import type { SmartClient } from './client';
import { readDiscovery } from './discovery';
import type { RevokeOutcome } from './types';

const sameOrigin = (a: string, b: string | undefined) => {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

async function revokeOne(
  endpoint: string,
  clientId: string,
  token: string,
  hint: 'refresh_token' | 'access_token',
  timeoutMs: number,
): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, token_type_hint: hint, client_id: clientId }),
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // RFC 7009 §2.2: 200 also for a token that was already invalid.
    return response.ok;
  } catch {
    return false;
  }
}

/** Revokes the refresh token first (servers drop the grant's access tokens with it), then the access token. */
export async function revokeTokens(client: SmartClient, timeoutMs = 5_000): Promise<RevokeOutcome> {
  const { tokenResponse, clientId, tokenUri, serverUrl } = client.state;
  const refresh = tokenResponse?.refresh_token;
  const access = tokenResponse?.access_token;
  if (!clientId || (!refresh && !access)) return 'not-offered';
  let endpoint: string | undefined;
  try {
    endpoint = (await readDiscovery(serverUrl, timeoutMs)).revocationEndpoint;
  } catch {
    return 'failed';
  }
  if (!endpoint || !sameOrigin(endpoint, tokenUri)) return 'not-offered';
  const results = [
    refresh ? await revokeOne(endpoint, clientId, refresh, 'refresh_token', timeoutMs) : true,
    access ? await revokeOne(endpoint, clientId, access, 'access_token', timeoutMs) : true,
  ];
  return results.every(Boolean) ? 'revoked' : 'failed';
}

/** Everything this tab stored: fhirclient's state and pointer, our launch notes and identity. */
export function clearTabStorage(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage disabled: nothing was stored.
  }
}
