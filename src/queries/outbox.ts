/**
 * The launch's outbox in React: one Outbox per gateway (that is, per launch), its items as a query
 * keyed under the launch's server and patient, and sending what earlier launches of the same server and
 * patient left pending. After a confirmed write the blood-pressure queries are invalidated, so the BP
 * panel shows the new reading.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { idbOutboxStore, Outbox, type OutboxStore } from '../outbox';
import { useSession } from '../smart/session-context';
import type { FhirGateway, SmartSession } from '../smart/types';
import { queryKeys } from './keys';

let store: OutboxStore | undefined;
const outboxes = new WeakMap<FhirGateway, Outbox>();

/** Replaces the IndexedDB store (tests use a fresh fake-indexeddb database per test). */
export function setOutboxStore(replacement: OutboxStore): void {
  store = replacement;
}

export function outboxFor(session: SmartSession, queryClient: QueryClient): Outbox {
  let outbox = outboxes.get(session.gateway);
  if (!outbox) {
    const scope = { serverUrl: session.gateway.serverUrl, patientId: session.patientId };
    outbox = new Outbox({
      store: (store ??= idbOutboxStore()),
      gateway: session.gateway,
      scope,
      onConfirmed: () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.bloodPressure(scope) });
      },
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
  });

/**
 * The launch's pending and sent writes. With `send`, also sends what is due now, when the browser comes
 * back online, and on the outbox's own retry schedule; without it (no write scope) only lists them.
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
    flush();
    window.addEventListener('online', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('online', flush);
    };
  }, [outbox, queryClient, send]);

  return { outbox, items };
}
