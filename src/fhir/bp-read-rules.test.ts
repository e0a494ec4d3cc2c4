import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import {
  DATE_ONLY_EARLIEST_START_MS,
  FUTURE_TOLERANCE_MS,
  isFutureDated,
  readBloodPressure,
} from './bp-read';

// What a cuff can measure (validated monitors span about 0–299 mmHg), duplicates, and pairing of
// separate 8480-6 / 8462-4 Observations (FHIR R4 vital signs, US Core blood pressure).
const NOW = Date.UTC(2026, 11, 1, 7, 40);
const LOINC = 'http://loinc.org';
const mmHg = (value: number) => ({ value, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' });
const code = (c: string) => ({ coding: [{ system: LOINC, code: c }] });
const panel = (
  id: string,
  s: number,
  d: number,
  when = '2026-11-30T08:00:00Z',
  extra: Partial<Observation> = {},
): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: code('85354-9'),
  effectiveDateTime: when,
  component: [
    { code: code('8480-6'), valueQuantity: mmHg(s) },
    { code: code('8462-4'), valueQuantity: mmHg(d) },
  ],
  ...extra,
});
const half = (
  id: string,
  c: '8480-6' | '8462-4',
  v: number,
  when: string,
  extra: Partial<Observation> = {},
): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: code(c),
  effectiveDateTime: when,
  valueQuantity: mmHg(v),
  ...extra,
});
const read = (obs: Observation[]) => readBloodPressure(obs, { now: NOW });

describe('plausible values (PLAUSIBLE_MMHG)', () => {
  it.each([
    ['systolic 50 is kept', 50, 30, undefined],
    ['systolic 49 is implausible', 49, 30, 'implausible'],
    ['systolic 300 is kept', 300, 100, undefined],
    ['systolic 301 is implausible', 301, 100, 'implausible'],
    ['diastolic 20 is kept', 90, 20, undefined],
    ['diastolic 19 is implausible', 90, 19, 'implausible'],
    ['diastolic 200 is kept', 250, 200, undefined],
    ['diastolic 201 is implausible', 250, 201, 'implausible'],
  ])('%s', (_name, s, d, reason) => {
    const r = read([panel('a', s, d)]);
    expect(r.excluded.map((e) => e.reason)).toEqual(reason ? [reason] : []);
    expect(r.readings).toHaveLength(reason ? 0 : 1);
  });
});

describe('isFutureDated', () => {
  it.each([
    [
      'an instant 5 minutes ahead',
      { time: NOW + FUTURE_TOLERANCE_MS, datePrecision: 'time' },
      false,
    ],
    [
      'an instant 5 minutes and 1 ms ahead',
      { time: NOW + FUTURE_TOLERANCE_MS + 1, datePrecision: 'time' },
      true,
    ],
    [
      'a day whose earliest start is within the tolerance',
      { time: NOW + FUTURE_TOLERANCE_MS + DATE_ONLY_EARLIEST_START_MS, datePrecision: 'day' },
      false,
    ],
    [
      'a day starting 1 ms past it',
      { time: NOW + FUTURE_TOLERANCE_MS + DATE_ONLY_EARLIEST_START_MS + 1, datePrecision: 'day' },
      true,
    ],
    [
      'a month is treated like a day',
      { time: NOW + FUTURE_TOLERANCE_MS + DATE_ONLY_EARLIEST_START_MS + 1, datePrecision: 'month' },
      true,
    ],
  ] as const)('%s: %s', (_name, r, future) => {
    expect(isFutureDated(r, NOW)).toBe(future);
  });

  it('26 hours: a date-only day begins at the earliest at 00:00 UTC+14', () => {
    expect(DATE_ONLY_EARLIEST_START_MS).toBe(26 * 3_600_000);
  });
});

describe('duplicates and order', () => {
  it.each([
    [
      'the same instant and values twice: one kept',
      [panel('a', 130, 80), panel('b', 130, 80)],
      ['a'],
      ['b'],
    ],
    [
      'other values at the same instant: both kept',
      [panel('a', 130, 80), panel('b', 131, 80)],
      ['a', 'b'],
      [],
    ],
    [
      'another diastolic at the same instant: both kept',
      [panel('a', 130, 80), panel('b', 130, 81)],
      ['a', 'b'],
      [],
    ],
    [
      'the same values a minute apart: both kept',
      [panel('a', 130, 80), panel('b', 130, 80, '2026-11-30T08:01:00Z')],
      ['a', 'b'],
      [],
    ],
    [
      'a single and an average at the same instant: both kept',
      [panel('a', 130, 80), panel('b', 130, 80, undefined, { code: code('96607-7') })],
      ['a', 'b'],
      [],
    ],
    [
      'a duplicate sent in reverse id order: the lower id kept',
      [panel('b', 130, 80), panel('a', 130, 80)],
      ['a'],
      ['b'],
    ],
    [
      'a duplicate after a different reading at that instant',
      [panel('a', 130, 80), panel('b', 140, 90), panel('c', 130, 80)],
      ['a', 'b'],
      ['c'],
    ],
  ])('%s', (_name, obs, kept, duplicates) => {
    const r = read(obs);
    expect(r.readings.map((x) => x.id)).toEqual(kept);
    expect(r.excluded.filter((e) => e.reason === 'duplicate').map((e) => e.id)).toEqual(duplicates);
  });

  it('readings come out in time order whatever the server order', () => {
    const r = read([
      panel('c', 120, 80, '2026-11-30T09:00:00Z'),
      panel('a', 121, 80, '2026-11-29T09:00:00Z'),
      panel('b', 122, 80, '2026-11-30T08:00:00Z'),
    ]);
    expect(r.readings.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('an excluded reading is listed with its id and reason, and ignored resources are counted', () => {
    const r = read([
      panel('x', 80, 120),
      { resourceType: 'Observation', id: 'hr', status: 'final', code: code('8867-4') },
    ]);
    expect(r).toEqual({
      readings: [],
      excluded: [{ id: 'x', reason: 'diastolic-not-below-systolic' }],
      ignored: 1,
    });
  });
});

describe('pairing separate systolic and diastolic Observations', () => {
  it('a pair is one reading, named by both ids', () => {
    const r = read([
      half('s', '8480-6', 130, '2026-11-30T08:00:00Z'),
      half('d', '8462-4', 80, '2026-11-30T08:00:30Z'),
    ]);
    expect(r.readings).toMatchObject([
      { id: 's+d', systolic: 130, diastolic: 80, time: Date.UTC(2026, 10, 30, 8) },
    ]);
  });

  it('the setting and source come from the diastolic when the systolic has none', () => {
    const r = read([
      half('s', '8480-6', 130, '2026-11-30T08:00:00Z'),
      half('d', '8462-4', 80, '2026-11-30T08:00:00Z', { performer: [{ reference: 'Patient/1' }] }),
    ]);
    expect(r.readings[0]).toMatchObject({
      setting: 'home',
      settingEvidence: 'patient-performer',
      source: 'patient',
    });
  });

  it('the systolic evidence wins when it has some', () => {
    const r = read([
      half('s', '8480-6', 130, '2026-11-30T08:00:00Z', { device: { reference: 'Device/1' } }),
      half('d', '8462-4', 80, '2026-11-30T08:00:00Z', { performer: [{ reference: 'Patient/1' }] }),
    ]);
    expect(r.readings[0]).toMatchObject({ settingEvidence: 'device', source: 'device' });
  });

  it('each diastolic is used once; a diastolic a minute before still pairs', () => {
    const r = read([
      half('s1', '8480-6', 130, '2026-11-30T08:01:00Z'),
      half('s2', '8480-6', 140, '2026-11-30T08:01:00Z'),
      half('d', '8462-4', 80, '2026-11-30T08:00:00Z'),
    ]);
    expect(r.readings.map((x) => x.id)).toEqual(['s1+d']);
    expect(r.excluded).toEqual([{ id: 's2', reason: 'missing-component' }]);
  });

  it('a diastolic left over is excluded as missing its systolic', () => {
    const r = read([half('d', '8462-4', 80, '2026-11-30T08:00:00Z')]);
    expect(r.excluded).toEqual([{ id: 'd', reason: 'missing-component' }]);
  });
});
