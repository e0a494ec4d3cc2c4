/**
 * The outbox under real-world networks: offline (nothing tried, nothing lost), a send that stalls
 * (its own lock only, a deadline, retried as the same conditional create), and entries a dead tab
 * left `sending` (its lease). No sleeps: a manual clock, a manual timer list, and promises the fakes
 * resolve when they are told to.
 */
import 'fake-indexeddb/auto';
import type { Observation, Resource } from 'fhir/r4';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FhirError, type CreateResult, type FhirGateway } from '../smart/types';
import type { Locks } from './lease';
import { Outbox, type NewEntry, type OutboxOptions } from './outbox';
import { idbOutboxStore, type OutboxStore } from './store';
import type { OutboxScope } from './types';

const A: OutboxScope = { serverUrl: 'https://a.test/fhir', patientId: 'p1' };
const obs = (id: string): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  code: { text: id },
});
const entry = (uuid: string): NewEntry => ({
  uuid,
  resource: obs(uuid),
  ifNoneExist: `identifier=urn:ietf:rfc:3986|urn:uuid:${uuid}`,
  enteredAt: uuid.charCodeAt(uuid.length - 1),
});
type Create = (
  resource: Resource,
  options?: { ifNoneExist?: string; signal?: AbortSignal },
) => Promise<CreateResult<Resource>>;
const ok = (id: string): CreateResult<Resource> => ({
  resource: { ...obs(id), id },
  created: true,
});

let dbCount = 0;
let store: OutboxStore;
let clock: number;
let timers: { at: number; run: () => void }[];

beforeEach(() => {
  store = idbOutboxStore(`outbox-lease-test-${++dbCount}`);
  clock = 10_000;
  timers = [];
});

function outbox(create: Create, extra: Partial<OutboxOptions> = {}) {
  return new Outbox({
    store,
    scope: A,
    gateway: { serverUrl: A.serverUrl, create: create as unknown as FhirGateway['create'] },
    now: () => clock,
    schedule: (run, ms) => {
      const timer = { at: clock + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    locks: null,
    ...extra,
  });
}

/** Web Locks as the browser grants them to several tabs of one origin (tabs share this object). */
function sharedLocks(): Locks & { held: Set<string> } {
  const held = new Set<string>();
  const request = async (
    name: string,
    options: LockOptions,
    run: (lock: Lock | null) => Promise<void>,
  ) => {
    if (held.has(name)) {
      expect(options.ifAvailable).toBe(true); // never queue behind another tab's send
      await run(null);
      return;
    }
    held.add(name);
    try {
      await run({ name, mode: 'exclusive' });
    } finally {
      held.delete(name);
    }
  };
  return { held, request: request as unknown as Locks['request'] };
}

/** A POST that answers only when told to. */
function stalled() {
  let answer: (r: CreateResult<Resource>) => void = () => undefined;
  let arrived: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (arrived = resolve));
  const response = new Promise<CreateResult<Resource>>((resolve) => (answer = resolve));
  return { started, response, answer, arrived };
}

describe('Outbox offline', () => {
  it('stores the reading at once and tries nothing while offline; back online, sends it once', async () => {
    let online = false;
    const create = vi.fn<Create>().mockResolvedValue(ok('srv-1'));
    const box = outbox(create, { isOnline: () => online });
    await box.enqueue(entry('u1'));
    await box.enqueue(entry('u2'));
    await box.flush();
    expect(create).not.toHaveBeenCalled();
    expect(await store.list(A)).toEqual([
      expect.objectContaining({ uuid: 'u1', state: 'pending', attempts: 0 }),
      expect.objectContaining({ uuid: 'u2', state: 'pending', attempts: 0 }),
    ]);
    // It looks again on its own later (the poll), besides the `online` event the app listens to.
    expect(timers.map((t) => t.at)).toEqual([70_000]);
    online = true;
    await box.flush();
    expect(create.mock.calls.map(([r]) => (r as Observation).code.text)).toEqual(['u1', 'u2']);
    expect(await store.list(A)).toEqual([]);
  });
});

describe('Outbox lease', () => {
  it('leaves an entry another tab is sending alone until its lease runs out, then reclaims it', async () => {
    await store.put({ ...entry('u1'), ...A, state: 'sending', attempts: 1, leaseUntil: 40_000 });
    const create = vi.fn<Create>().mockResolvedValue(ok('srv-1'));
    const box = outbox(create);
    await box.flush();
    expect(create).not.toHaveBeenCalled();
    expect(timers.map((t) => t.at)).toEqual([40_000]); // looks again when the lease ends
    clock = 40_000;
    timers.shift()?.run();
    await box.flush();
    expect(create).toHaveBeenCalledOnce();
    expect(await store.get('u1')).toBeUndefined();
  });

  it('writes a lease while it sends, and drops it with the result', async () => {
    const post = stalled();
    const box = outbox(() => (post.arrived(), post.response), { leaseMs: 45_000 });
    await box.enqueue(entry('u1'));
    await post.started;
    expect(await store.get('u1')).toMatchObject({ state: 'sending', leaseUntil: 55_000 });
    post.answer(ok('srv-1'));
    await box.flush();
    expect(await box.items()).toEqual([
      expect.not.objectContaining({ leaseUntil: expect.anything() as unknown }),
    ]);
  });

  it('with Web Locks, reclaims at once an entry whose lock no live tab holds (its tab died)', async () => {
    await store.put({ ...entry('u1'), ...A, state: 'sending', attempts: 1, leaseUntil: 99_000 });
    const create = vi.fn<Create>().mockResolvedValue(ok('srv-1'));
    await outbox(create, { locks: sharedLocks() }).flush();
    expect(create).toHaveBeenCalledOnce();
  });
});

describe('Outbox: one lock per send', () => {
  it('a stalled send in one tab blocks neither another tab’s reading nor the next entry', async () => {
    const locks = sharedLocks();
    const post = stalled();
    const tabA = outbox(
      vi.fn<Create>(() => (post.arrived(), post.response)),
      { locks },
    );
    await tabA.enqueue(entry('u1'));
    await post.started; // tab A's POST of u1 hangs, holding u1's lock only
    expect(locks.held).toEqual(new Set(['tensio-outbox-entry u1']));

    const sentByB = vi.fn<Create>().mockResolvedValue(ok('srv-2'));
    const tabB = outbox(sentByB, { locks });
    await tabB.enqueue(entry('u2'));
    await tabB.flush();
    expect(sentByB.mock.calls.map(([r]) => (r as Observation).code.text)).toEqual(['u2']);
    expect(await store.get('u2')).toBeUndefined();
    expect(await store.get('u1')).toMatchObject({ state: 'sending' });

    post.answer(ok('srv-1'));
    await tabA.flush();
    expect(await store.list(A)).toEqual([]);
  });

  it('a send that outlives its deadline is retried as the same conditional create', async () => {
    const deadlines: AbortController[] = [];
    const create = vi
      .fn<Create>()
      .mockImplementationOnce(
        (_r, o) =>
          new Promise((_resolve, reject) => {
            o?.signal?.addEventListener('abort', () => {
              reject(o.signal?.reason as Error);
            });
          }),
      )
      .mockResolvedValue(ok('srv-1'));
    const box = outbox(create, {
      deadline: () => {
        const c = new AbortController();
        deadlines.push(c);
        return c.signal;
      },
    });
    const first = box.enqueue(entry('u1')).then(() => box.flush());
    await vi.waitFor(() => {
      expect(deadlines).toHaveLength(1);
    });
    deadlines[0]?.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    await first;
    expect(await store.get('u1')).toMatchObject({ state: 'waiting', attempts: 1 });
    clock = 15_000;
    timers.shift()?.run();
    await box.flush();
    expect(create.mock.calls.map(([, o]) => o?.ifNoneExist)).toEqual([
      'identifier=urn:ietf:rfc:3986|urn:uuid:u1',
      'identifier=urn:ietf:rfc:3986|urn:uuid:u1',
    ]);
    expect(await store.list(A)).toEqual([]);
  });

  it('a timed-out POST (gateway timeout error) waits and is retried, never marked refused', async () => {
    const create = vi
      .fn<Create>()
      .mockRejectedValueOnce(new FhirError('timeout', 'no answer within 20 s'))
      .mockResolvedValue(ok('srv-1'));
    const box = outbox(create);
    await box.enqueue(entry('u1'));
    await box.flush();
    expect(await store.get('u1')).toMatchObject({
      state: 'waiting',
      error: 'The server did not answer in time.',
    });
  });
});

describe('Outbox across tabs', () => {
  it('lists a reading another tab confirmed as in the record here too', async () => {
    const wire = new EventTarget();
    const channel = () => ({
      postMessage: (data: unknown) => wire.dispatchEvent(new MessageEvent('message', { data })),
      addEventListener: wire.addEventListener.bind(wire) as BroadcastChannel['addEventListener'],
    });
    const tabA = outbox(vi.fn<Create>(), { channel: channel(), isOnline: () => false });
    const tabB = outbox(vi.fn<Create>().mockResolvedValue(ok('srv-1')), { channel: channel() });
    await tabA.enqueue(entry('u1')); // saved offline in tab A…
    await tabB.flush(); // …and sent by tab B
    expect(await tabA.items()).toEqual([
      expect.objectContaining({ uuid: 'u1', state: 'sent', serverId: 'srv-1' }),
    ]);
  });
});

describe('Outbox paused', () => {
  it('sends nothing and arms no timer once paused, until the next flush', async () => {
    const create = vi.fn<Create>().mockRejectedValueOnce(new FhirError('server', 'HTTP 503', 503));
    create.mockResolvedValue(ok('srv-1'));
    const box = outbox(create);
    await box.enqueue(entry('u1'));
    await box.flush();
    expect(timers).toHaveLength(1); // the retry
    box.pause();
    expect(timers).toEqual([]);
    clock = 15_000;
    await box.flush(); // a flush resumes it (the recorder is shown again)
    expect(create).toHaveBeenCalledTimes(2);
  });
});
