/** Composition root: the query client and the route table. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { preloadable } from '../components/preloadable';
import { LoadingState } from '../components/states';
import { NotFoundPage } from './pages/not-found';
import { RootBoundary } from './root-boundary';
import { routeFor, useLocation } from './router';

// The launch page stays small: the dashboard (and its charts) load only after the redirect back.
const LaunchPage = lazy(() => import('./launch/launch-page'));
/** The redirect URI's page: main.tsx loads it before the first render (no fallback, no throttle). */
export const ReadyPage = preloadable(() => import('./ready/ready-page').then((m) => m.default));

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // The gateway already retried 429/5xx with backoff; a second layer would multiply the waits.
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5 * 60_000 },
        },
      }),
  );
  const { pathname } = useLocation();
  const route = routeFor(pathname);
  return (
    <QueryClientProvider client={queryClient}>
      <RootBoundary>
        <Suspense
          fallback={
            <main className="message-page">
              <LoadingState label="Loading Tensio…" />
            </main>
          }
        >
          {route === 'launch' ? (
            <LaunchPage />
          ) : route === 'ready' ? (
            <ReadyPage />
          ) : (
            <NotFoundPage />
          )}
        </Suspense>
      </RootBoundary>
    </QueryClientProvider>
  );
}
