/**
 * The launch's outbox in React: one Outbox per gateway (that is, per launch), its items as a query
 * keyed under the launch's server and patient, and sending what earlier launches of the same server and
 * patient left pending. A confirmed write is merged into the cached blood-pressure windows (bp-cache),
 * so the BP panel shows the new reading without fetching its window again. Everything here reads the device's own storage, so it runs offline too
 * (`networkMode: 'always'`: react-query would otherwise pause it while the browser is offline).
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { idbOutboxStore, Outbox, type OutboxStore, type WaitingCount } from '../outbox';
import { useSession } from '../smart/session-context';
import type { FhirGateway, SmartSession } from '../smart/types';
import { mergeConfirmedReading } from './bp-cache';
import { queryKeys } from './keys';

let store: OutboxStore | undefined;
const outboxes = new WeakMap<FhirGateway, Outbox>();
const theStore = () => (store ??= idbOutboxStore());

/** Replaces the IndexedDB store (tests use a fresh fake-indexeddb database per test). */
export function setOutboxStore(replacement: OutboxStore): void {
  store = replacement;
  replaced = true;
}

/** The real store's tabs talk over a BroadcastChannel; a test's private store has no other tabs. */
let replaced = false;
const tabChannel = () =>
  !replaced && typeof BroadcastChannel === 'function'
    ? { channel: new BroadcastChannel('tensio-outbox') }
    : {};

export function outboxFor(session: SmartSession, queryClient: QueryClient): Outbox {
  let outbox = outboxes.get(session.gateway);
  if (!outbox) {
    const scope = { serverUrl: session.gateway.serverUrl, patientId: session.patientId };
    outbox = new Outbox({
      store: theStore(),
      gateway: session.gateway,
      scope,
      onConfirmed: (_entry, result) => {
        mergeConfirmedReading(queryClient, scope, result.resource);
      },
      ...tabChannel(),
    });
    outboxes.set(session.gateway, outbox);
  }
  return outbox;
}

export const outboxQueryOptions = (session: SmartSession, outbox: Outbox) =>
  queryOptions({
    queryKey: queryKeys.outbox({
      serverUrl: session.gateway.serverUrl,
      patientId: session.patientId,
    }),
    queryFn: () => outbox.items(),
    // The outbox says when it changed (subscribe below); nothing else makes this data stale.
    staleTime: Infinity,
    networkMode: 'always',
  });

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Whether the browser believes it is online (false means surely offline). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * The launch's pending and sent writes. With `send`, also sends what is due: now (a relaunch), when the
 * browser comes back online, when the page becomes visible again, and on the outbox's own timers;
 * without it (no write scope) only lists them.
 */
export function useOutbox({ send }: { send: boolean }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const outbox = outboxFor(session, queryClient);
  const options = outboxQueryOptions(session, outbox);
  const items = useQuery(options);

  useEffect(() => {
    const unsubscribe = outbox.subscribe(() => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.outbox(outbox.scope) });
    });
    if (!send) return unsubscribe;
    const flush = () => void outbox.flush();
    const onVisible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    flush();
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unsubscribe();
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', onVisible);
      // Nothing is sent behind a page that no longer shows the recorder (the session ended).
      outbox.pause();
    };
  }, [outbox, queryClient, send]);

  return { outbox, items };
}

/**
 * Readings on this device not yet in a record, per server and patient, whatever launch is open (or
 * none: the session-ended page). Read straight from the store, not through react-query: the ready
 * page clears the query cache as the session ends, which would drop this answer with it.
 */
export function useWaitingReadings(): WaitingCount[] {
  const [counts, setCounts] = useState<WaitingCount[]>([]);
  useEffect(() => {
    let live = true;
    // Readings past their retention are deleted, not listed.
    const store = theStore();
    store
      .deleteExpired(Date.now())
      .then(() => store.countByScope())
      .then(
        (found) => {
          if (live) setCounts(found);
        },
        () => undefined, // storage unavailable: nothing to list
      );
    return () => {
      live = false;
    };
  }, []);
  return counts;
}
