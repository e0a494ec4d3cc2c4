/**
 * Offline-first recording: with the browser offline, saving still stores the reading on the device at
 * once (react-query would pause a default mutation), nothing is sent, the patient can save another,
 * and the `online` event sends each one exactly once. No sleeps: each step awaits what it looks for.
 */
import 'fake-indexeddb/auto';
import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fhirJson } from '../../../mocks/fhir';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { idbOutboxStore, type OutboxStore } from '../../outbox';
import { setOutboxStore } from '../../queries/outbox';
import { RecordReadingPanel } from './index';

let store: OutboxStore;
let dbCount = 0;
let posted: string[];
const scope = { serverUrl: TEST_FHIR_BASE, patientId: 'test-patient' };

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  onlineManager.setOnline(false);
  window.dispatchEvent(new Event('offline'));
}

function goOnline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  onlineManager.setOnline(true);
  window.dispatchEvent(new Event('online'));
}

beforeEach(() => {
  posted = [];
  store = idbOutboxStore(`record-reading-offline-${++dbCount}`);
  setOutboxStore(store);
  server.use(
    http.post(`${TEST_FHIR_BASE}/Observation`, async ({ request }) => {
      const body = (await request.json()) as Observation;
      posted.push(request.headers.get('if-none-exist') ?? '');
      return fhirJson({ ...body, id: `o${String(posted.length)}` }, { status: 201 });
    }),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  onlineManager.setOnline(true);
});

async function save(user: ReturnType<typeof userEvent.setup>, systolic: string, diastolic: string) {
  await user.type(screen.getByLabelText(/systolic/i), systolic);
  await user.type(screen.getByLabelText(/diastolic/i), diastolic);
  await user.click(screen.getByRole('button', { name: 'Save reading' }));
}

describe('RecordReadingPanel offline', () => {
  it('saves on the device at once while offline, keeps recording, and sends each reading once when back online', async () => {
    goOffline();
    renderWithSession(<RecordReadingPanel />);
    expect(screen.getByText(/You are offline\./)).toBeInTheDocument();
    const user = userEvent.setup();
    await save(user, '131', '82');
    expect(
      await screen.findByText('Saved on this phone — will be sent when you are online.'),
    ).toBeInTheDocument();
    expect(await store.list(scope)).toEqual([
      expect.objectContaining({ state: 'pending', attempts: 0 }),
    ]);
    await screen.findByText(/131\/82 mmHg/);
    await save(user, '128', '79');
    await screen.findByText(/128\/79 mmHg/);
    expect(screen.getAllByText('On this device')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Save reading' })).toBeEnabled();
    expect(await store.list(scope)).toHaveLength(2);
    expect(posted).toEqual([]);

    act(goOnline);
    await vi.waitFor(async () => {
      expect(await store.list(scope)).toEqual([]);
    });
    await vi.waitFor(() => {
      expect(screen.getAllByText('In your record')).toHaveLength(2);
    });
    expect(posted).toHaveLength(2);
    expect(new Set(posted).size).toBe(2);
  });
});
