import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildBpObservation } from './bp-observation';
import { mmHgOf, parseObservation } from './bp-parse';
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

const panel = (effective: Partial<Observation>): Observation => ({
  resourceType: 'Observation',
  id: 'p',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  ...effective,
  component: [
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
      valueQuantity: { value: 80, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
      valueQuantity: { value: 130, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
  ],
});

describe('effective[x] through the one FHIR date reader, precision kept', () => {
  it.each([
    [
      'instant with offset',
      { effectiveDateTime: '2026-03-12T23:30:00-04:00' },
      Date.UTC(2026, 2, 13, 3, 30),
      'time',
    ],
    ['UTC', { effectiveDateTime: '2026-03-12T07:00:00Z' }, Date.UTC(2026, 2, 12, 7), 'time'],
    // Noon UTC, not local midnight: the day never shifts, and no "00:00" is invented.
    ['date only', { effectiveDateTime: '2021-03-04' }, Date.UTC(2021, 2, 4, 12), 'day'],
    ['month only', { effectiveDateTime: '2021-03' }, Date.UTC(2021, 2, 1, 12), 'month'],
    [
      'a period counts at its end',
      { effectivePeriod: { start: '2026-03-01T08:00:00Z', end: '2026-03-07T20:00:00Z' } },
      Date.UTC(2026, 2, 7, 20),
      'time',
    ],
    [
      'an open period (end misspelt "stop") counts at its start',
      { effectivePeriod: { start: '2019-03-19T10:14:55-04:00', stop: 'x' } as never },
      Date.UTC(2019, 2, 19, 14, 14, 55),
      'time',
    ],
  ])('%s', (_name, effective, t, precision) => {
    expect(parseObservation(panel(effective))).toMatchObject({
      type: 'reading',
      reading: { time: t, datePrecision: precision, systolic: 130, diastolic: 80 },
    });
  });

  it.each([
    ['no effective[x]', {}],
    ['a date that is not one', { effectiveDateTime: '4 March 2021' }],
    ['an impossible day', { effectiveDateTime: '2021-02-30' }],
  ])('%s: excluded as no-time', (_name, effective) => {
    expect(parseObservation(panel(effective))).toEqual({
      type: 'excluded',
      id: 'p',
      reason: 'no-time',
    });
  });
});

describe('type-confused resources: counted as malformed, never thrown', () => {
  const good = panel({ effectiveDateTime: '2026-03-12T07:00:00Z' });
  it.each<[string, unknown]>([
    ['code as a string', { ...good, code: '85354-9' }],
    ['code.coding as an object', { ...good, code: { coding: { code: '85354-9' } } }],
    ['component as an object', { ...good, component: { code: {} } }],
    ['a null component', { ...good, component: [null] }],
    ['valueQuantity as a number', { ...good, component: [{ code: {}, valueQuantity: 120 }] }],
    ['effectiveDateTime as a number', { ...good, effectiveDateTime: 20260312 }],
    [
      'effectivePeriod as a string',
      { ...good, effectiveDateTime: undefined, effectivePeriod: 'x' },
    ],
    ['status as an object', { ...good, status: { code: 'final' } }],
  ])('%s', (_name, raw) => {
    expect(parseObservation(raw)).toMatchObject({ type: 'excluded', reason: 'malformed' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'Observation'],
    ['an array', [good]],
    ['another resource type', { resourceType: 'Patient', id: 'x' }],
    [
      'a heart rate',
      { ...good, code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] } },
    ],
  ])('%s is not a blood pressure (ignored)', (_name, raw) => {
    expect(parseObservation(raw)).toEqual({ type: 'other' });
  });

  it('ill-typed evidence (performer, category, extension) is left out: the setting stays unknown', () => {
    const parsed = parseObservation({
      ...good,
      performer: 'Patient/1',
      category: [null, 7],
      extension: { url: 'measurement-setting' },
      encounter: 'Encounter/1',
    });
    expect(parsed).toMatchObject({ type: 'reading', reading: { setting: 'unknown' } });
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
