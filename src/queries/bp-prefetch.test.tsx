/**
 * The BP panel's first requests start from the dashboard's first render (issue 12): the first
 * window's readings, the patient, the goals and the medications, each once however often the dashboard renders, and
 * only what the grant allows (what the panel's own hooks would ask for).
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithSession } from '../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { usePrefetchBloodPressure } from './bp-prefetch';

const empty = () => HttpResponse.json({ resourceType: 'Bundle', type: 'searchset', entry: [] });
let asked: string[] = [];

beforeEach(() => {
  asked = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.href.startsWith(TEST_FHIR_BASE)) asked.push(url.pathname.split('/').slice(2).join('/'));
  });
  server.use(
    http.get(`${TEST_FHIR_BASE}/Observation`, empty),
    http.get(`${TEST_FHIR_BASE}/Encounter`, empty),
    http.get(`${TEST_FHIR_BASE}/MedicationRequest`, empty),
    http.get(`${TEST_FHIR_BASE}/MedicationStatement`, empty),
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      HttpResponse.json({ resourceType: 'Patient', id: 'test-patient' }),
    ),
  );
});

function Prefetching() {
  usePrefetchBloodPressure('2026-09-01');
  return null;
}

describe('usePrefetchBloodPressure', () => {
  it.each([
    {
      name: 'everything granted',
      scopes: ['patient/*.rs'],
      expected: [
        'Encounter',
        'Goal',
        'MedicationRequest',
        'MedicationStatement',
        'Observation',
        'Patient/test-patient',
      ],
    },
    {
      name: 'no Goal or Encounter grant',
      scopes: ['patient/Observation.rs', 'patient/Patient.rs'],
      expected: ['Observation', 'Patient/test-patient'],
    },
    {
      name: 'medication requests but no statements',
      scopes: ['patient/Observation.rs', 'patient/Patient.rs', 'patient/MedicationRequest.rs'],
      expected: ['MedicationRequest', 'Observation', 'Patient/test-patient'],
    },
    {
      name: 'no Observation grant',
      scopes: ['patient/Patient.rs', 'patient/Goal.rs'],
      expected: ['Goal', 'Patient/test-patient'],
    },
  ])('asks once for what the panel needs: $name', async ({ scopes, expected }) => {
    // Two callers in one render (as StrictMode's second call): the second finds the requests started.
    renderWithSession(
      <>
        <Prefetching />
        <Prefetching />
      </>,
      { scopes },
    );
    await expect.poll(() => [...asked].sort()).toEqual(expected);
    // Nothing more arrives later (the hooks' own queries find these in flight or cached).
    await new Promise((r) => setTimeout(r, 20));
    expect([...asked].sort()).toEqual(expected);
  });
});
