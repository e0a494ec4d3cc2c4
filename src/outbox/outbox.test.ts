import 'fake-indexeddb/auto';
import type { Observation, Resource } from 'fhir/r4';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FhirError, type CreateResult, type FhirGateway } from '../smart/types';
import { Outbox, type NewEntry, type OutboxOptions } from './outbox';
import { idbOutboxStore, type OutboxStore } from './store';
import type { OutboxEntry, OutboxScope } from './types';

const A: OutboxScope = { serverUrl: 'https://a.test/fhir', patientId: 'p1' };
const obs = (id = 'x'): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  code: { text: id },
});
const entry = (uuid: string): NewEntry => ({
  uuid,
  resource: obs(uuid),
  ifNoneExist: `identifier=urn:ietf:rfc:3986|urn:uuid:${uuid}`,
  enteredAt: 1000,
});
const created = (id: string, isNew = true): CreateResult<Resource> => ({
  resource: { ...obs(), id },
  created: isNew,
});

let dbCount = 0;
let store: OutboxStore;
let clock: number;
let timers: { at: number; run: () => void }[];

beforeEach(() => {
  store = idbOutboxStore(`outbox-test-${++dbCount}`);
  clock = 10_000;
  timers = [];
});

// The gateway's create is generic over the resource type; the fakes here only ever see Observations.
type Create = (
  resource: Resource,
  options?: { ifNoneExist?: string },
) => Promise<CreateResult<Resource>>;
const asCreate = (fn: Create) => fn as unknown as FhirGateway['create'];
function outbox(
  create: ReturnType<typeof vi.fn<Create>>,
  scope = A,
  extra: Partial<OutboxOptions> = {},
) {
  return new Outbox({
    store,
    scope,
    gateway: { serverUrl: scope.serverUrl, create: asCreate(create) },
    now: () => clock,
    schedule: (run, ms) => {
      const timer = { at: clock + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    ...extra,
  });
}

const states = async (box: Outbox) => (await box.items()).map((i) => [i.uuid, i.state]);

describe('Outbox: the happy path', () => {
  it('stores the entry before the first attempt, sends it as a conditional create, removes it once confirmed', async () => {
    const seenAtSend: (OutboxEntry | undefined)[] = [];
    const create = vi.fn<Create>(async () => {
      seenAtSend.push(await store.get('u1'));
      return created('srv-1');
    });
    const onConfirmed = vi.fn();
    const box = outbox(create, A, { onConfirmed });
    await box.enqueue(entry('u1'));
    await box.flush();
    expect(seenAtSend[0]).toMatchObject({ state: 'sending', attempts: 1, ...A });
    expect(create).toHaveBeenCalledOnce();
    expect(create).toHaveBeenCalledWith(obs('u1'), {
      ifNoneExist: 'identifier=urn:ietf:rfc:3986|urn:uuid:u1',
      signal: expect.any(AbortSignal) as unknown,
    });
    expect(await store.get('u1')).toBeUndefined();
    expect(await box.items()).toEqual([
      expect.objectContaining({ uuid: 'u1', state: 'sent', serverId: 'srv-1', created: true }),
    ]);
    expect(onConfirmed).toHaveBeenCalledOnce();
  });

  it('treats 200 from a matched conditional create as confirmed', async () => {
    const box = outbox(vi.fn<Create>().mockResolvedValue(created('srv-1', false)));
    await box.enqueue(entry('u1'));
    await box.flush();
    expect(await store.get('u1')).toBeUndefined();
    expect(await box.items()).toEqual([expect.objectContaining({ state: 'sent', created: false })]);
  });

  it('keeps one entry and sends once when the same reading is saved twice (double click)', async () => {
    const create = vi.fn<Create>().mockResolvedValue(created('srv-1'));
    const box = outbox(create);
    await Promise.all([box.enqueue(entry('u1')), box.enqueue(entry('u1'))]);
    await box.flush();
    await box.enqueue(entry('u1')); // a third save after it was confirmed
    await box.flush();
    expect(create).toHaveBeenCalledOnce();
    expect(await states(box)).toEqual([['u1', 'sent']]);
  });

  it('shares one run between concurrent flushes', async () => {
    const create = vi.fn<Create>().mockResolvedValue(created('s'));
    const box = outbox(create);
    await store.addIfAbsent({ ...entry('u1'), ...A, state: 'pending', attempts: 0 });
    await Promise.all([box.flush(), box.flush(), box.flush()]);
    expect(create).toHaveBeenCalledOnce();
  });
});

describe('Outbox: failures', () => {
  it('waits and retries with backoff after a server error, then removes the entry', async () => {
    const create = vi
      .fn<Create>()
      .mockRejectedValueOnce(new FhirError('server', 'HTTP 503', 503))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(created('srv-1'));
    const box = outbox(create);
    await box.enqueue(entry('u1'));
    await box.flush();
    expect(await store.get('u1')).toMatchObject({
      state: 'waiting',
      attempts: 1,
      nextAttemptAt: 15_000,
    });
    expect(timers.map((t) => t.at)).toEqual([15_000]);

    await box.flush(); // not due yet: nothing sent
    expect(create).toHaveBeenCalledTimes(1);

    clock = 15_000;
    timers.shift()?.run();
    await box.flush();
    expect(await store.get('u1')).toMatchObject({
      state: 'waiting',
      attempts: 2,
      nextAttemptAt: 30_000,
    });

    clock = 30_000;
    timers.shift()?.run();
    await box.flush();
    expect(create).toHaveBeenCalledTimes(3);
    expect(await states(box)).toEqual([['u1', 'sent']]);
    expect(timers).toEqual([]);
  });

  it.each([
    [
      '422',
      new FhirError('invalid', 'x', 422, {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'invalid', diagnostics: 'component value missing' }],
      }),
      'component value missing',
    ],
    [
      '400 without an outcome',
      new FhirError('invalid', 'x', 400),
      'The server refused the reading (HTTP 400).',
    ],
    ['403', new FhirError('forbidden', 'x', 403), 'The server refused the reading (HTTP 403).'],
  ])(
    'marks the entry failed on %s with the server’s message, and does not retry it by itself',
    async (_n, error, message) => {
      const create = vi.fn<Create>().mockRejectedValueOnce(error).mockResolvedValue(created('s'));
      const box = outbox(create);
      await box.enqueue(entry('u1'));
      await box.flush();
      await box.flush();
      expect(create).toHaveBeenCalledOnce();
      expect(await store.get('u1')).toMatchObject({ state: 'failed', error: message });
      expect(timers).toEqual([]);
    },
  );

  it('sends a failed entry again when the user asks, and discards it when the user gives up', async () => {
    const create = vi
      .fn<Create>()
      .mockRejectedValueOnce(new FhirError('invalid', 'x', 422))
      .mockResolvedValue(created('s'));
    const box = outbox(create);
    await box.enqueue(entry('u1'));
    await box.enqueue(entry('u2'));
    await box.flush();
    await box.retry('u1');
    expect(await states(box)).toEqual([
      ['u2', 'sent'],
      ['u1', 'sent'],
    ]); // in the order confirmed

    create.mockRejectedValueOnce(new FhirError('invalid', 'x', 422));
    await box.enqueue(entry('u3'));
    await box.flush();
    await box.discard('u3');
    expect(await store.get('u3')).toBeUndefined();
  });

  it('keeps the entry pending when the session ended (401), stops sending, and a relaunch sends it', async () => {
    const create = vi
      .fn<Create>()
      .mockRejectedValue(new FhirError('unauthorized', 'HTTP 401', 401));
    const box = outbox(create);
    await box.enqueue(entry('u1'));
    await box.flush();
    await box.enqueue(entry('u2'));
    await box.flush();
    expect(create).toHaveBeenCalledOnce();
    expect(await store.get('u1')).toMatchObject({
      state: 'pending',
      error: expect.stringMatching(/session ended/) as unknown,
    });
    expect(await store.get('u2')).toMatchObject({ state: 'pending', attempts: 0 });

    // A relaunch (new gateway, same server and patient) after a reload (new store over the same database).
    store = idbOutboxStore(`outbox-test-${dbCount}`);
    const relaunched = vi.fn<Create>().mockResolvedValue(created('s'));
    const next = outbox(relaunched);
    await next.flush();
    expect(relaunched.mock.calls.map(([r]) => (r as Observation).code.text)).toEqual(['u1', 'u2']);
    expect(await states(next)).toEqual([
      ['u1', 'sent'],
      ['u2', 'sent'],
    ]);
  });

  it('sends again an entry a closed page left in `sending` once its lease ran out (the conditional create makes that safe)', async () => {
    await store.put({ ...entry('u1'), ...A, state: 'sending', attempts: 1, leaseUntil: clock });
    const create = vi.fn<Create>().mockResolvedValue(created('s', false));
    await outbox(create).flush();
    expect(create).toHaveBeenCalledOnce();
    expect(await store.get('u1')).toBeUndefined();
  });
});

describe('Outbox: one server and one patient only', () => {
  it('never lists, sends, retries or discards entries of another patient or server', async () => {
    const otherPatient = { ...A, patientId: 'p2' };
    const otherServer = { ...A, serverUrl: 'https://b.test/fhir' };
    await store.put({ ...entry('theirs'), ...otherPatient, state: 'pending', attempts: 0 });
    await store.put({
      ...entry('elsewhere'),
      ...otherServer,
      state: 'failed',
      attempts: 1,
      error: 'e',
    });
    const create = vi.fn<Create>().mockResolvedValue(created('s'));
    const box = outbox(create);
    await box.enqueue(entry('mine'));
    await box.flush();
    await box.retry('elsewhere');
    await box.discard('theirs');

    expect(create).toHaveBeenCalledOnce();
    expect(await states(box)).toEqual([['mine', 'sent']]);
    expect(await store.get('theirs')).toMatchObject({
      state: 'pending',
      attempts: 0,
      patientId: 'p2',
    });
    expect(await store.get('elsewhere')).toMatchObject({ state: 'failed', attempts: 1 });

    const theirCreate = vi.fn<Create>().mockResolvedValue(created('s'));
    await outbox(theirCreate, otherPatient).flush();
    expect(theirCreate).toHaveBeenCalledOnce();
  });

  it('refuses a gateway for a different server than its scope', () => {
    expect(
      () =>
        new Outbox({
          store,
          scope: A,
          gateway: { serverUrl: 'https://b.test/fhir', create: vi.fn() },
        }),
    ).toThrow(/different server/);
  });
});
