/**
 * Retention (retention.ts): a confirmed reading leaves the device at once; an unsent one is deleted
 * RETENTION_DAYS after it was entered, whatever its server or patient, and is never sent after that;
 * WARNING_DAYS before, it "expires soon".
 */
import 'fake-indexeddb/auto';
import type { Observation, Resource } from 'fhir/r4';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../clinical/time';
import type { CreateResult, FhirGateway } from '../smart/types';
import { Outbox } from './outbox';
import { expiresSoon, isExpired, RETENTION_DAYS, RETENTION_MS, WARNING_DAYS } from './retention';
import { idbOutboxStore, type OutboxStore } from './store';
import type { OutboxEntry, OutboxScope } from './types';

const A: OutboxScope = { serverUrl: 'https://a.test/fhir', patientId: 'p1' };
const B: OutboxScope = { serverUrl: 'https://b.test/fhir', patientId: 'p2' };
const NOW = Date.UTC(2026, 5, 30, 12);
const resource: Observation = { resourceType: 'Observation', status: 'final', code: {} };
const stored = (uuid: string, scope: OutboxScope, enteredAt: number): OutboxEntry => ({
  ...scope,
  uuid,
  resource,
  ifNoneExist: `identifier=urn:uuid:${uuid}`,
  enteredAt,
  state: 'waiting',
  attempts: 3,
  nextAttemptAt: 0,
});

let store: OutboxStore;
let db = 0;
beforeEach(() => {
  store = idbOutboxStore(`outbox-retention-${++db}`);
});

type Create = (r: Resource) => Promise<CreateResult<Resource>>;
const outboxWith = (create: ReturnType<typeof vi.fn<Create>>, now = NOW) =>
  new Outbox({
    store,
    scope: A,
    gateway: { serverUrl: A.serverUrl, create: create as unknown as FhirGateway['create'] },
    now: () => now,
    schedule: () => () => undefined,
    locks: null,
  });

describe('retention', () => {
  it('is the documented 30 days, with a warning in the last 7', () => {
    expect([RETENTION_DAYS, WARNING_DAYS]).toEqual([30, 7]);
  });

  it.each([
    ['entered just now', 0, false, false],
    ['23 days ago (the day before the warning)', 23 * DAY - 1, false, false],
    ['23 days ago exactly (warning starts)', 23 * DAY, false, true],
    ['29 days ago', 29 * DAY, false, true],
    ['a moment before 30 days', RETENTION_MS - 1, false, true],
    ['30 days ago exactly (expired)', RETENTION_MS, true, false],
    ['a year ago', 365 * DAY, true, false],
  ])('%s: expired %s, expires soon %s', (_name, age, expired, soon) => {
    const entry = { enteredAt: NOW - age };
    expect(isExpired(entry, NOW)).toBe(expired);
    expect(expiresSoon(entry, NOW)).toBe(soon);
  });

  it('deletes expired entries of every scope before listing, and never sends them', async () => {
    await store.put(stored('old-a', A, NOW - RETENTION_MS));
    await store.put(stored('old-b', B, NOW - 40 * DAY));
    await store.put(stored('young-a', A, NOW - RETENTION_MS + DAY));
    const create = vi.fn<Create>(() => Promise.resolve({ resource, created: true }));
    const box = outboxWith(create);
    expect((await box.items()).map((i) => i.uuid)).toEqual(['young-a']);
    expect(await store.get('old-b')).toBeUndefined();
    await box.flush();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await store.countByScope()).toEqual([]);
  });

  it('a send pass deletes what expired while the page was open', async () => {
    await store.put(stored('old-a', A, NOW - RETENTION_MS - 1));
    const create = vi.fn<Create>(() => Promise.resolve({ resource, created: true }));
    await outboxWith(create).flush();
    expect(create).not.toHaveBeenCalled();
    expect(await store.get('old-a')).toBeUndefined();
  });

  it('removes a confirmed entry from the device at once', async () => {
    await store.put(stored('u1', A, NOW));
    const create = vi.fn<Create>(() => Promise.resolve({ resource, created: true }));
    await outboxWith(create).flush();
    expect(await store.get('u1')).toBeUndefined();
  });

  it('counts what waits per scope with the oldest entry (which expires first)', async () => {
    await store.put(stored('a1', A, NOW - 2 * DAY));
    await store.put(stored('a2', A, NOW - 5 * DAY));
    await store.put(stored('b1', B, NOW));
    expect(await store.countByScope()).toEqual([
      { ...A, count: 2, oldestEnteredAt: NOW - 5 * DAY },
      { ...B, count: 1, oldestEnteredAt: NOW },
    ]);
  });
});
