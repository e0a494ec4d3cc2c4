/**
 * Which stored entries a tab may send now, and the per-entry lock that makes one tab send it.
 *
 * A tab that starts sending an entry writes `state: 'sending'` and a lease (`leaseUntil`) on it, under
 * the entry's own Web Lock. Another tab leaves it alone while the lease runs; after the lease (the tab
 * died, or froze mid-send) anyone reclaims it. With Web Locks, holding the entry's lock already proves
 * no live tab is sending it (the browser releases a dead tab's locks), so it is reclaimed at once.
 * Sending again is always safe: it is the same conditional create (If-None-Exist on the reading's
 * UUID), which the server matches instead of storing a second copy.
 */
import type { OutboxEntry } from './types';

/** Whether `entry` should be sent now. `locked`: this tab holds the entry's Web Lock. */
export function isDue(entry: OutboxEntry, now: number, locked = false): boolean {
  switch (entry.state) {
    case 'failed':
      return false;
    case 'pending':
      return true;
    case 'waiting':
      return (entry.nextAttemptAt ?? 0) <= now;
    case 'sending':
      return locked || (entry.leaseUntil ?? 0) <= now;
  }
}

/** Whether another tab is (as far as anyone can tell) sending it right now. */
export function isLeased(entry: OutboxEntry, now: number): boolean {
  return entry.state === 'sending' && (entry.leaseUntil ?? 0) > now;
}

/**
 * When to look at the entries again: a retry falling due, another tab's lease running out, or (for
 * anything else unsent: offline, just reclaimed) the poll. Refused entries wait for the user.
 */
export function nextLookAt(
  entries: OutboxEntry[],
  now: number,
  pollMs: number,
): number | undefined {
  const at = entries.map((e) => {
    if (e.state === 'failed') return Infinity;
    if (e.state === 'waiting') return e.nextAttemptAt ?? now;
    if (isLeased(e, now)) return e.leaseUntil ?? now;
    return now + pollMs;
  });
  const next = Math.min(...at);
  return Number.isFinite(next) ? next : undefined;
}

/** The Web Locks API, or the part of it the outbox uses (tests pass a fake). */
export type Locks = Pick<LockManager, 'request'>;

export function platformLocks(): Locks | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/**
 * Runs `run(true)` holding the entry's lock when it is free, nothing when another tab holds it (that
 * tab is sending it; it is not waited for), and `run(false)` where Web Locks do not exist.
 * One lock per entry, held for one send: a stalled send blocks only its own entry.
 */
export async function withEntryLock(
  locks: Locks | undefined,
  uuid: string,
  run: (locked: boolean) => Promise<void>,
): Promise<void> {
  if (!locks) return run(false);
  await locks.request(`tensio-outbox-entry ${uuid}`, { ifAvailable: true }, async (lock) => {
    if (lock) await run(true);
  });
}
