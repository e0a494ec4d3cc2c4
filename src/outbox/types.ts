/**
 * The durable outbox: writes the user made that the server has not confirmed yet. Every entry belongs
 * to one FHIR server and one patient (the launch it was recorded in) and is only ever sent by a launch
 * of that same server and patient.
 */
import type { Resource } from 'fhir/r4';

export interface OutboxScope {
  /** FHIR base without trailing slash, as `FhirGateway.serverUrl`. */
  serverUrl: string;
  patientId: string;
}

/**
 * - `pending`: stored, not tried yet (or the session ended before it could be sent: kept for the next
 *   launch of the same server and patient).
 * - `sending`: an attempt is under way, by the tab holding its lease (`leaseUntil`). What a page
 *   closed mid-send leaves behind is reclaimed after the lease and sent again, which the conditional
 *   create makes harmless.
 * - `waiting`: an attempt failed for a reason that may pass (network, 5xx, 429); retried at
 *   `nextAttemptAt`.
 * - `failed`: the server refused it (400/403/404/412/422): not retried until the user asks.
 */
export type PendingState = 'pending' | 'sending' | 'waiting' | 'failed';

export interface OutboxEntry<T extends Resource = Resource> extends OutboxScope {
  /** Made on the device when the user entered it; the key, and the identifier the server matches. */
  uuid: string;
  resource: T;
  /** The `If-None-Exist` search that finds this resource on the server if an earlier attempt landed. */
  ifNoneExist: string;
  /** Epoch ms the user saved it. */
  enteredAt: number;
  state: PendingState;
  attempts: number;
  /** Epoch ms of the next automatic attempt (state `waiting`). */
  nextAttemptAt?: number;
  /** Epoch ms until which the tab that set `sending` owns the attempt (state `sending`). */
  leaseUntil?: number;
  /** Why the last attempt did not succeed, in words a patient can read. */
  error?: string;
}

/** An entry the server confirmed: gone from the durable store, remembered for this page's lifetime. */
export interface SentEntry<T extends Resource = Resource> extends Omit<
  OutboxEntry<T>,
  'state' | 'nextAttemptAt' | 'error' | 'leaseUntil'
> {
  state: 'sent';
  sentAt: number;
  /** The server's id for the stored resource. */
  serverId?: string;
  /** False when the conditional create matched an earlier attempt (200) instead of creating (201). */
  created: boolean;
}

export type OutboxItem<T extends Resource = Resource> = OutboxEntry<T> | SentEntry<T>;

export const sameScope = (a: OutboxScope, b: OutboxScope) =>
  a.serverUrl === b.serverUrl && a.patientId === b.patientId;
