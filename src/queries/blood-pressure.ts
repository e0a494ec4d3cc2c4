/**
 * Blood pressure for the launch patient: fetcher + queryOptions + hook (STYLE.md #2), keys from the
 * one factory. A long history is set into the cache window by window as it arrives (its coverage says
 * "still loading"), then replaced by the whole. Paging progress ("4,000 of ~100,000 readings") comes from the one progress store
 * (./progress), because react-query carries data, not progress.
 */
import {
  keepPreviousData,
  queryOptions,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { latestOf } from '../clinical/bp-summary';
import type { BpReading } from '../fhir/bp-types';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import type { FhirGateway } from '../smart/types';
import { fetchBloodPressure } from './blood-pressure-fetch';
import { withConfirmed } from './bp-cache';
import { measureBpSearch } from './bp-timing';
import { queryKeys, type KeyScope } from './keys';
import { progressKey as searchProgressKey, setProgress, useProgress } from './progress';

export { type BpData } from './blood-pressure-fetch';

export interface BpQueryInput {
  gateway: FhirGateway;
  serverUrl: string;
  patientId: string;
  /** `YYYY-MM-DD` lower bound, or 'all'. */
  since: string;
  readEncounters: boolean;
}

const progressKey = (i: BpQueryInput) =>
  searchProgressKey(i.serverUrl, i.patientId, `bp:${i.since}`);

/** A window's key segment: not the whole history, and not 'latest' (which waits on windows, and
 *  may widen to the whole history itself: counting it would make the two wait on each other). */
const isWindow = (segment: unknown) => segment !== 'all' && segment !== 'latest';

/**
 * Resolves once no other BP search of the patient is fetching. The whole history (the risk panel's:
 * up to 100 pages) starts after the windows, so it never competes with the chart's own window for the
 * network and the main thread (issue 12: large-history's first chart waited behind it). Offline
 * (paused) searches are not waited for; every fetching one settles (deadlines, bounded retries).
 */
export function windowsSettled(
  client: QueryClient,
  scope: KeyScope,
  signal: AbortSignal,
): Promise<void> {
  const cache = client.getQueryCache();
  const root = queryKeys.bloodPressure(scope);
  const busy = () =>
    cache
      .findAll({ queryKey: root })
      .some((q) => isWindow(q.queryKey[root.length]) && q.state.fetchStatus === 'fetching');
  if (!busy()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const stop = () => {
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const unsubscribe = cache.subscribe(() => {
      if (busy()) return;
      stop();
      resolve();
    });
    signal.addEventListener('abort', onAbort);
  });
}

export function bloodPressureQueryOptions(input: BpQueryInput) {
  return queryOptions({
    queryKey: queryKeys.bloodPressureSince(input, input.since),
    queryFn: async ({ signal, client, queryKey }) => {
      const key = progressKey(input);
      // Not a part of the search's own time (tensio:bp:all): the wait before it.
      if (input.since === 'all') await windowsSettled(client, input, signal);
      const started = performance.now();
      try {
        const data = await fetchBloodPressure(input.gateway, {
          patientId: input.patientId,
          since: input.since,
          readEncounters: input.readEncounters,
          signal,
          onProgress: (p) => {
            setProgress(key, p);
          },
          // Windows drawn as they arrive; a cancelled fetch reverts to what was there before.
          onPartial: (partial) => {
            client.setQueryData(queryKey, withConfirmed(partial, input, input.since));
          },
        });
        measureBpSearch(input.since, started);
        return withConfirmed(data, input, input.since);
      } finally {
        setProgress(key, undefined);
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** BP readings since `since` (or 'all'); `enabled` false when Observation reading was not granted. */
export function useBloodPressure(since: string) {
  const session = useSession();
  const allowed = canRead(session.grantedScopes, 'Observation');
  const input: BpQueryInput = {
    gateway: session.gateway,
    serverUrl: session.serverUrl,
    patientId: session.patientId,
    since,
    readEncounters: canRead(session.grantedScopes, 'Encounter'),
  };
  const query = useQuery({
    ...bloodPressureQueryOptions(input),
    enabled: allowed,
    // Switching range keeps the previous readings on screen until the new window arrives.
    placeholderData: keepPreviousData,
  });
  const key = progressKey(input);
  const loading = useProgress(key);
  return { ...query, allowed, progress: loading };
}

export interface BpLatest {
  /** Index into the `sinces` asked for: the narrowest window holding any reading (or the last). */
  index: number;
  /** The patient's latest reading, whatever window is shown; absent when there is none at all. */
  latest?: BpReading;
  /** The window that answered did not fully load: "none" would not be a claim of absence. */
  incomplete: boolean;
}

/**
 * The latest reading and the narrowest of `sinces` (narrowest first) that holds any reading. Each
 * step is the panel's own query (the same cache entry, fetched once), widened only when the narrower
 * window came back empty: real records often end years ago, and a 90-day window would show nothing.
 * Every fetch runs from its `since` to now, so any non-empty one holds the latest reading.
 */
export function useBloodPressureLatest(sinces: readonly string[]) {
  const session = useSession();
  const client = useQueryClient();
  const allowed = canRead(session.grantedScopes, 'Observation');
  const base = {
    gateway: session.gateway,
    serverUrl: session.serverUrl,
    patientId: session.patientId,
    readEncounters: canRead(session.grantedScopes, 'Encounter'),
  };
  return useQuery({
    queryKey: [...queryKeys.bloodPressure(session), 'latest', ...sinces] as const,
    queryFn: async (): Promise<BpLatest> => {
      for (const [index, since] of sinces.entries()) {
        const data = await client.query(bloodPressureQueryOptions({ ...base, since }));
        const incomplete = data.failure !== undefined || data.truncated;
        if (data.readings.length > 0 || incomplete || index === sinces.length - 1) {
          const latest = latestOf(data.readings);
          return { index, incomplete, ...(latest ? { latest } : {}) };
        }
      }
      return { index: sinces.length - 1, incomplete: false };
    },
    enabled: allowed && sinces.length > 0,
    staleTime: 5 * 60_000,
  });
}
