/**
 * CORS for the sandbox's own routes (FHIR, discovery, style). oidc-provider answers CORS on its /auth
 * endpoints itself, through `clientBasedCORS`, with the same policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackUrl } from './clients';

export interface CorsPolicy {
  allowed: (origin: string) => boolean;
}

/** Configured origins, or by default any loopback origin (the app on any local port). */
export function createCorsPolicy(origins?: readonly string[]): CorsPolicy {
  const list = origins && origins.length > 0 ? new Set(origins) : undefined;
  return {
    allowed: (origin) => (list ? list.has(origin) || list.has('*') : isLoopbackUrl(`${origin}/`)),
  };
}

/** Adds CORS headers; answers preflights. Returns true when the request was answered. */
export function applyCors(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!origin || (req.url ?? '').startsWith('/auth/') || !policy.allowed(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader(
    'Access-Control-Expose-Headers',
    'Location, Content-Location, ETag, Last-Modified, WWW-Authenticate, Retry-After',
  );
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    req.headers['access-control-request-headers'] ??
      'Authorization, Content-Type, Accept, If-None-Exist, Prefer',
  );
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204).end();
  return true;
}
