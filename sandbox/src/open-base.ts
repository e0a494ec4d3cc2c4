/**
 * The public base of the open FHIR API (`/open/fhir`), for a proxy that mounts it at a path of its own
 * (issue 13): every link, fullUrl and Location of an open answer starts with it. Either configured
 * (SANDBOX_OPEN_PUBLIC_BASE, any http(s) URL with a path), or, only when SANDBOX_TRUST_PROXY says the
 * proxy in front is trusted, `<public origin><X-Forwarded-Prefix>/open/fhir`. Without either it is
 * `<public origin>/open/fhir`: a request's headers never steer links unless told to.
 */
import type { IncomingMessage } from 'node:http';

/** `https://proxy.example/any/path/` -> `https://proxy.example/any/path`; a query or fragment throws. */
export function openPublicBase(value: string): string {
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash)
    throw new Error(
      `open public base must be an http(s) URL without query or fragment, got "${value}"`,
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Path segments of unreserved characters only: anything else in the header is ignored. */
const PREFIX = /^(?:\/[A-Za-z0-9._~-]+)+$/;

export function forwardedPrefix(header: string | string[] | undefined): string {
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim() ?? '';
  const prefix = first.replace(/\/+$/, '');
  return PREFIX.test(prefix) && !prefix.split('/').some((s) => s === '.' || s === '..')
    ? prefix
    : '';
}

export interface OpenBaseOptions {
  /** The sandbox's public origin (SANDBOX_PUBLIC_URL or the listening address). */
  origin: string;
  configured?: string;
  trustProxy?: boolean;
}

export function openBaseResolver(o: OpenBaseOptions): (req: IncomingMessage) => string {
  const configured = o.configured === undefined ? undefined : openPublicBase(o.configured);
  return (req) => {
    if (configured) return configured;
    const prefix = o.trustProxy ? forwardedPrefix(req.headers['x-forwarded-prefix']) : '';
    return `${o.origin}${prefix}/open/fhir`;
  };
}
