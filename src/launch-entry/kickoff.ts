/**
 * The redirect page's first work (issue 12), run before React and the dashboard's code are parsed:
 * the code exchange (fhirclient's ready(), shared through readyOnce), the server's discovery document
 * (for the id_token check) and config.json start at once, while the rest of the code downloads. Each
 * is a once-per-page promise the app picks up unchanged (readyOnce, readDiscovery, loadConfig), so
 * nothing is asked twice and no outcome changes: the exchange starts only when the app's own first
 * look at the callback (use-launch-session) would start it, on the redirect URI's path.
 */
import { readDiscovery } from '../smart/discovery';
import { loadLaunchMeta } from '../smart/launch-meta';
import { readyOnce } from '../smart/ready-once';
import { hasStoredState, readCallback, type CallbackParams } from '../smart/stored-state';

const REDIRECT_PATHS = new Set(['/', '/index.html']);

/** fhirclient's stored state for this callback: only its serverUrl is read (never a token). */
function storedServerUrl(callback: CallbackParams): string | undefined {
  try {
    const pointer = sessionStorage.getItem('SMART_KEY');
    const key: unknown = callback.state ?? (pointer ? JSON.parse(pointer) : undefined);
    const raw = typeof key === 'string' ? sessionStorage.getItem(key) : null;
    const url: unknown = raw ? (JSON.parse(raw) as { serverUrl?: unknown }).serverUrl : undefined;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Starts what the redirect page will wait for; returns what it started (tests). */
export function kickOff(location: { pathname: string; search: string }): {
  exchange: boolean;
  discovery: boolean;
} {
  const callback = readCallback(location.search);
  const exchange =
    REDIRECT_PATHS.has(location.pathname) && !callback.error && hasStoredState(callback);
  if (!exchange) return { exchange, discovery: false };
  // Failures are the app's to show when it asks for the same promise; none is unhandled here.
  // The exchange and discovery first: this module holds nothing but fhirclient, so their requests
  // leave before the config schema (zod) and jose are even evaluated; those come next, in one import.
  readyOnce().catch(() => undefined);
  // A fresh code brings an id_token to verify against the discovery document's keys.
  const serverUrl = callback.code ? storedServerUrl(callback) : undefined;
  const discovery = serverUrl
    ? readDiscovery(serverUrl, loadLaunchMeta()?.timeouts?.readMs)
    : undefined;
  discovery?.catch(() => undefined);
  import('./kickoff-rest').then(
    ({ startRest }) => {
      startRest(discovery);
    },
    () => undefined, // the app's own imports of the same modules report a failed load
  );
  return { exchange, discovery: serverUrl !== undefined };
}

kickOff(window.location);
