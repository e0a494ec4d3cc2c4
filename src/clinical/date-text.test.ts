import { describe, expect, it } from 'vitest';
import { readFhirDate } from '../fhir/fhir-date';
import { ageText, formatDay, formatDayTime, formatFhirDate } from './date-text';

const timeZone = 'America/New_York';
const now = Date.UTC(2026, 11, 1, 15); // 1 Dec 2026, 10:00 in New York
const opts = { timeZone, now };
const fhir = (s: string) => {
  const d = readFhirDate(s);
  if (!d) throw new Error(`not a date: ${s}`);
  return d;
};

describe('formatFhirDate: the year unless this year, precision kept, never shifted', () => {
  it.each([
    ['date-only this year: no year', '2026-03-02', '2 Mar'],
    ['date-only another year: with year', '2024-01-15', '15 Jan 2024'],
    ['date-only is not shifted to the day before in New York', '2026-01-01', '1 Jan'],
    ['month precision', '2021-03', 'Mar 2021'],
    ['year precision', '2021', '2021'],
    ['instant shown in the zone', '2019-03-19T10:14:55-04:00', '19 Mar 2019'],
    ['instant near midnight UTC is the local day', '2026-01-02T03:00:00Z', '1 Jan'],
  ])('%s', (_name, text, expected) => {
    expect(formatFhirDate(fhir(text), opts)).toBe(expected);
  });

  it('a date-only value never gets an invented time', () => {
    expect(formatFhirDate(fhir('2024-01-15'), opts, true)).toBe('15 Jan 2024');
  });

  it('an instant with time', () => {
    expect(formatFhirDate(fhir('2019-03-19T10:14:55-04:00'), opts, true)).toBe(
      '19 Mar 2019, 10:14',
    );
    expect(formatDayTime(Date.UTC(2026, 5, 1, 13, 5), opts)).toBe('1 Jun, 09:05');
  });

  it('the year is decided in the display zone (New Year in New York)', () => {
    const newYearNow = Date.UTC(2027, 0, 1, 3); // 31 Dec 2026, 22:00 in New York
    expect(formatDay(Date.UTC(2026, 11, 31, 12), { timeZone, now: newYearNow })).toBe('31 Dec');
  });

  it('a date-only value is its calendar day even at UTC+14, where noon UTC is already tomorrow', () => {
    expect(formatFhirDate(fhir('2024-01-15'), { timeZone: 'Pacific/Kiritimati', now })).toBe(
      '15 Jan 2024',
    );
    expect(formatFhirDate(fhir('2026-07-04'), { timeZone: 'Pacific/Kiritimati', now })).toBe(
      '4 Jul',
    );
  });

  it('two zones in one page do not share a cached formatter', () => {
    const t = Date.UTC(2026, 5, 1, 2, 0);
    expect(formatDayTime(t, { timeZone: 'America/New_York', now })).toBe('31 May, 22:00');
    expect(formatDayTime(t, { timeZone: 'Europe/Paris', now })).toBe('1 Jun, 04:00');
  });

  it('an unknown time', () => {
    expect(formatDay(Number.NaN, opts)).toBe('Date unknown');
  });
});

describe('ageText', () => {
  const hour = 3_600_000;
  it.each([
    ['earlier today', now - 2 * hour, 'today'],
    ['late yesterday evening is yesterday, not today', Date.UTC(2026, 11, 1, 3), 'yesterday'],
    ['13 days', now - 13 * 24 * hour, '13 days ago'],
    ['14 days is 2 weeks', now - 14 * 24 * hour, '2 weeks ago'],
    ['60 days', now - 60 * 24 * hour, '8 weeks ago'],
    ['61 days is months', now - 61 * 24 * hour, '2 months ago'],
    ['700 days', now - 700 * 24 * hour, '22 months ago'],
    ['five years', Date.UTC(2021, 0, 4, 15), '5 years ago'],
    ['four minutes ahead (clock skew) is today', now + 4 * 60_000, 'today'],
    ['exactly five minutes ahead is still skew', now + 5 * 60_000, 'today'],
    ['730 days is 23 months, not 2 years', now - 730 * 24 * hour, '23 months ago'],
    ['731 days is 24 months: years from here', now - 731 * 24 * hour, '2 years ago'],
    ['a day ahead', now + 24 * hour, 'in the future'],
  ])('%s', (_name, t, expected) => {
    expect(ageText(t, now, timeZone)).toBe(expected);
  });
});
