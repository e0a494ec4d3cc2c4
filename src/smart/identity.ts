/**
 * Who signed in, as far as a verified id_token says. Verified once per id_token: the outcome is kept
 * in this tab's sessionStorage beside fhirclient's state (keyed by the token's signature, never the
 * token), so a reload an hour later does not re-judge a token that has since expired and flip the view.
 */
import type { SmartClient } from './client';
import { readDiscovery } from './discovery';
import { remoteKeys, verifyIdToken, type Identity } from './id-token';

const KEY = 'tensio:identity';

function signatureOf(idToken: string): string {
  return idToken.split('.')[2] ?? '';
}

function remembered(signature: string): Identity | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as { signature?: unknown; identity?: Identity }) : {};
    if (signature === '' || parsed.signature !== signature) return undefined;
    const identity = parsed.identity;
    return identity?.status === 'verified' &&
      (identity.fhirUser === undefined || typeof identity.fhirUser === 'string')
      ? identity
      : undefined;
  } catch {
    return undefined;
  }
}

function remember(signature: string, identity: Identity): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ signature, identity }));
  } catch {
    // Storage disabled: verified again on the next load.
  }
}

/** Checks the launch's id_token against the server's discovery document and keys. */
export async function checkIdentity(client: SmartClient, timeoutMs?: number): Promise<Identity> {
  const idToken: unknown = client.state.tokenResponse?.id_token;
  if (typeof idToken !== 'string' || idToken === '') return { status: 'none' };
  const signature = signatureOf(idToken);
  const known = remembered(signature);
  if (known) return known;
  let issuer: string | undefined;
  let jwksUri: string | undefined;
  try {
    ({ issuer, jwksUri } = await readDiscovery(client.state.serverUrl, timeoutMs));
  } catch {
    return { status: 'unverified', reason: "the server's SMART configuration could not be read" };
  }
  if (!issuer || !jwksUri)
    return { status: 'unverified', reason: 'the server publishes no issuer or signing keys' };
  const identity = await verifyIdToken({
    idToken,
    issuer,
    clientId: client.state.clientId ?? '',
    keys: remoteKeys(jwksUri),
  });
  if (identity.status === 'verified') remember(signature, identity);
  return identity;
}
