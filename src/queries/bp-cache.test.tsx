/**
 * A confirmed reading lands in the cached BP windows without a refetch (issue 12): the requests are
 * counted through msw, and the merge rules (which windows, order, each id once) are table-driven.
 */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Observation } from 'fhir/r4';
import { http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { encounterSearch, observationSearch, OBSERVATION_URL } from '../../mocks/fixtures/bp';
import { fhirJson } from '../../mocks/fhir';
import { renderWithSession } from '../../mocks/render';
import { server } from '../../mocks/server';
import { DAY } from '../clinical/time';
import type { BpReading } from '../fhir/bp-types';
import { idbOutboxStore } from '../outbox';
import { useBloodPressure } from './blood-pressure';
import {
  forgetConfirmed,
  mergeConfirmedReading,
  mergeReadings,
  sinceContains,
  withConfirmed,
} from './bp-cache';
import type { BpData } from './blood-pressure-fetch';
import { setOutboxStore, useOutbox } from './outbox';
import { useRecordReading } from './record-reading';

const now = Date.now();
const c = (code: string, value: number) => ({
  code: { coding: [{ system: 'http://loinc.org', code }] },
  valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
});
const old: Observation[] = [1, 5, 40].map((days) => ({
  resourceType: 'Observation',
  id: `o${days}`,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  effectiveDateTime: new Date(now - days * DAY).toISOString(),
  component: [c('8480-6', 140), c('8462-4', 90)],
}));
const monthAgo = new Date(now - 30 * DAY).toISOString().slice(0, 10);

function Probe() {
  useOutbox({ send: true });
  const all = useBloodPressure('all');
  const month = useBloodPressure(monthAgo);
  const save = useRecordReading();
  return (
    <>
      <p>all: {all.data?.readings.length ?? '…'}</p>
      <p>month: {month.data?.readings.map((r) => r.systolic).join(',') ?? '…'}</p>
      <button
        type="button"
        onClick={() => {
          save.mutate({
            uuid: '7d7b0c1e-1c0e-4f7e-9a55-2f1f3c1d0a11',
            reading: { systolic: 128, diastolic: 82, takenAt: new Date(now - 60_000) },
          });
        }}
      >
        Save
      </button>
    </>
  );
}

let store = 0;
beforeEach(() => {
  forgetConfirmed();
  setOutboxStore(idbOutboxStore(`bp-cache-test-${++store}`));
});

describe('a confirmed reading and the BP cache', () => {
  it('appears in every cached window holding it, with no search sent again', async () => {
    const searches: URL[] = [];
    let posts = 0;
    server.use(
      encounterSearch([]),
      observationSearch(old, { onRequest: (url) => searches.push(url) }),
      http.post(OBSERVATION_URL, async ({ request }) => {
        posts++;
        const body = (await request.json()) as Observation;
        return fhirJson({ ...body, id: 'new-1' }, { status: 201 });
      }),
    );
    renderWithSession(<Probe />);
    expect(await screen.findByText('all: 3')).toBeInTheDocument();
    expect(await screen.findByText('month: 140,140')).toBeInTheDocument();
    const before = searches.length;
    expect(before).toBe(2);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('all: 4')).toBeInTheDocument();
    expect(screen.getByText('month: 140,140,128')).toBeInTheDocument();
    expect(posts).toBe(1);
    expect(searches).toHaveLength(before);
  });
});

const r = (id: string, time: number): BpReading => ({
  id,
  time,
  timeText: new Date(time).toISOString(),
  datePrecision: 'time',
  systolic: 120,
  diastolic: 80,
  setting: 'home',
  settingEvidence: 'patient-performer',
  source: 'patient',
  status: 'final',
  kind: 'single',
});

describe('sinceContains', () => {
  const day = Date.parse('2026-03-10T12:00:00Z');
  it.each([
    ['all holds anything', 'all', 0, true],
    ['the same day, late', '2026-03-10', day + 11 * 3_600_000, true],
    [
      'the day before ends east of UTC, still that day somewhere',
      '2026-03-10',
      day - 20 * 3_600_000,
      true,
    ],
    ['two days before: outside', '2026-03-10', day - 2 * DAY, false],
    ['an instant bound is exact', '2026-03-10T12:00:00Z', day - 1, false],
    ['an unreadable bound holds nothing', 'not a date', day, false],
  ])('%s', (_name, since, time, expected) => {
    expect(sinceContains(since, time)).toBe(expected);
  });
});

describe('mergeReadings', () => {
  it.each([
    ['newest goes last', [r('a', 1), r('b', 2)], [r('c', 3)], ['a', 'b', 'c']],
    ['a back-dated one goes in its place', [r('a', 1), r('b', 3)], [r('c', 2)], ['a', 'c', 'b']],
    ['an id already there is not added twice', [r('a', 1), r('b', 2)], [r('b', 2)], ['a', 'b']],
    ['into an empty series', [], [r('c', 3)], ['c']],
  ])('%s', (_name, readings, added, ids) => {
    expect(mergeReadings(readings, added).map((x) => x.id)).toEqual(ids);
  });

  it('a window that completes after the confirmation still gets the reading', () => {
    const { queryClient, session } = renderWithSession(<p />);
    const obs = { ...old[0], id: 'late-1', effectiveDateTime: new Date(now).toISOString() };
    mergeConfirmedReading(queryClient, session, obs as Observation);
    const data = { readings: [r('x', now - DAY)] } as BpData;
    expect(withConfirmed(data, session, 'all').readings.map((x) => x.id)).toEqual(['x', 'late-1']);
    expect(withConfirmed(data, session, monthAgo).readings).toHaveLength(2);
    const future = new Date(now + 2 * DAY).toISOString().slice(0, 10);
    expect(withConfirmed(data, session, future)).toBe(data);
  });
});
