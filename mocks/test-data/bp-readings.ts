/** Test helper: BpReadings at local wall-clock times in a time zone. */
import type { BpReading } from '../../src/fhir/bp-types';
import { fromWallClock } from '../../src/clinical/time';

export const TZ = 'America/New_York';

/** The instant of `2026-03-12 07:30` local in TZ (month is 1-based). */
export const local = (y: number, m: number, d: number, h: number, min = 0, tz = TZ) =>
  fromWallClock(Date.UTC(y, m - 1, d, h, min), tz);

let n = 0;
export function reading(
  time: number,
  systolic: number,
  diastolic: number,
  extra: Partial<BpReading> = {},
): BpReading {
  n++;
  return {
    id: `r${n}`,
    time,
    timeText: new Date(time).toISOString(),
    datePrecision: 'time',
    systolic,
    diastolic,
    setting: 'home',
    settingEvidence: 'measurement-setting',
    source: 'device',
    status: 'final',
    kind: 'single',
    ...extra,
  };
}

/** Morning (07:00) and evening (21:00) home readings on `days` consecutive days ending on `last`. */
export function twiceDaily(
  last: [number, number, number],
  days: number,
  s: number,
  d: number,
): BpReading[] {
  const out: BpReading[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const [y, m, day] = last;
    out.push(reading(local(y, m, day - i, 7), s, d), reading(local(y, m, day - i, 21), s, d));
  }
  return out;
}
