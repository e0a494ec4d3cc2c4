/**
 * IndexedDB persistence for the outbox (via `idb`). IndexedDB survives reloads, closed tabs and
 * relaunches, unlike sessionStorage, and is per origin: entries of every server and patient share one
 * object store, indexed by [serverUrl, patientId] so a launch only ever reads its own.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isExpired } from './retention';
import type { OutboxEntry, OutboxScope } from './types';

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { scope: [string, string] } };
}

export interface OutboxStore {
  /** Stores the entry unless one with the same uuid exists (a double submit); true when added. */
  addIfAbsent(entry: OutboxEntry): Promise<boolean>;
  put(entry: OutboxEntry): Promise<void>;
  get(uuid: string): Promise<OutboxEntry | undefined>;
  delete(uuid: string): Promise<void>;
  /** This server's and patient's entries, oldest first. */
  list(scope: OutboxScope): Promise<OutboxEntry[]>;
  /** How many entries wait, per server and patient, and when the oldest was entered. */
  countByScope(): Promise<WaitingCount[]>;
  /** Deletes every entry past its retention (retention.ts), of any server and patient; how many. */
  deleteExpired(now: number): Promise<number>;
}

export interface WaitingCount extends OutboxScope {
  count: number;
  /** Epoch ms the oldest of them was entered (it expires first). */
  oldestEnteredAt: number;
}

export const OUTBOX_DB_NAME = 'tensio-outbox';

export function idbOutboxStore(dbName = OUTBOX_DB_NAME): OutboxStore {
  let db: Promise<IDBPDatabase<OutboxSchema>> | undefined;
  const open = () =>
    (db ??= openDB<OutboxSchema>(dbName, 1, {
      upgrade(database) {
        const store = database.createObjectStore('entries', { keyPath: 'uuid' });
        store.createIndex('scope', ['serverUrl', 'patientId']);
      },
    }));

  return {
    async addIfAbsent(entry) {
      const tx = (await open()).transaction('entries', 'readwrite');
      // get + add in one transaction: two saves of the same uuid cannot both add.
      const existing = await tx.store.get(entry.uuid);
      if (!existing) await tx.store.add(entry);
      await tx.done;
      return !existing;
    },
    async put(entry) {
      await (await open()).put('entries', entry);
    },
    async get(uuid) {
      return (await open()).get('entries', uuid);
    },
    async delete(uuid) {
      await (await open()).delete('entries', uuid);
    },
    async list(scope) {
      const entries = await (
        await open()
      ).getAllFromIndex('entries', 'scope', [scope.serverUrl, scope.patientId]);
      return entries.sort((a, b) => a.enteredAt - b.enteredAt);
    },
    async countByScope() {
      const counts = new Map<string, WaitingCount>();
      for (const e of await (await open()).getAll('entries')) {
        const key = JSON.stringify([e.serverUrl, e.patientId]);
        const seen = counts.get(key) ?? {
          serverUrl: e.serverUrl,
          patientId: e.patientId,
          count: 0,
          oldestEnteredAt: e.enteredAt,
        };
        seen.count++;
        seen.oldestEnteredAt = Math.min(seen.oldestEnteredAt, e.enteredAt);
        counts.set(key, seen);
      }
      return [...counts.values()];
    },
    async deleteExpired(now) {
      const tx = (await open()).transaction('entries', 'readwrite');
      let deleted = 0;
      for (const e of await tx.store.getAll()) {
        if (!isExpired(e, now)) continue;
        await tx.store.delete(e.uuid);
        deleted++;
      }
      await tx.done;
      return deleted;
    },
  };
}
