/**
 * What the public SMART launcher (smart-launcher-v2) sends through its pickers: `_summary=count|true`,
 * `_sort` on family/given/birthdate/gender (plain, `-`, comma lists, and `_sort:asc=`/`_sort:desc=`),
 * `_sort:desc=date` on Encounter, and `name:contains` (its Login, PatientPicker, EncounterPicker).
 */
import type { Bundle, Encounter, Patient, Resource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { call, ids, makeService, request, search } from './fhir-helpers';
import { bp } from './fhir-helpers';

const person = (
  id: string,
  family: string | undefined,
  given: string,
  birthDate?: string,
  gender?: Patient['gender'],
): Patient => ({
  resourceType: 'Patient',
  id,
  text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' },
  name: [{ ...(family ? { family } : {}), given: [given] }],
  ...(birthDate ? { birthDate } : {}),
  ...(gender ? { gender } : {}),
  contact: [{ name: { family: 'Kin' } }],
});

const encounter = (id: string, start: string): Encounter => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  subject: { reference: 'Patient/a' },
  period: { start },
});

const DATA: Resource[] = [
  person('a', 'Okafor', 'Ada', '1950-06-01', 'female'),
  person('b', 'alvarez', 'Maria', '1958-03-02', 'female'),
  person('c', 'Okafor', 'Ben', '1972-11-30', 'male'),
  person('d', undefined, 'Zed'),
  person('e', 'Brown', 'Cy', '1990-01-15', 'other'),
  encounter('e1', '2024-01-10'),
  encounter('e2', '2024-05-02'),
  encounter('e3', '2023-12-24'),
  ...Array.from({ length: 12 }, (_, i) => bp('a', i)),
];
const service = makeService(DATA);
const order = async (path: string) => ids(await search(service, path));

describe('_sort', () => {
  it.each([
    ['Patient?_sort=family', ['b', 'e', 'a', 'c', 'd']],
    ['Patient?_sort=-family', ['a', 'c', 'e', 'b', 'd']],
    ['Patient?_sort=family,given', ['b', 'e', 'a', 'c', 'd']],
    ['Patient?_sort=family,-given', ['b', 'e', 'c', 'a', 'd']],
    ['Patient?_sort=given', ['a', 'c', 'e', 'b', 'd']],
    ['Patient?_sort=birthdate', ['a', 'b', 'c', 'e', 'd']],
    ['Patient?_sort=-birthdate', ['e', 'c', 'b', 'a', 'd']],
    ['Patient?_sort:desc=family', ['a', 'c', 'e', 'b', 'd']],
    ['Patient?_sort:asc=birthdate', ['a', 'b', 'c', 'e', 'd']],
    ['Patient?_sort:asc=gender', ['a', 'b', 'c', 'e', 'd']],
    ['Encounter?patient=a&_sort:desc=date', ['e2', 'e1', 'e3']],
    ['Encounter?patient=a&_sort=-date', ['e2', 'e1', 'e3']],
    ['Encounter?patient=a&_sort=date', ['e3', 'e1', 'e2']],
  ])('%s -> %j (missing values last)', async (path, expected) => {
    expect(await order(path)).toEqual(expected);
  });

  it('Observation: -date newest first', async () => {
    const got = await order('Observation?patient=a&_sort=-date&_count=3');
    expect(got).toEqual(['a-bp-11', 'a-bp-10', 'a-bp-9']);
  });

  it.each([
    ['an unknown key', 'Patient?_sort=shoe-size', '_sort'],
    ['a name part on Observation', 'Observation?patient=a&_sort=family', '_sort'],
    ['birthdate on Encounter', 'Encounter?_sort=-birthdate', '_sort'],
    ['an unknown modifier', 'Patient?_sort:sideways=family', '_sort:sideways'],
  ])('keeps the 400 for %s (the app falls back on it)', async (_n, path, param) => {
    const res = await call(service, request(path));
    expect(res.status).toBe(400);
    expect((res.body as { issue: { expression?: string[] }[] }).issue[0]?.expression).toEqual([
      param,
    ]);
  });
});

describe('_summary', () => {
  it('count: the total only, no entries and no next link', async () => {
    const bundle = await search(service, 'Observation?patient=a&_summary=count');
    expect(bundle.total).toBe(12);
    expect(bundle.entry).toBeUndefined();
    expect(bundle.link?.map((l) => l.relation)).toEqual(['self']);
  });

  it('true: Patient keeps its summary elements only, tagged SUBSETTED; the store is unchanged', async () => {
    const bundle = await search(service, 'Patient?_id=a&_summary=true');
    const p = bundle.entry?.[0]?.resource as Patient;
    expect(p.name?.[0]?.family).toBe('Okafor');
    expect(p.birthDate).toBe('1950-06-01');
    expect(p.gender).toBe('female');
    expect(p.text).toBeUndefined();
    expect(p.contact).toBeUndefined();
    expect(p.meta?.tag).toContainEqual(expect.objectContaining({ code: 'SUBSETTED' }));
    const read = (await call(service, request('Patient/a'))).body as Patient;
    expect(read.text).toBeDefined();
    expect(read.contact).toBeDefined();
    expect(read.meta?.tag).toBeUndefined();
  });

  it('data: everything but the narrative, on every page of a walk', async () => {
    const first = await search(service, 'Patient?_summary=data&_count=2');
    const next = first.link?.find((l) => l.relation === 'next')?.url ?? '';
    const second = (await call(service, request(next.replace(/^.*\/fhir\//, '')))).body as Bundle;
    for (const e of [...(first.entry ?? []), ...(second.entry ?? [])]) {
      const p = e.resource as Patient;
      expect(p.text).toBeUndefined();
      expect(p.contact).toBeDefined();
    }
  });

  it('an unsupported mode is a 400 naming _summary', async () => {
    const res = await call(service, request('Patient?_summary=text'));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('_summary');
  });
});

describe("the launcher's own requests", () => {
  it.each([
    ['login (patient)', 'Patient?_count=10&_summary=true&_sort=given', 5],
    ['login (named patients)', 'Patient?_count=10&_summary=true&_sort=given&_id=a,c', 2],
    ['patient picker', 'Patient?_format=json&_summary=true&_count=10&_sort:desc=family', 5],
    [
      'patient picker search',
      'Patient?name:contains=kaf&_format=json&_summary=true&_count=10&_sort:asc=birthdate',
      2,
    ],
    ['encounter picker', 'Encounter?_count=10&patient=a&_sort:desc=date', 3],
    ['practitioner list', 'Practitioner?_count=10', 0],
  ])('%s: %s answers 200', async (_n, path, total) => {
    expect((await search(service, path)).total).toBe(total);
  });
});
