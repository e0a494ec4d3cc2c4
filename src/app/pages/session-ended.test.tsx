import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import type { Observation } from 'fhir/r4';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { idbOutboxStore, type OutboxStore } from '../../outbox';
import { setOutboxStore } from '../../queries/outbox';
import { SessionEndedPage } from './session-ended';

let store: OutboxStore;
let dbCount = 0;
const resource: Observation = { resourceType: 'Observation', status: 'final', code: {} };
const put = (uuid: string, serverUrl: string, patientId: string, enteredAt = Date.now()) =>
  store.put({
    uuid,
    serverUrl,
    patientId,
    resource,
    ifNoneExist: 'x',
    enteredAt,
    state: 'pending',
    attempts: 0,
  });

beforeEach(() => {
  store = idbOutboxStore(`session-ended-test-${++dbCount}`);
  setOutboxStore(store);
});

const renderPage = () => {
  // As the ready page does when the session ends: the cache is cleared at once.
  const queryClient = new QueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SessionEndedPage reason="unauthorized" meta={undefined} />
    </QueryClientProvider>,
  );
  queryClient.clear();
  return view;
};

describe('SessionEndedPage', () => {
  it('lists the readings still waiting on this device, per server and record, and says when they go', async () => {
    await put('a', 'https://a.test/fhir', 'p1');
    await put('b', 'https://a.test/fhir', 'p1');
    await put('c', 'https://b.test/r4', 'p2');
    renderPage();
    const waiting = await screen.findByRole('region', { name: 'Readings not sent yet' });
    expect(waiting).toHaveTextContent(
      /will be sent when you open Tensio again for the same record/,
    );
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 readings for record p1 at a.test', '1 reading for record p2 at b.test']);
  });

  it('says nothing about readings when none wait', async () => {
    const counted = vi.spyOn(store, 'countByScope');
    renderPage();
    // Absence is checked once the device's store has answered, not after a delay.
    await vi.waitFor(() => {
      expect(counted).toHaveBeenCalledOnce();
    });
    await act(async () => {
      await (counted.mock.results[0]?.value as Promise<unknown>);
    });
    expect(screen.getByText(/no longer accepts this session/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Readings not sent yet' })).not.toBeInTheDocument();
  });

  it('warns when the oldest waiting reading is in its last days, and never lists expired ones', async () => {
    const day = 86_400_000;
    await put('soon', 'https://a.test/fhir', 'p1', Date.now() - 26 * day);
    await put('gone', 'https://b.test/r4', 'p2', Date.now() - 31 * day);
    renderPage();
    const waiting = await screen.findByRole('region', { name: 'Readings not sent yet' });
    expect(waiting).toHaveTextContent(/deleted from this device/);
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(
        /^1 reading for record p1 at a\.test — the oldest will be deleted on .+ unless sent before then$/,
      ),
    ]);
    expect(await store.get('gone')).toBeUndefined();
  });
});
