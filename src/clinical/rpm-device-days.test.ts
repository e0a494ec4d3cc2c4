/**
 * Device days against CMS CY2026 PFS final rule (99445: 2–15 days; 99454: 16–30 days per 30 days);
 * patient-entered and unknown-source readings never count (CY2021 PFS: data not self-reported).
 */
import { describe, expect, it } from 'vitest';
import type { BpReading } from '../fhir/bp-types';
import { TZ, local, reading } from '../../mocks/test-data/bp-readings';
import { billingCode, countDeviceDays, deviceDaysText } from './rpm-device-days';
import { currentRpmPeriod } from './rpm-period';

const LA = 'America/Los_Angeles';
const NOW = local(2026, 12, 1, 10);
/** Enrolled 15 Nov: day 17 of 15 Nov – 14 Dec. */
const PERIOD = currentRpmPeriod(NOW, TZ, local(2026, 11, 15, 9));
const dev = (t: number, extra: Partial<BpReading> = {}) => reading(t, 128, 78, extra);
/** One device reading at 08:00 on each of `n` days ending 30 Nov. */
const days = (n: number) => Array.from({ length: n }, (_, i) => dev(local(2026, 11, 30 - i, 8)));
const count = (rs: BpReading[], period = PERIOD, zone = TZ) => countDeviceDays(rs, period, zone);

describe('countDeviceDays: which readings make a device day', () => {
  it.each([
    ['one device reading', [dev(local(2026, 11, 20, 8))], 1, 0],
    [
      'two device readings on one day are one day',
      [dev(local(2026, 11, 20, 7)), dev(local(2026, 11, 20, 21))],
      1,
      0,
    ],
    [
      'patient-entered reading excluded',
      [dev(local(2026, 11, 20, 8), { source: 'patient' })],
      0,
      1,
    ],
    ['unknown-source reading excluded', [dev(local(2026, 11, 20, 8), { source: 'unknown' })], 0, 1],
    [
      'clinician-entered reading is neither',
      [dev(local(2026, 11, 20, 8), { source: 'clinician' })],
      0,
      0,
    ],
    [
      'a day with device and patient readings is a device day',
      [dev(local(2026, 11, 20, 7)), dev(local(2026, 11, 20, 9), { source: 'patient' })],
      1,
      0,
    ],
    [
      'office reading from a device excluded (not remote monitoring)',
      [dev(local(2026, 11, 20, 8), { setting: 'office' })],
      0,
      0,
    ],
    [
      'unknown-setting device reading counts',
      [dev(local(2026, 11, 20, 8), { setting: 'unknown' })],
      1,
      0,
    ],
    [
      'a device-sent average excluded (a summary, not a reading)',
      [dev(local(2026, 11, 20, 8), { kind: 'average' })],
      0,
      0,
    ],
    [
      'date-only device reading counts on its calendar day',
      [dev(Date.UTC(2026, 10, 20, 12), { datePrecision: 'day' })],
      1,
      0,
    ],
    [
      'month-only date has no day',
      [dev(Date.UTC(2026, 11, 1, 12), { datePrecision: 'month' })],
      0,
      0,
    ],
    ['first instant of day 1 counts', [dev(PERIOD.start)], 1, 0],
    ['last instant before day 1 excluded', [dev(PERIOD.start - 1)], 0, 0],
    ['last instant of day 30 counts', [dev(PERIOD.end)], 1, 0],
    ['first instant after day 30 excluded', [dev(PERIOD.end + 1)], 0, 0],
    [
      'date-only reading on the day before the period excluded',
      [dev(Date.UTC(2026, 10, 14, 12), { datePrecision: 'day' })],
      0,
      0,
    ],
    [
      'date-only reading on day 30 counts',
      [dev(Date.UTC(2026, 11, 14, 12), { datePrecision: 'day' })],
      1,
      0,
    ],
    [
      'patient-entered on two days',
      [
        dev(local(2026, 11, 20, 8), { source: 'patient' }),
        dev(local(2026, 11, 21, 8), { source: 'patient' }),
        dev(local(2026, 11, 21, 9), { source: 'unknown' }),
      ],
      0,
      2,
    ],
  ] as const)('%s', (_name, rs, deviceDays, patientEnteredDays) => {
    expect(count([...rs])).toMatchObject({ deviceDays, patientEnteredDays });
  });

  it('Auckland (UTC+13): a date-only reading is its calendar day, not the day its noon-UTC instant is', () => {
    const NZ = 'Pacific/Auckland';
    const p = currentRpmPeriod(local(2026, 12, 1, 10, 0, NZ), NZ, local(2026, 11, 15, 9, 0, NZ));
    // Noon UTC of 14 Nov is 01:00 on 15 Nov in Auckland: by instant it would be day 1.
    const dayBefore = dev(Date.UTC(2026, 10, 14, 12), { datePrecision: 'day' });
    const day1 = dev(Date.UTC(2026, 10, 15, 12), { datePrecision: 'day' });
    expect(count([dayBefore], p, NZ).deviceDays).toBe(0);
    expect(count([day1], p, NZ).deviceDays).toBe(1);
  });

  it('the 25-hour DST day (1 Nov) is one day', () => {
    const p = currentRpmPeriod(local(2026, 11, 10, 10), TZ, local(2026, 10, 20, 9));
    const rs = [dev(local(2026, 11, 1, 0, 30)), dev(local(2026, 11, 1, 23, 30))];
    expect(count(rs, p).deviceDays).toBe(1);
  });

  it('Los Angeles: a reading at 23:30 local counts on that LA day, not the next (New York) day', () => {
    const p = currentRpmPeriod(local(2026, 12, 1, 10, 0, LA), LA, local(2026, 11, 2, 9, 0, LA));
    const lastEvening = dev(local(2026, 12, 1, 23, 30, LA));
    const eveBefore = dev(local(2026, 11, 1, 23, 30, LA));
    expect(count([eveBefore, lastEvening], p, LA).deviceDays).toBe(1);
    expect(count([eveBefore], p, LA).deviceDays).toBe(0);
    // Two LA evenings that are 00:30 and 02:30 on one New York day stay two LA days.
    const a = dev(local(2026, 11, 20, 21, 30, LA));
    const b = dev(local(2026, 11, 20, 23, 30, LA));
    const c = dev(local(2026, 11, 21, 0, 30, LA));
    expect(count([a, b, c], p, LA).deviceDays).toBe(2);
  });

  it('todayCounted: only a device reading today', () => {
    expect(count(days(3)).todayCounted).toBe(false);
    expect(count([dev(local(2026, 12, 1, 7))]).todayCounted).toBe(true);
    expect(count([dev(local(2026, 12, 1, 7), { source: 'patient' })]).todayCounted).toBe(false);
  });
});

describe('billing code per 30 days (CMS CY2026 PFS final rule)', () => {
  it.each([
    ['0 days: nothing', 0, null, 16],
    ['1 day: nothing', 1, null, 15],
    ['2 days: 99445', 2, '99445', 14],
    ['15 days: 99445', 15, '99445', 1],
    ['16 days: 99454', 16, '99454', null],
  ] as const)('%s', (_name, n, code, needed) => {
    expect(count(days(n))).toMatchObject({ deviceDays: n, code, neededFor99454: needed });
    expect(billingCode(n)).toBe(code);
  });

  it('17 days back from 30 Nov: the first is before day 1 (15 Nov), so 16', () => {
    expect(count(days(17))).toMatchObject({ deviceDays: 16, code: '99454' });
  });

  it.each([
    [30, '99454'],
    [31, '99454'],
  ] as const)('billingCode(%s) is %s', (n, code) => {
    expect(billingCode(n)).toBe(code);
  });
});

describe('deviceDaysText', () => {
  it.each([
    ['no days', { deviceDays: 0, patientEnteredDays: 0, code: null }, '0 device days'],
    ['one day', { deviceDays: 1, patientEnteredDays: 0, code: null }, '1 device day'],
    ['with code', { deviceDays: 9, patientEnteredDays: 0, code: '99445' }, '9 device days (99445)'],
    [
      'with patient-entered days',
      { deviceDays: 16, patientEnteredDays: 3, code: '99454' },
      '16 device days (99454); 3 days with only patient-entered readings, not counted',
    ],
    [
      'one patient-entered day',
      { deviceDays: 0, patientEnteredDays: 1, code: null },
      '0 device days; 1 day with only patient-entered readings, not counted',
    ],
  ] as const)('%s', (_name, d, text) => {
    expect(deviceDaysText({ ...d, neededFor99454: null, todayCounted: false })).toBe(text);
  });
});
