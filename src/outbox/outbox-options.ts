/** What an Outbox is built from, what it stores, and what its tabs tell each other. */
import type { Resource } from 'fhir/r4';
import type { CreateResult, FhirGateway } from '../smart/types';
import type { Locks } from './lease';
import type { OutboxStore } from './store';
import type { OutboxScope, SentEntry } from './types';

export interface OutboxOptions {
  store: OutboxStore;
  gateway: Pick<FhirGateway, 'serverUrl' | 'create'>;
  scope: OutboxScope;
  onConfirmed?: (entry: SentEntry, result: CreateResult<Resource>) => void;
  now?: () => number;
  /** Runs `run` after `ms`; returns a cancel function (tests pass a manual clock). */
  schedule?: (run: () => void, ms: number) => () => void;
  /** Default `navigator.onLine` (false means surely offline: nothing is tried). */
  isOnline?: () => boolean;
  /** Default `navigator.locks` where it exists; `null` for none. */
  locks?: Locks | null;
  /** How long one send may take, and so how long its lease runs (default 60 s). */
  leaseMs?: number;
  /** The deadline signal of one send (default AbortSignal.timeout(leaseMs)). */
  deadline?: (ms: number) => AbortSignal;
  /** While entries wait (offline, leased by another tab), how often to look again (default 60 s). */
  pollMs?: number;
  /** Tells the other tabs of this origin what changed (a BroadcastChannel), so their lists follow. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener'>;
}

/** What one tab tells the others: the store changed, or a reading was confirmed. */
export type TabMessage = { type: 'changed' } | { type: 'sent'; entry: SentEntry };

export interface NewEntry<T extends Resource = Resource> {
  uuid: string;
  resource: T;
  ifNoneExist: string;
  enteredAt: number;
}
