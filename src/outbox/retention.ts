/**
 * How long a reading the server never confirmed stays on this device. A confirmed reading leaves the
 * store at once (outbox.ts); an unsent one holds health data (values, note, patient id) in IndexedDB,
 * which outlives every session, so it expires: RETENTION_DAYS after it was entered it is deleted, and
 * from WARNING_DAYS before that the app says when. 30 days: long enough for a holiday offline or a
 * server outage, short enough that a shared or lost device does not keep months of readings.
 */
import { DAY } from '../clinical/time';
import type { OutboxEntry } from './types';

export const RETENTION_DAYS = 30;
export const WARNING_DAYS = 7;
export const RETENTION_MS = RETENTION_DAYS * DAY;
export const WARNING_MS = WARNING_DAYS * DAY;

/** Epoch ms at which an unsent entry is deleted. */
export const expiresAt = (entry: Pick<OutboxEntry, 'enteredAt'>): number =>
  entry.enteredAt + RETENTION_MS;

export const isExpired = (entry: Pick<OutboxEntry, 'enteredAt'>, now: number): boolean =>
  expiresAt(entry) <= now;

/** Within the warning window (and not yet expired): the app shows when it will be deleted. */
export const expiresSoon = (entry: Pick<OutboxEntry, 'enteredAt'>, now: number): boolean =>
  !isExpired(entry, now) && expiresAt(entry) - now <= WARNING_MS;
