/**
 * The SMART authorize step without fhirclient's bundle (issue 12: the launch page's only job is one
 * redirect). Discovery from `.well-known/smart-configuration` (SMART App Launch 2.x §Discovery), else
 * the CapabilityStatement's oauth-uris extension, as fhirclient does; PKCE S256 (RFC 7636) from the
 * platform CSPRNG; `state` from randomState. The state is stored exactly as fhirclient 2.6's
 * `oauth2.authorize` stores it (lib/smart.js: sessionStorage `SMART_KEY` → key, key → JSON state), so
 * the app's callback, fhirclient's `ready()`, completes the code exchange unchanged.
 */
import { randomState } from '../smart/random-state';

export interface LaunchRequest {
  iss: string;
  launch?: string;
  clientId: string;
  /** The scope, or a function of what discovery says the server supports. */
  scope: string | ((endpoints: Endpoints) => string);
  redirectUri: string;
  pkceMode: 'required' | 'ifSupported';
}

export interface Endpoints {
  authorizeUri: string;
  tokenUri: string;
  registrationUri: string;
  codeChallengeMethods: string[];
  /** SMART `capabilities` (e.g. `permission-v1`), empty when not advertised. */
  capabilities: string[];
}

/** fhirclient's sessionStorage pointer to the current state (settings.js `SMART_KEY`). */
export const SMART_KEY = 'SMART_KEY';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function getJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  const response = await fetcher(url, {
    headers: { accept: 'application/json' },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return response.json();
}

const at = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);

export async function discover(iss: string, fetcher: typeof fetch = fetch): Promise<Endpoints> {
  const base = iss.replace(/\/*$/, '/');
  try {
    const meta = await getJson(`${base}.well-known/smart-configuration`, fetcher);
    const authorizeUri = str(at(meta, 'authorization_endpoint'));
    const tokenUri = str(at(meta, 'token_endpoint'));
    if (!authorizeUri || !tokenUri) throw new Error('Invalid wellKnownJson');
    const methods = at(meta, 'code_challenge_methods_supported');
    const capabilities = list(at(meta, 'capabilities')).filter((c) => typeof c === 'string');
    return {
      authorizeUri,
      tokenUri,
      registrationUri: str(at(meta, 'registration_endpoint')),
      codeChallengeMethods: Array.isArray(methods)
        ? methods.filter((m) => typeof m === 'string')
        : [],
      capabilities,
    };
  } catch {
    const statement = await getJson(`${base}metadata`, fetcher);
    const rest = at(statement, 'rest');
    const security = at(list(rest)[0], 'security');
    const oauth = list(at(security, 'extension')).find(
      (e) =>
        at(e, 'url') === 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
    );
    const inner = at(oauth, 'extension');
    const uri = (name: string) =>
      str(
        at(
          (Array.isArray(inner) ? inner : []).find((e) => at(e, 'url') === name),
          'valueUri',
        ),
      );
    if (!uri('authorize') || !uri('token')) throw new Error('No SMART endpoints');
    return {
      authorizeUri: uri('authorize'),
      tokenUri: uri('token'),
      registrationUri: uri('register'),
      codeChallengeMethods: [],
      capabilities: [],
    };
  }
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** RFC 7636 §4.1–4.2: a verifier of 96 random bytes (as fhirclient), its S256 challenge. */
export async function pkcePair(): Promise<{ codeVerifier: string; codeChallenge: string }> {
  const codeVerifier = base64url(crypto.getRandomValues(new Uint8Array(96)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  return { codeVerifier, codeChallenge: base64url(new Uint8Array(digest)) };
}

/**
 * Discovers, stores fhirclient's state and returns the authorization URL to go to. Rejects when
 * discovery fails or PKCE is required and the server does not advertise S256.
 */
export async function prepareAuthorize(
  r: LaunchRequest,
  storage: Storage = sessionStorage,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const endpoints = await discover(r.iss, fetcher);
  const asked = typeof r.scope === 'function' ? r.scope(endpoints) : r.scope;
  // fhirclient appends a bare `launch` scope to an EHR launch whose scopes name none.
  const scope = r.launch && !/launch/.test(asked) ? `${asked} launch` : asked;
  const s256 = endpoints.codeChallengeMethods.includes('S256');
  if (r.pkceMode === 'required' && !s256)
    throw new Error('The server does not advertise PKCE S256');
  const key = randomState();
  const pkce = s256 ? await pkcePair() : undefined;
  const old = storage.getItem(SMART_KEY);
  if (old) storage.removeItem(JSON.parse(old) as string);
  const state = {
    clientId: r.clientId,
    scope,
    redirectUri: r.redirectUri,
    serverUrl: r.iss,
    tokenResponse: {},
    key,
    completeInTarget: true,
    ...endpoints,
    ...pkce,
  };
  storage.setItem(SMART_KEY, JSON.stringify(key));
  storage.setItem(key, JSON.stringify(state));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: r.clientId,
    scope,
    redirect_uri: r.redirectUri,
    aud: r.iss,
    state: key,
    ...(r.launch ? { launch: r.launch } : {}),
    ...(pkce ? { code_challenge: pkce.codeChallenge, code_challenge_method: 'S256' } : {}),
  });
  return `${endpoints.authorizeUri}?${params.toString()}`;
}
