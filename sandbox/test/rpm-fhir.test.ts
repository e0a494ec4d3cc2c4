/**
 * The FHIR side over the RPM program: Group search and read, the app's query shapes for a member
 * under a practitioner's user/ scopes, and what patient-confined scopes may not see.
 */
import type { Bundle, Goal, Group } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { AccessGrant } from '../src/contracts';
import { serviceFromResources } from '../src/fhir/service';
import { buildPractitioners } from '../src/personas/people';
import { buildRpmProgram, RPM_EXPECTED } from '../src/personas/rpm';
import { BASE, call, ids, issueText, request, search } from './fhir-helpers';

const NOW = new Date('2026-11-10T15:00:00Z');
const resources = [...buildPractitioners(), ...buildRpmProgram(NOW)];
const service = serviceFromResources(resources, { now: NOW });
const goalOwner = resources.find((r): r is Goal => r.resourceType === 'Goal')?.subject.reference;
const practitioner = (scopes: string[]): AccessGrant => ({
  scopes: ['openid', 'fhirUser', ...scopes],
  fhirUser: 'Practitioner/practitioner-1',
});
const USER = practitioner([
  'user/Group.rs',
  'user/Observation.rs',
  'user/Goal.rs',
  'user/MedicationRequest.rs',
]);
const status = async (path: string, grant: AccessGrant) =>
  (await call(service, request(path, grant))).status;
// What src/queries/blood-pressure-fetch.ts sends (BP_CODE_PARAM), and the panel's narrower search.
const BP_CODES = ['85354-9', '55284-4', '8480-6', '8462-4', '96607-7']
  .map((c) => `http://loinc.org|${c}`)
  .join(',');
const SINCE = '2026-10-11';

describe('Group search and read', () => {
  it.each([
    ['Practitioner/practitioner-1', ['rpm-program']],
    ['practitioner-1', ['rpm-program']],
    [`${BASE}/Practitioner/practitioner-1`, ['rpm-program']],
    ['Practitioner/practitioner-2', []],
    ['Organization/practitioner-1', []],
  ])('finds Groups by managing-entity=%s', async (value, expected) => {
    const bundle = await search(
      service,
      `Group?managing-entity=${encodeURIComponent(value)}`,
      USER,
    );
    expect(ids(bundle)).toEqual(expected);
  });

  it.each([
    ['Patient/rpm-017', ['rpm-program']],
    ['rpm-017', ['rpm-program']],
    ['Patient/hypertension-home', []],
  ])('finds Groups by member=%s, and by _id', async (value, expected) => {
    expect(ids(await search(service, `Group?member=${value}`, USER))).toEqual(expected);
    expect(ids(await search(service, 'Group?_id=rpm-program', USER))).toEqual(['rpm-program']);
  });

  it('reads Group/rpm-program with all 250 members under user/Group.rs (or user/*.rs)', async () => {
    for (const grant of [USER, practitioner(['user/*.rs'])]) {
      const res = await call(service, request('Group/rpm-program', grant));
      expect(res.status).toBe(200);
      expect((res.body as Group).member).toHaveLength(RPM_EXPECTED.members);
    }
    expect(await status('Group/rpm-program', practitioner(['user/Observation.rs']))).toBe(403);
  });

  it('lists Group and its search parameters in the CapabilityStatement', async () => {
    const res = await call(service, request('metadata'));
    const types =
      (
        res.body as {
          rest: { resource: { type: string; searchParam: { name: string; type: string }[] }[] }[];
        }
      ).rest[0]?.resource ?? [];
    const group = types.find((t) => t.type === 'Group');
    expect(group?.searchParam).toEqual(
      expect.arrayContaining([
        { name: 'managing-entity', type: 'reference' },
        { name: 'member', type: 'reference' },
        { name: '_id', type: 'token' },
      ]),
    );
  });
});

describe("a member's data under a practitioner's user/ scopes", () => {
  const member = 'rpm-004'; // a severe one, reading daily
  it.each([
    [
      `Observation?patient=${member}&code=http://loinc.org|85354-9&date=ge${SINCE}&_sort=-date&_count=200`,
    ],
    [`Observation?patient=${member}&code=${BP_CODES}&date=ge${SINCE}&_sort=-date&_count=1000`],
  ])('answers the BP search %s, newest first', async (path) => {
    expect(RPM_EXPECTED.severeIds).toContain(member);
    const bundle: Bundle = await search(service, path, USER);
    const times = (bundle.entry ?? []).map(
      (e) => (e.resource as { effectiveDateTime: string }).effectiveDateTime,
    );
    expect(times.length).toBeGreaterThan(30);
    expect([...times].sort((a, b) => Date.parse(b) - Date.parse(a))).toEqual(times);
    expect(Date.parse(times.at(-1) ?? '')).toBeGreaterThanOrEqual(
      Date.parse(`${SINCE}T00:00:00-05:00`) - 86_400_000,
    );
  });

  it('answers Goal?patient and MedicationRequest?patient&status=active (with _include)', async () => {
    const goals = await search(service, `Goal?patient=${goalOwner}`, USER);
    expect(ids(goals)).toHaveLength(1);
    const path =
      'MedicationRequest?patient=rpm-008&status=active&_include=MedicationRequest:medication';
    const meds = await search(service, path, USER);
    const all = await search(service, 'MedicationRequest?patient=rpm-008', USER);
    expect(ids(all)).toContain('rpm-008-med-stopped');
    expect(ids(meds)).not.toContain('rpm-008-med-stopped');
    expect(ids(meds).length).toBe(ids(all).length - 1);
  });

  it('refuses the Observation search to a practitioner without user/Observation.rs', async () => {
    const grant = practitioner(['user/Group.rs', 'user/Goal.rs']);
    const res = await call(service, request(`Observation?patient=${member}`, grant));
    expect(res.status).toBe(403);
    expect(issueText(res)).toContain('No granted scope allows search of Observation');
  });
});

describe('patient-confined scopes and the program Group', () => {
  const patientGrant = (scopes: string[]): AccessGrant => ({
    scopes: ['launch', ...scopes],
    patient: 'rpm-017',
  });
  it.each([
    ['patient/Group.rs', patientGrant(['patient/Group.rs'])],
    ['patient/*.rs', patientGrant(['patient/*.rs'])],
    ['patient/*.read', patientGrant(['patient/*.read'])],
    ["a patient's own user/*.rs", { scopes: ['user/*.rs'], fhirUser: 'Patient/rpm-017' }],
  ])('%s: no Group read or search, not even of a Group the patient is in', async (_, grant) => {
    expect(await status('Group/rpm-program', grant)).toBe(403);
    expect(await status('Group?member=Patient/rpm-017', grant)).toBe(403);
    const res = await call(service, request('Group?managing-entity=practitioner-1', grant));
    expect(res.status).toBe(403);
    expect(issueText(res)).toContain('do not reach it');
  });
  it('still lets patient/*.rs read the launch patient and their readings', async () => {
    const grant = patientGrant(['patient/*.rs']);
    expect(await status('Patient/rpm-017', grant)).toBe(200);
    expect(await status('Patient/rpm-018', grant)).toBe(403);
    expect(
      (await search(service, 'Observation?patient=rpm-017&_count=1', grant)).total,
    ).toBeGreaterThan(0);
  });
});
