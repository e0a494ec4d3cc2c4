/**
 * Which app URLs the launcher may send a launch to. A launch code (or a pre-answered standalone iss)
 * opens synthetic records to whoever holds it, so `/launcher` and the simulated EHR only hand one to
 * an app on a loopback origin (this machine, RFC 8252 §8.3) or on an origin configured with
 * SANDBOX_LAUNCH_ORIGINS (plus the origin of APP_LAUNCH_URL): never to any https URL a link names.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export type LaunchUriPolicy = (
  uri: string | null,
) => { ok: true; url: URL } | { ok: false; message: string };

/** `origins`: configured origins such as `https://app.example.org` (anything else in them is ignored). */
export function launchUriPolicy(origins: readonly string[]): LaunchUriPolicy {
  const allowed = new Set(origins.flatMap((o) => URL.parse(o)?.origin ?? []));
  return (uri) => {
    const url = URL.parse(uri ?? '');
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      return { ok: false, message: 'launch_uri must be an http(s) URL' };
    if (isLoopback(url) || allowed.has(url.origin)) return { ok: true, url };
    return {
      ok: false,
      message: `launch_uri ${url.origin} is not an app this sandbox launches: only loopback URLs (127.0.0.1, localhost) or origins listed in SANDBOX_LAUNCH_ORIGINS. No launch was made.`,
    };
  };
}
