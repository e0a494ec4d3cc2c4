import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS, readBloodPressure } from './bp-read';

const now = Date.UTC(2026, 11, 1, 7, 40);

const panel = (
  id: string,
  systolic: number,
  diastolic: number,
  effective: string,
): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  effectiveDateTime: effective,
  component: [
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
      valueQuantity: { value: systolic, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
      valueQuantity: { value: diastolic, system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
    },
  ],
});

const iso = (t: number) => new Date(t).toISOString();
const read = (obs: Observation) => readBloodPressure([obs], { now });

describe('readBloodPressure boundaries', () => {
  it.each([
    ['diastolic one below systolic is kept', 100, 99, undefined],
    ['diastolic equal to systolic is excluded', 100, 100, 'diastolic-not-below-systolic'],
    ['diastolic above systolic is excluded', 80, 120, 'diastolic-not-below-systolic'],
  ])('%s', (_name, s, d, reason) => {
    const result = read(panel('a', s, d, iso(now - 60_000)));
    expect(result.excluded.map((e) => e.reason)).toEqual(reason ? [reason] : []);
    expect(result.readings).toHaveLength(reason ? 0 : 1);
  });

  it.each([
    ['now is not the future', now, undefined],
    ['exactly 5 minutes ahead is clock drift, kept', now + FUTURE_TOLERANCE_MS, undefined],
    [
      '5 minutes and 1 second ahead is future-dated',
      now + FUTURE_TOLERANCE_MS + 1000,
      'future-dated',
    ],
  ])('%s', (_name, t, reason) => {
    const result = read(panel('a', 130, 80, iso(t)));
    expect(result.excluded.map((e) => e.reason)).toEqual(reason ? [reason] : []);
  });

  it.each([
    // Its noon UTC lies after `now` (07:40 UTC), but the day has begun: not the future.
    ['a date-only reading dated today is kept', '2026-12-01', undefined],
    // 2 Dec begins at 10:00 UTC on 1 Dec in UTC+14, the earliest zone: at 07:40 UTC it has begun nowhere.
    ['a date-only reading dated tomorrow is future-dated', '2026-12-02', 'future-dated'],
  ])('%s', (_name, date, reason) => {
    const result = read(panel('a', 130, 80, date));
    expect(result.excluded.map((e) => e.reason)).toEqual(reason ? [reason] : []);
  });

  it('counts what is not a blood pressure as ignored, never as a reading', () => {
    const result = readBloodPressure([{ resourceType: 'Patient' }, null, 'x'], { now });
    expect(result).toEqual({ readings: [], excluded: [], ignored: 3 });
  });
});
