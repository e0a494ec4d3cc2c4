/**
 * A tiny History-API router (react-router 8 needs Node 22 to build; we need three routes).
 * `navigate` pushes or replaces and notifies subscribers; `usePath` re-renders on change.
 */
import { useSyncExternalStore } from 'react';

export type RouteId = 'launch' | 'ready' | 'not-found';

/** The one typed route table. `/` is the redirect URI (and the dashboard once ready). */
export const ROUTES: Readonly<Record<string, RouteId>> = {
  '/': 'ready',
  '/index.html': 'ready',
  '/launch': 'launch',
  '/launch.html': 'launch',
};

export function routeFor(pathname: string): RouteId {
  return ROUTES[pathname] ?? 'not-found';
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const l of listeners) l();
}

/** pathname + search, so pages re-render when query parameters change too. */
export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(
    subscribe,
    () => window.location.pathname + window.location.search,
  );
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.search };
}
