import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { fhirError, fhirJson } from '../../../mocks/fhir';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { idbOutboxStore, type OutboxStore } from '../../outbox';
import { queryKeys } from '../../queries/keys';
import { setOutboxStore } from '../../queries/outbox';
import { RecordReadingPanel } from './index';

interface Posted {
  body: Observation;
  ifNoneExist: string | null;
}
let posts: Posted[];
let store: OutboxStore;
let dbCount = 0;

/** The sandbox's conditional create in miniature: a second POST with the same identifier matches (200). */
function acceptPosts(answer?: (n: number) => Response | undefined) {
  const stored = new Map<string, Observation>();
  server.use(
    http.post(`${TEST_FHIR_BASE}/Observation`, async ({ request }) => {
      const body = (await request.json()) as Observation;
      posts.push({ body, ifNoneExist: request.headers.get('if-none-exist') });
      const special = answer?.(posts.length);
      if (special) return special;
      const key = request.headers.get('if-none-exist') ?? String(posts.length);
      const existing = stored.get(key);
      if (existing) return fhirJson(existing, { status: 200 });
      const created = { ...body, id: `obs-${stored.size + 1}` };
      stored.set(key, created);
      return fhirJson(created, {
        status: 201,
        headers: { location: `${TEST_FHIR_BASE}/Observation/${created.id}/_history/1` },
      });
    }),
  );
}

beforeEach(() => {
  posts = [];
  store = idbOutboxStore(`record-reading-test-${++dbCount}`);
  setOutboxStore(store);
});

async function fill(values: { systolic?: string; diastolic?: string; pulse?: string }) {
  const user = userEvent.setup();
  if (values.systolic) await user.type(screen.getByLabelText(/systolic/i), values.systolic);
  if (values.diastolic) await user.type(screen.getByLabelText(/diastolic/i), values.diastolic);
  if (values.pulse) await user.type(screen.getByLabelText(/pulse/i), values.pulse);
  return user;
}

describe('RecordReadingPanel: saving', () => {
  it('sends one conditional create with the reading as a US Core BP Observation, then marks it sent', async () => {
    acceptPosts();
    const { queryClient, session } = renderWithSession(<RecordReadingPanel />, {
      patientId: 'pat-1',
    });
    queryClient.setQueryData(queryKeys.bloodPressureSince(session, 'all'), { readings: [] });
    const user = await fill({ systolic: '132', diastolic: '84', pulse: '66' });
    await user.selectOptions(screen.getByLabelText(/arm/i), 'left');
    await user.click(screen.getByRole('button', { name: 'Save reading' }));

    await screen.findByText('In your record');
    expect(posts).toHaveLength(1);
    const [{ body, ifNoneExist }] = posts as [Posted];
    const uuid = body.identifier?.[0]?.value ?? '';
    expect(uuid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(ifNoneExist).toBe(`identifier=urn:ietf:rfc:3986|${uuid}`);
    expect(body).toMatchObject({
      subject: { reference: 'Patient/pat-1' },
      code: { coding: [{ code: '85354-9' }] },
    });
    expect(body.component?.map((c) => c.valueQuantity?.value)).toEqual([132, 84, 66]);
    expect(screen.getByText(/132\/84 mmHg, pulse 66/)).toBeInTheDocument();
    // The confirmed reading is merged into the BP panel's cached series: no refetch of the window.
    const all = queryKeys.bloodPressureSince(session, 'all');
    expect(queryClient.getQueryState(all)?.isInvalidated).toBe(false);
    expect(queryClient.getQueryData<{ readings: { id: string }[] }>(all)?.readings).toEqual([
      expect.objectContaining({ id: 'obs-1', systolic: 132 }),
    ]);
    expect(await store.list({ serverUrl: TEST_FHIR_BASE, patientId: 'pat-1' })).toEqual([]);
    // The form is ready for the next reading.
    expect(screen.getByLabelText(/systolic/i)).toHaveValue('');
  });

  it('stores and sends one reading on a double click', async () => {
    acceptPosts();
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '120', diastolic: '80' });
    await user.dblClick(screen.getByRole('button', { name: 'Save reading' }));
    await screen.findByText('In your record');
    expect(posts).toHaveLength(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the severe-reading guidance as soon as a value is above 180 or 120', async () => {
    renderWithSession(<RecordReadingPanel />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await fill({ systolic: '185' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/measure again after five minutes/);
    expect(alert).toHaveTextContent(
      /chest pain, shortness of breath, weakness.*vision.*speaking, call emergency services/,
    );
  });

  it.each([
    ['180/120 exactly: no guidance', '180', '120', false],
    ['diastolic 121 alone', '150', '121', true],
    ['systolic 181 alone', '181', '90', true],
  ])('%s', async (_name, systolic, diastolic, shown) => {
    renderWithSession(<RecordReadingPanel />);
    await fill({ systolic, diastolic });
    expect(screen.queryByRole('alert') !== null).toBe(shown);
  });

  it('keeps the guidance after a severe reading was saved', async () => {
    acceptPosts();
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '210', diastolic: '100' });
    await user.click(screen.getByRole('button', { name: 'Save reading' }));
    await screen.findByText('In your record');
    expect(screen.getByRole('alert')).toHaveTextContent('The reading you saved is very high.');
  });
});

describe('RecordReadingPanel: refused input', () => {
  it('puts a message next to each wrong field and sends nothing', async () => {
    acceptPosts();
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '80', diastolic: '120', pulse: '900' });
    const time = screen.getByLabelText(/time taken/i);
    await user.clear(time);
    await user.type(time, '2099-01-01T08:00');
    await user.click(screen.getByRole('button', { name: 'Save reading' }));

    const diastolic = screen.getByLabelText(/diastolic/i);
    expect(diastolic).toHaveAttribute('aria-invalid', 'true');
    expect(diastolic).toHaveAccessibleDescription(/mmHg.*lower than systolic/);
    expect(screen.getByLabelText(/pulse/i)).toHaveAccessibleDescription(/between 20 and 250/);
    expect(time).toHaveAccessibleDescription(/cannot be in the future/);
    expect(screen.getByLabelText(/systolic/i)).not.toHaveAttribute('aria-invalid');
    expect(diastolic).toHaveFocus();
    expect(posts).toHaveLength(0);
    expect(await store.list({ serverUrl: TEST_FHIR_BASE, patientId: 'test-patient' })).toEqual([]);
  });

  it('shows the server’s reason when it refuses the reading (422), with a way to retry or discard', async () => {
    acceptPosts((n) =>
      n === 1
        ? fhirError(422, 'Observation.component[0].valueQuantity: unit not allowed')
        : undefined,
    );
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '120', diastolic: '80' });
    await user.click(screen.getByRole('button', { name: 'Save reading' }));
    const item = await screen.findByText(/unit not allowed/);
    expect(item.closest('li')).toHaveTextContent(/Not accepted/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('In your record');
    expect(posts).toHaveLength(2);
  });

  it('keeps the reading, waiting to retry, when the server keeps failing', async () => {
    acceptPosts(() => fhirError(503));
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '120', diastolic: '80' });
    await user.click(screen.getByRole('button', { name: 'Save reading' }));
    await screen.findByText(/next try at/);
    expect(await store.list({ serverUrl: TEST_FHIR_BASE, patientId: 'test-patient' })).toEqual([
      expect.objectContaining({ state: 'waiting', attempts: 1 }),
    ]);
  });

  it('keeps the reading pending when the session ended (401)', async () => {
    acceptPosts(() => fhirError(401));
    renderWithSession(<RecordReadingPanel />);
    const user = await fill({ systolic: '120', diastolic: '80' });
    await user.click(screen.getByRole('button', { name: 'Save reading' }));
    await screen.findByText(/session ended/);
    expect(await store.list({ serverUrl: TEST_FHIR_BASE, patientId: 'test-patient' })).toEqual([
      expect.objectContaining({ state: 'pending' }),
    ]);
  });
});

describe('RecordReadingPanel: who may record, and whose readings are sent', () => {
  it('explains why the form is not offered without a write scope', () => {
    renderWithSession(<RecordReadingPanel />, { scopes: ['launch/patient', 'patient/*.rs'] });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    const status = within(screen.getByRole('region', { name: 'Record a reading' })).getByRole(
      'status',
    );
    expect(status).toHaveTextContent(
      /not available.*patient\/Observation\.c or patient\/Observation\.write/,
    );
  });

  it('without a write scope, counts this patient’s waiting readings and does not send them', async () => {
    acceptPosts();
    const resource: Observation = { resourceType: 'Observation', status: 'final', code: {} };
    await store.put({
      uuid: 'waiting-1',
      serverUrl: TEST_FHIR_BASE,
      patientId: 'test-patient',
      state: 'pending',
      attempts: 0,
      enteredAt: Date.now(), // within the retention (outbox/retention.ts)
      ifNoneExist: 'x',
      resource,
    });
    renderWithSession(<RecordReadingPanel />, { scopes: ['launch/patient', 'patient/*.rs'] });
    expect(await screen.findByText(/1 reading is saved on this device/)).toBeInTheDocument();
    expect(posts).toHaveLength(0);
  });

  it('offers the form with a v1 write scope', () => {
    renderWithSession(<RecordReadingPanel />, {
      scopes: ['launch/patient', 'patient/Observation.write'],
    });
    expect(screen.getByRole('form', { name: 'Record a reading' })).toBeInTheDocument();
  });

  it('renders nothing for a clinician', () => {
    const { container } = renderWithSession(<RecordReadingPanel />, { mode: 'clinician' });
    expect(container).toBeEmptyDOMElement();
  });

  it('on launch, sends what this patient left pending, and never another patient’s', async () => {
    acceptPosts();
    const base = {
      ifNoneExist: 'x',
      enteredAt: Date.now(),
      state: 'pending' as const,
      attempts: 0,
      serverUrl: TEST_FHIR_BASE,
    };
    const obs = (patient: string): Observation => ({
      resourceType: 'Observation',
      status: 'final',
      code: {},
      subject: { reference: `Patient/${patient}` },
    });
    await store.put({
      ...base,
      uuid: 'mine',
      patientId: 'pat-1',
      resource: obs('pat-1'),
      ifNoneExist: 'identifier=mine',
    });
    await store.put({ ...base, uuid: 'theirs', patientId: 'pat-2', resource: obs('pat-2') });
    await store.put({
      ...base,
      uuid: 'elsewhere',
      patientId: 'pat-1',
      serverUrl: 'https://other.test/fhir',
      resource: obs('pat-1'),
    });

    renderWithSession(<RecordReadingPanel />, { patientId: 'pat-1' });
    await screen.findByText('In your record');
    expect(posts.map((p) => p.ifNoneExist)).toEqual(['identifier=mine']);
    expect(await store.get('theirs')).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await store.get('elsewhere')).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
