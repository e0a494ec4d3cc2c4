/**
 * Paging progress of long searches ("4,000 of ~100,000 readings"), one store for every panel: react-query
 * carries data, not progress. Keys are built like query keys (server, patient, what), so two launches
 * never share an entry.
 */
import { useSyncExternalStore } from 'react';
import type { SearchProgress } from '../smart/types';

const progress = new Map<string, SearchProgress>();
const listeners = new Set<() => void>();

/** Sets (or, with undefined, clears) the progress under `key` and tells every subscriber. */
export function setProgress(key: string, p: SearchProgress | undefined): void {
  if (p) progress.set(key, p);
  else progress.delete(key);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** The progress under `key`, re-rendering as pages arrive. */
export function useProgress(key: string): SearchProgress | undefined {
  return useSyncExternalStore(subscribe, () => progress.get(key));
}

/** `server|patient|what`: the progress key of one search. */
export const progressKey = (serverUrl: string, patientId: string, what: string) =>
  `${serverUrl}|${patientId}|${what}`;
