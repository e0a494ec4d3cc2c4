/**
 * Sends a launch's stored writes as conditional creates and keeps them until the server confirms.
 * One Outbox per launch: it sees only entries of its own server and patient, so a reading recorded for
 * one patient is never sent during another patient's (or another server's) launch.
 *
 * The gateway already retries 429/5xx a few times within one attempt; the outbox adds slower retries on
 * top (minutes apart), for outages that outlast those. Offline it sends nothing and waits for `flush()`
 * (on `online`, visibility, relaunch) or its own poll timer. Each send holds that entry's lock and a
 * lease on it (lease.ts), never a lock over the whole pass: a stalled send delays nothing else.
 */
import type { Resource } from 'fhir/r4';
import type { CreateResult } from '../smart/types';
import { isDue, nextLookAt, platformLocks, withEntryLock, type Locks } from './lease';
import type { NewEntry, OutboxOptions, TabMessage } from './outbox-options';
import { classifyFailure, outboxBackoffMs } from './retry-policy';
import {
  sameScope,
  type OutboxEntry,
  type OutboxItem,
  type OutboxScope,
  type SentEntry,
} from './types';

export type { NewEntry, OutboxOptions } from './outbox-options';

export class Outbox {
  private readonly sent: SentEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | undefined;
  private again = false;
  private sessionEnded = false;
  private paused = false;
  private cancelTimer: (() => void) | undefined;
  private readonly now: () => number;
  private readonly schedule: NonNullable<OutboxOptions['schedule']>;
  private readonly isOnline: () => boolean;
  private readonly locks: Locks | undefined;
  readonly leaseMs: number;

  constructor(private readonly options: OutboxOptions) {
    if (options.gateway.serverUrl !== options.scope.serverUrl) {
      throw new Error('Outbox: the gateway talks to a different server than the outbox scope');
    }
    this.now = options.now ?? Date.now;
    this.schedule =
      options.schedule ??
      ((run, ms) => {
        const timer = setTimeout(run, ms);
        return () => {
          clearTimeout(timer);
        };
      });
    this.isOnline =
      options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine);
    this.locks = options.locks === null ? undefined : (options.locks ?? platformLocks());
    this.leaseMs = options.leaseMs ?? 60_000;
    options.channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
      this.fromOtherTab(event.data);
    });
  }

  /** Another tab sent one of this scope's readings: list it as confirmed here too. */
  private fromOtherTab(message: TabMessage): void {
    if (message.type === 'sent') {
      if (!sameScope(message.entry, this.scope)) return;
      if (this.sent.some((s) => s.uuid === message.entry.uuid)) return;
      this.sent.push(message.entry);
    }
    for (const listener of this.listeners) listener();
  }

  get scope(): OutboxScope {
    return this.options.scope;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stores the entry (a second save of the same uuid is a no-op) and resolves once it is on the
   * device, whatever the network; sending starts in the background.
   */
  async enqueue(entry: NewEntry): Promise<void> {
    if (this.sent.some((s) => s.uuid === entry.uuid)) return;
    const added = await this.options.store.addIfAbsent({
      ...entry,
      ...this.scope,
      state: 'pending',
      attempts: 0,
    });
    if (added) this.changed();
    void this.flush();
  }

  /**
   * Pending entries of this launch (oldest first), then the ones confirmed since the page loaded.
   * Entries past their retention (retention.ts) are deleted first, of every scope: they are never
   * listed, nor sent.
   */
  async items(): Promise<OutboxItem[]> {
    await this.options.store.deleteExpired(this.now());
    const stored = await this.options.store.list(this.scope);
    return [...stored, ...this.sent];
  }

  /** Sends every entry that is due; concurrent calls share one run (and trigger one more pass). */
  flush(): Promise<void> {
    this.paused = false;
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      do {
        this.again = false;
        await this.pass();
      } while (this.shouldRunAgain());
    })().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** The user asks to try a failed entry again. */
  async retry(uuid: string): Promise<void> {
    const entry = await this.own(uuid);
    if (!entry) return;
    await this.save({ ...entry, state: 'pending', nextAttemptAt: undefined });
    await this.flush();
  }

  /** The user gives up on an entry the server refused. */
  async discard(uuid: string): Promise<void> {
    if (!(await this.own(uuid))) return;
    await this.options.store.delete(uuid);
    this.changed();
  }

  /**
   * Stops sending until the next `flush()` (the recorder left the page: the session ended, or
   * StrictMode's simulated unmount, whose remount flushes again). A send under way finishes.
   */
  pause(): void {
    this.paused = true;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private async own(uuid: string): Promise<OutboxEntry | undefined> {
    const entry = await this.options.store.get(uuid);
    return entry && sameScope(entry, this.scope) ? entry : undefined;
  }

  // Methods, not inline field reads: the flag changes during the awaits, which TS narrowing ignores.
  private shouldRunAgain(): boolean {
    return this.again && !this.sessionEnded;
  }

  private mayGoOn(): boolean {
    return !this.sessionEnded && !this.paused && this.isOnline();
  }

  private async pass(): Promise<void> {
    if (this.sessionEnded) return;
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    if ((await this.options.store.deleteExpired(this.now())) > 0) this.changed();
    for (const listed of await this.options.store.list(this.scope)) {
      if (!this.mayGoOn()) break;
      if (!isDue(listed, this.now(), this.locks !== undefined)) continue;
      // The entry's own lock, for this one send; an entry another tab is sending is skipped.
      await withEntryLock(this.locks, listed.uuid, async (locked) => {
        // Read again under the lock: another tab may have sent it (gone) or be sending it (leased).
        const entry = await this.options.store.get(listed.uuid);
        if (entry && sameScope(entry, this.scope) && isDue(entry, this.now(), locked))
          await this.send(entry);
      });
    }
    this.armTimer(await this.options.store.list(this.scope));
  }

  /** The next look: a retry falling due, another tab's lease running out, or the poll. */
  private armTimer(entries: OutboxEntry[]): void {
    if (this.sessionEnded || this.paused) return;
    const now = this.now();
    const next = nextLookAt(entries, now, this.options.pollMs ?? 60_000);
    if (next === undefined) return;
    this.cancelTimer = this.schedule(() => void this.flush(), Math.max(0, next - now));
  }

  private async send(entry: OutboxEntry): Promise<void> {
    const attempt: OutboxEntry = {
      ...entry,
      state: 'sending',
      attempts: entry.attempts + 1,
      nextAttemptAt: undefined,
      leaseUntil: this.now() + this.leaseMs,
    };
    await this.save(attempt);
    const { leaseUntil: _lease, ...tried } = attempt;
    let result: CreateResult<Resource>;
    try {
      // The send never outlives its lease: past it, another tab may rightly take the entry over.
      const signal = (this.options.deadline ?? ((ms) => AbortSignal.timeout(ms)))(this.leaseMs);
      result = await this.options.gateway.create(entry.resource, {
        ifNoneExist: entry.ifNoneExist,
        signal,
      });
    } catch (error) {
      const { next, message } = classifyFailure(error);
      if (next === 'session-ended') {
        this.sessionEnded = true;
        await this.save({ ...tried, state: 'pending', error: message });
      } else if (next === 'failed') {
        await this.save({ ...tried, state: 'failed', error: message });
      } else {
        const nextAttemptAt = this.now() + outboxBackoffMs(attempt.attempts);
        await this.save({ ...tried, state: 'waiting', nextAttemptAt, error: message });
      }
      return;
    }
    // Confirmed (201 created, or 200: an earlier attempt had landed): only now may it leave the store.
    await this.options.store.delete(entry.uuid);
    const { state: _state, nextAttemptAt: _next, error: _error, ...rest } = tried;
    const sent: SentEntry = {
      ...rest,
      state: 'sent',
      sentAt: this.now(),
      created: result.created,
      ...(result.resource.id ? { serverId: result.resource.id } : {}),
    };
    this.sent.push(sent);
    this.changed({ type: 'sent', entry: sent });
    this.options.onConfirmed?.(sent, result);
  }

  private async save(entry: OutboxEntry): Promise<void> {
    await this.options.store.put(entry);
    this.changed();
  }

  private changed(message: TabMessage = { type: 'changed' }): void {
    for (const listener of this.listeners) listener();
    this.options.channel?.postMessage(message);
  }
}
