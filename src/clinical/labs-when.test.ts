/** The latest result's date and age, and the change line (dates through date-text.ts). */
import { describe, expect, it } from 'vitest';
import { readFhirDate } from '../fhir/fhir-date';
import { changeText, labWhen } from './labs-when';
import type { LabChange } from './labs-change';

const TZ = 'America/New_York';
const NOW = Date.parse('2026-11-01T15:00:00Z');
const at = (value: string) => {
  const d = readFhirDate(value);
  if (!d) throw new Error(value);
  return d;
};
const when = (value: string) => {
  const d = at(value);
  return labWhen(d.t, d.precision, { now: NOW, timeZone: TZ });
};

describe('labWhen', () => {
  it.each([
    ['this year, recent: day only, no age', '2026-10-20T13:30:00Z', { date: '20 Oct', old: false }],
    [
      'this year, past a month: age added',
      '2026-08-01T13:30:00Z',
      { date: '1 Aug', age: '3 months ago', old: false },
    ],
    [
      'five years old: year, age and marked old',
      '2021-06-01T13:30:00Z',
      { date: '1 Jun 2021', age: '5 years ago', old: true },
    ],
    // Date-only: the calendar day as sent, never the previous evening in New York.
    [
      'a date-only effectiveDateTime stays its day',
      '2024-01-15',
      { date: '15 Jan 2024', age: '2 years ago', old: true },
    ],
    ['a month-only date', '2019-03', { date: 'Mar 2019', age: '7 years ago', old: true }],
    [
      'in the future (lab clock skew) says so',
      '2026-11-04T13:30:00Z',
      { date: '4 Nov', age: 'in the future', old: false },
    ],
  ])('%s', (_case, value, expected) => {
    expect(when(value)).toEqual(expected);
  });

  it('without a date: "Date unknown"', () => {
    expect(labWhen(undefined, undefined, { now: NOW, timeZone: TZ })).toEqual({
      date: 'Date unknown',
      old: false,
    });
  });
});

describe('changeText', () => {
  const previous = {
    id: 'p',
    t: at('2025-03-12').t,
    precision: 'day' as const,
    value: 5.1,
    text: '5.1',
  };
  const change = (over: Partial<LabChange>): LabChange => ({
    previous,
    delta: 0.3,
    deltaText: '0.3',
    direction: 'up',
    significant: true,
    ...over,
  });
  const opts = { now: NOW, timeZone: TZ };

  it.each([
    ['up', change({}), undefined, '↑ 0.3 from 5.1 on 12 Mar 2025'],
    [
      'down',
      change({ direction: 'down', delta: -0.3 }),
      undefined,
      '↓ 0.3 from 5.1 on 12 Mar 2025',
    ],
    [
      'unchanged',
      change({ direction: 'none', delta: 0, deltaText: '0' }),
      undefined,
      'unchanged from 5.1 on 12 Mar 2025',
    ],
    [
      'with the unit when the latest was sent in another',
      change({}),
      'mg/dL',
      '↑ 0.3 mg/dL from 5.1 mg/dL on 12 Mar 2025',
    ],
  ] as const)('%s', (_case, c, unit, text) => {
    expect(changeText(c, opts, unit)).toBe(text);
  });
});

describe('labWhen: the recent and old cuts (RECENT_DAYS 30, OLD_DAYS 365)', () => {
  const DAY_MS = 86_400_000;
  const ago = (ms: number) => labWhen(NOW - ms, 'time', { now: NOW, timeZone: TZ });
  it.each([
    ['exactly 30 days ago is still recent: no age', 30 * DAY_MS, false, false],
    ['30 days and a minute ago: age shown', 30 * DAY_MS + 60_000, true, false],
    ['exactly 365 days ago is not yet old', 365 * DAY_MS, true, false],
    ['365 days and a minute ago is old', 365 * DAY_MS + 60_000, true, true],
  ])('%s', (_name, ms, hasAge, old) => {
    const w = ago(ms);
    expect('age' in w).toBe(hasAge);
    expect(w.old).toBe(old);
  });

  it('without a precision the value is an instant (shown in the zone)', () => {
    const t = Date.parse('2026-10-20T02:00:00Z'); // 22:00 on 19 Oct in New York
    expect(labWhen(t, undefined, { now: NOW, timeZone: TZ }).date).toBe('19 Oct');
  });
});
