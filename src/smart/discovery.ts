/**
 * The server's SMART configuration (SMART App Launch 2.x §Conformance), read for what fhirclient does
 * not keep: `issuer` and `jwks_uri` (to verify the id_token) and `revocation_endpoint` (sign-out). When
 * `jwks_uri` is missing, the issuer's OpenID Connect discovery document is asked instead. Every field is
 * checked for shape; anything that is not an http(s) URL is dropped. Read once per page per server.
 */
export interface Discovery {
  issuer?: string;
  jwksUri?: string;
  revocationEndpoint?: string;
}

const trimSlash = (u: string) => u.replace(/\/+$/, '');

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? value : undefined;
  } catch {
    return undefined;
  }
}

async function getJson(url: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    credentials: 'omit',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error(`${url}: not a JSON object`);
  return body as Record<string, unknown>;
}

function readFields(json: Record<string, unknown>): Discovery {
  const issuer = httpUrl(json.issuer);
  const jwksUri = httpUrl(json.jwks_uri);
  const revocationEndpoint = httpUrl(json.revocation_endpoint);
  return {
    ...(issuer ? { issuer } : {}),
    ...(jwksUri ? { jwksUri } : {}),
    ...(revocationEndpoint ? { revocationEndpoint } : {}),
  };
}

async function discover(serverUrl: string, timeoutMs: number): Promise<Discovery> {
  const smart = readFields(
    await getJson(`${trimSlash(serverUrl)}/.well-known/smart-configuration`, timeoutMs),
  );
  if (smart.jwksUri || !smart.issuer) return smart;
  try {
    const oidc = readFields(
      await getJson(`${trimSlash(smart.issuer)}/.well-known/openid-configuration`, timeoutMs),
    );
    // The OpenID document must describe the same issuer, or its keys say nothing about this one.
    return oidc.issuer === smart.issuer && oidc.jwksUri
      ? { ...smart, jwksUri: oidc.jwksUri }
      : smart;
  } catch {
    return smart;
  }
}

const cache = new Map<string, Promise<Discovery>>();

/** The server's discovery fields; a failed read is not cached (the next caller asks again). */
export function readDiscovery(serverUrl: string, timeoutMs = 15_000): Promise<Discovery> {
  const key = trimSlash(serverUrl);
  let pending = cache.get(key);
  if (!pending) {
    pending = discover(key, timeoutMs);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** Tests: forget what was read. */
export function forgetDiscovery(): void {
  cache.clear();
}
