import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildBpObservation } from './bp-observation';
import { mmHgOf, parseFhirDateTime, parseObservation } from './bp-parse';
import { readBloodPressure } from './bp-read';

describe('mmHgOf', () => {
  it.each([
    ['UCUM mm[Hg]', { value: 120, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }, 120],
    ['code without system', { value: 120, code: 'mm[Hg]' }, 120],
    ['unit text only', { value: 120, unit: 'mmHg' }, 120],
    [
      'kPa converted through UCUM',
      { value: 16, system: 'http://unitsofmeasure.org', code: 'kPa' },
      16 * (1000 / 133.322),
    ],
    [
      'a length is refused',
      { value: 12, system: 'http://unitsofmeasure.org', code: 'cm' },
      'unknown-unit',
    ],
    ['no unit at all is refused', { value: 120 }, 'unknown-unit'],
    [
      'mm[Hg] in a foreign system is refused',
      { value: 120, system: 'urn:local', code: 'mm[Hg]' },
      'unknown-unit',
    ],
    ['no value', { unit: 'mmHg' }, 'missing'],
    ['absent quantity', undefined, 'missing'],
  ])('%s', (_name, q, expected) => {
    expect(mmHgOf(q)).toEqual(expected);
  });
});

describe('parseFhirDateTime', () => {
  it.each([
    ['instant with offset', '2026-03-12T23:30:00-04:00', Date.UTC(2026, 2, 13, 3, 30)],
    ['UTC', '2026-03-12T07:00:00Z', Date.UTC(2026, 2, 12, 7)],
    [
      'bare date is local midnight (America/New_York in tests)',
      '2026-01-05',
      Date.UTC(2026, 0, 5, 5),
    ],
    ['month precision', '2026-01', Date.UTC(2026, 0, 1, 5)],
  ])('%s', (_name, text, expected) => {
    expect(parseFhirDateTime(text)).toBe(expected);
  });
});

describe('a reading recorded in Tensio (record-reading)', () => {
  const obs = buildBpObservation(
    { systolic: 142, diastolic: 91, pulse: 70, takenAt: new Date('2026-03-12T07:30:00-04:00') },
    { patientId: 'p1', uuid: '00000000-0000-4000-8000-000000000001' },
  );
  it('reads as patient-entered, at home', () => {
    const parsed = parseObservation({ ...obs, id: 'new-1' });
    expect(parsed).toMatchObject({
      type: 'reading',
      reading: {
        systolic: 142,
        diastolic: 91,
        pulse: 70,
        setting: 'home',
        source: 'patient',
        kind: 'single',
      },
    });
  });
});

describe('pairing separate systolic and diastolic Observations', () => {
  const half = (id: string, code: string, value: number, time: string): Observation => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    effectiveDateTime: time,
    valueQuantity: { value, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  const now = Date.UTC(2026, 2, 24);
  it.each([
    ['same instant', '2026-03-10T08:00:00Z', '2026-03-10T08:00:00Z', 1, 0],
    ['60 s apart', '2026-03-10T08:00:00Z', '2026-03-10T08:01:00Z', 1, 0],
    ['61 s apart', '2026-03-10T08:00:00Z', '2026-03-10T08:01:01Z', 0, 2],
  ])('%s', (_name, tSys, tDia, readings, excluded) => {
    const result = readBloodPressure(
      [half('s', '8480-6', 130, tSys), half('d', '8462-4', 80, tDia)],
      { now },
    );
    expect(result.readings).toHaveLength(readings);
    expect(result.excluded.filter((e) => e.reason === 'missing-component')).toHaveLength(excluded);
  });

  it('pairs each systolic with the nearest diastolic, not the first', () => {
    const result = readBloodPressure(
      [
        half('s1', '8480-6', 130, '2026-03-10T08:00:00Z'),
        half('s2', '8480-6', 140, '2026-03-10T08:00:50Z'),
        half('d1', '8462-4', 80, '2026-03-10T08:00:05Z'),
        half('d2', '8462-4', 90, '2026-03-10T08:00:52Z'),
      ],
      { now },
    );
    expect(result.readings.map((r) => [r.systolic, r.diastolic])).toEqual([
      [130, 80],
      [140, 90],
    ]);
  });
});
