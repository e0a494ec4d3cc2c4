/**
 * Which clients and redirect URIs the sandbox accepts. By default the public client `tensio` with any
 * redirect URI on a loopback origin (RFC 8252 §7.3: any port, here also any path); configured clients
 * with their exact redirect URIs; in loose mode any client id with any http(s) redirect URI.
 */
export interface ClientConfig {
  client_id: string;
  redirect_uris: string[];
}

export interface ClientPolicyOptions {
  /** Extra clients (SANDBOX_CLIENTS): exact redirect URIs. */
  clients?: readonly ClientConfig[];
  /** SANDBOX_LOOSE: any client id is accepted. */
  loose?: boolean;
}

export const DEFAULT_CLIENT_ID = 'tensio';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && !url.hash;
}

function isWebUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && !url.hash;
}

export class ClientPolicy {
  private readonly exact: Map<string, ClientConfig>;

  constructor(private readonly options: ClientPolicyOptions = {}) {
    this.exact = new Map((options.clients ?? []).map((c) => [c.client_id, c]));
  }

  /** oidc-provider client metadata for an id, or undefined when the id is unknown (invalid_client). */
  metadata(clientId: string): Record<string, unknown> | undefined {
    const configured = this.exact.get(clientId);
    if (!configured && clientId !== DEFAULT_CLIENT_ID && !this.options.loose) return undefined;
    return {
      client_id: clientId,
      client_name: clientId,
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // A placeholder for the any-loopback clients: redirectAllowed() decides for them.
      redirect_uris: configured?.redirect_uris ?? ['http://127.0.0.1/'],
    };
  }

  redirectAllowed(clientId: string, redirectUri: string): boolean {
    const configured = this.exact.get(clientId);
    if (configured) return configured.redirect_uris.includes(redirectUri);
    if (clientId === DEFAULT_CLIENT_ID) return isLoopbackUrl(redirectUri);
    return this.options.loose === true && isWebUrl(redirectUri);
  }
}
