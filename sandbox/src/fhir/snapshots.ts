/**
 * Paging snapshots: the ordered matches of a search, kept so its `next` links walk a fixed list
 * (writes between pages neither shift nor duplicate entries). A snapshot is kept per walk until its
 * last page has been served (then a short grace for a retried last page) or it has been idle for the
 * TTL; other walks never push it out while the bounds hold. Memory is bounded by the number of
 * snapshots and by the entries held over all of them; past a bound the oldest finished walk goes
 * first, then the oldest idle one. Identical searches by the same grant over an unchanged store share
 * one list, so many clients paging the same large record hold it once.
 */
import type { AccessGrant } from '../contracts';
import { FhirError } from './outcome';
import type { Summary } from './result-params';
import type { Rec } from './store';

export interface Snapshot {
  id: string;
  type: string;
  recs: readonly Rec[];
  includes: readonly string[];
  /** Entries per page; 0 (`_count=0`, `_summary=count`): the total only. */
  count: number;
  summary?: Summary;
  /** Who made it: a page is only served to the same grant. */
  grantKey: string;
}

export interface PagingLimits {
  /** Walks held at once. */
  maxSnapshots: number;
  /** Entries held over all snapshots (a shared list counts once; ~8 bytes each). */
  maxEntries: number;
  /** A walk idle this long expires (410). */
  ttlMs: number;
  /** A walk whose last page was served stays this long, for a client retrying that page. */
  finishedMs: number;
  now: () => number;
}

export const DEFAULT_PAGING: PagingLimits = {
  maxSnapshots: 1000,
  maxEntries: 4_000_000,
  ttlMs: 10 * 60_000,
  finishedMs: 60_000,
  now: () => Date.now(),
};

export function grantKey(grant: AccessGrant): string {
  return JSON.stringify([grant.open ?? false, grant.patient ?? '', [...grant.scopes].sort()]);
}

interface Held {
  snapshot: Snapshot;
  /** The shared list this walk uses. */
  key: string;
  lastUsed: number;
  finished: boolean;
}

export class Snapshots {
  /** In order of last use, oldest first (a Map keeps insertion order; a use re-inserts). */
  private readonly walks = new Map<string, Held>();
  private readonly lists = new Map<string, { recs: readonly Rec[]; users: number }>();
  private held = 0;
  private readonly limits: PagingLimits;

  constructor(limits: Partial<PagingLimits> = {}) {
    this.limits = { ...DEFAULT_PAGING, ...limits };
  }

  /** Entries held now (for tests and the docs' memory figure). */
  get entries(): number {
    return this.held;
  }

  get size(): number {
    return this.walks.size;
  }

  /** The matches of the search `key` names: a list a walk still holds, else `compute()`. */
  results(key: string, compute: () => Rec[]): readonly Rec[] {
    return this.lists.get(key)?.recs ?? compute();
  }

  /** A snapshot of `recs` (from `results(key)`); kept only when it has more than one page. */
  add(snapshot: Omit<Snapshot, 'id'>, key: string): Snapshot {
    const full: Snapshot = { ...snapshot, id: crypto.randomUUID() };
    if (full.count === 0 || full.recs.length <= full.count) return full;
    this.expire();
    this.makeRoom(() => (this.lists.get(key)?.recs === full.recs ? 0 : full.recs.length));
    const list = this.lists.get(key);
    if (list?.recs === full.recs) list.users += 1;
    else {
      if (list) this.drop(key);
      this.lists.set(key, { recs: full.recs, users: 1 });
      this.held += full.recs.length;
    }
    this.walks.set(full.id, { snapshot: full, key, lastUsed: this.limits.now(), finished: false });
    return full;
  }

  get(id: string, type: string, grant: AccessGrant): Snapshot {
    this.expire();
    const held = this.walks.get(id);
    if (!held || held.snapshot.type !== type) {
      throw new FhirError(
        410,
        'expired',
        'This search page has expired; run the search again.',
        '_getpages',
      );
    }
    if (held.snapshot.grantKey !== grantKey(grant)) {
      throw new FhirError(
        403,
        'forbidden',
        'This search page belongs to another authorization.',
        '_getpages',
      );
    }
    held.lastUsed = this.limits.now();
    this.walks.delete(id);
    this.walks.set(id, held);
    return held.snapshot;
  }

  /** Called when the page at `offset` was served: the last page finishes the walk. */
  served(snapshot: Snapshot, offset: number): void {
    const held = this.walks.get(snapshot.id);
    if (held && offset + snapshot.count >= snapshot.recs.length) held.finished = true;
  }

  private expire(): void {
    const now = this.limits.now();
    for (const [id, held] of this.walks) {
      const life = held.finished ? this.limits.finishedMs : this.limits.ttlMs;
      if (now - held.lastUsed > life) this.remove(id, held);
    }
  }

  /** Evicts until one more walk needing `entries()` more fits: finished walks first, then oldest idle. */
  private makeRoom(entries: () => number): void {
    const { maxSnapshots, maxEntries } = this.limits;
    while (
      this.walks.size > 0 &&
      (this.walks.size + 1 > maxSnapshots || this.held + entries() > maxEntries)
    ) {
      const victim =
        [...this.walks].find(([, held]) => held.finished) ?? this.walks.entries().next().value;
      if (!victim) return;
      this.remove(victim[0], victim[1]);
    }
  }

  private remove(id: string, held: Held): void {
    this.walks.delete(id);
    const list = this.lists.get(held.key);
    if (list?.recs !== held.snapshot.recs) return;
    list.users -= 1;
    if (list.users <= 0) this.drop(held.key);
  }

  private drop(key: string): void {
    const list = this.lists.get(key);
    if (!list) return;
    this.lists.delete(key);
    this.held -= list.recs.length;
  }
}
