/**
 * Paging progress of the labs search ("600 of ~2,400 results"), kept beside the query because
 * react-query carries data, not progress. Keyed by server and patient, like the query.
 */
import { useSyncExternalStore } from 'react';
import type { SearchProgress } from '../smart/types';

const progress = new Map<string, SearchProgress>();
const listeners = new Set<() => void>();

export function setLabsProgress(key: string, p: SearchProgress | undefined): void {
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

export function useLabsProgress(key: string): SearchProgress | undefined {
  return useSyncExternalStore(subscribe, () => progress.get(key));
}
