import type { FhirResource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { AccessGrant } from '../src/contracts';
import { bp, call, dataset, ids, makeService, request, search } from './fhir-helpers';

const extra: FhirResource[] = [
  { resourceType: 'Practitioner', id: 'doc', name: [{ family: 'Kim', given: ['Sarah'] }] },
  { resourceType: 'Device', id: 'cuff-1', status: 'active', patient: { reference: 'Patient/p1' } },
  { resourceType: 'Device', id: 'cuff-2', status: 'active', patient: { reference: 'Patient/p2' } },
  {
    resourceType: 'Medication',
    id: 'med-1',
    code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '314076' }] },
  },
  {
    resourceType: 'MedicationStatement',
    id: 'ms-1',
    status: 'active',
    subject: { reference: 'Patient/p1' },
    medicationReference: { reference: 'Medication/med-1' },
  },
  {
    resourceType: 'MedicationRequest',
    id: 'mr-1',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationReference: { reference: 'Medication/med-1' },
    authoredOn: '2024-01-02',
  },
  {
    resourceType: 'MedicationRequest',
    id: 'mr-2',
    status: 'stopped',
    intent: 'plan',
    subject: { reference: 'Patient/p1' },
    medicationReference: { reference: 'Medication/med-1' },
    authoredOn: '2024-01-03',
  },
  {
    resourceType: 'Condition',
    id: 'htn',
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003' }] },
  },
  {
    resourceType: 'Encounter',
    id: 'enc-1',
    status: 'finished',
    class: { code: 'AMB' },
    subject: { reference: 'Patient/p1' },
    period: { start: '2024-01-05T10:00:00Z' },
  },
  { ...bp('p1', 999), meta: { lastUpdated: '2020-01-01T00:00:00Z' } },
];
const service = makeService([...dataset(), ...extra]);

describe('other resource types', () => {
  it('searches Device, Practitioner, Medication, Condition and Encounter', async () => {
    expect(ids(await search(service, 'Device?patient=p1'))).toEqual(['cuff-1']);
    expect(ids(await search(service, 'Practitioner?name=sar'))).toEqual(['doc']);
    expect(ids(await search(service, 'Medication?_id=med-1'))).toEqual(['med-1']);
    expect(ids(await search(service, 'Condition?patient=p1&code=38341003'))).toEqual(['htn']);
    expect(ids(await search(service, 'Encounter?patient=p1&date=ge2024-01-05'))).toEqual(['enc-1']);
  });
  it('filters MedicationRequest by status and intent and includes each Medication once', async () => {
    const bundle = await search(
      service,
      'MedicationRequest?patient=p1&_include=MedicationRequest:medication',
    );
    expect(ids(bundle)).toEqual(['mr-1', 'mr-2']);
    expect(ids(bundle, 'include')).toEqual(['med-1']);
    expect(
      ids(await search(service, 'MedicationRequest?patient=p1&status=active&intent=order')),
    ).toEqual(['mr-1']);
    expect(
      ids(
        await search(
          service,
          'MedicationStatement?patient=p1&_include=MedicationStatement:medication',
        ),
        'include',
      ),
    ).toEqual(['med-1']);
  });
  it('leaves out included resources the grant may not read', async () => {
    const grant: AccessGrant = { scopes: ['patient/MedicationRequest.rs'], patient: 'p1' };
    const bundle = await search(
      service,
      'MedicationRequest?_include=MedicationRequest:medication',
      grant,
    );
    expect(ids(bundle)).toHaveLength(2);
    expect(ids(bundle, 'include')).toEqual([]);
  });
  it('searches and sorts by _lastUpdated', async () => {
    expect(ids(await search(service, 'Observation?patient=p1&_lastUpdated=lt2021-01-01'))).toEqual([
      'p1-bp-999',
    ]);
    expect(
      ids(await search(service, 'Observation?patient=p1&_sort=_lastUpdated&_count=1')),
    ).toEqual(['p1-bp-999']);
  });
  it('confines Device to the launch patient', async () => {
    const grant: AccessGrant = { scopes: ['patient/Device.rs'], patient: 'p1' };
    expect(ids(await search(service, 'Device', grant))).toEqual(['cuff-1']);
    expect((await call(service, request('Device/cuff-2', grant))).status).toBe(403);
  });
  it('refuses a create outside a ?category= restricted write scope', async () => {
    const own = makeService();
    const grant: AccessGrant = {
      scopes: [
        'patient/Observation.c?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory',
      ],
      patient: 'p1',
    };
    const { id: _id, ...reading } = bp('p1', 700);
    expect(
      (await call(own, request('Observation', grant, { method: 'POST', body: reading }))).status,
    ).toBe(403);
  });
  it('reads a version and refuses other methods', async () => {
    expect((await call(service, request('Observation/p1-bp-1/_history/1'))).status).toBe(200);
    expect((await call(service, request('Observation/p1-bp-1/_history/2'))).status).toBe(404);
    expect(
      (await call(service, request('Observation/p1-bp-1', undefined, { method: 'DELETE' }))).status,
    ).toBe(405);
    const meta = await call(service, request('metadata'));
    expect((meta.body as { resourceType: string }).resourceType).toBe('CapabilityStatement');
  });
});

describe('date search over ranges', () => {
  const encounters: FhirResource[] = [
    { resourceType: 'Patient', id: 'p9' },
    {
      resourceType: 'Encounter',
      id: 'open-ended',
      status: 'in-progress',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/p9' },
      period: { start: '2020-01-01T00:00:00Z' },
    },
    {
      resourceType: 'Encounter',
      id: 'end-only',
      status: 'finished',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/p9' },
      period: { end: '2024-06-01T00:00:00Z' },
    },
    {
      resourceType: 'Encounter',
      id: 'one-day',
      status: 'finished',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/p9' },
      period: { start: '2024-05-01', end: '2024-05-01' },
    },
    {
      resourceType: 'Encounter',
      id: 'undated',
      status: 'planned',
      class: { code: 'AMB' },
      subject: { reference: 'Patient/p9' },
    },
  ];
  const periods = makeService(encounters);
  it('finds periods that overlap the asked range, never undated ones', async () => {
    expect(ids(await search(periods, 'Encounter?patient=p9&date=ge2024-05-01&_sort=_id'))).toEqual([
      'end-only',
      'one-day',
      'open-ended',
    ]);
    expect(ids(await search(periods, 'Encounter?patient=p9&date=le2019-12-31&_sort=_id'))).toEqual([
      'end-only',
    ]);
    expect(ids(await search(periods, 'Encounter?patient=p9&date=2024-05-01'))).toEqual(['one-day']);
  });
});
