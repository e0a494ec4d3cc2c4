import { describe, expect, it } from 'vitest';
import { readFhirDate } from './fhir-date';

// Tests run with TZ=America/New_York: a date-only value read as UTC midnight would land on the day before.
describe('readFhirDate', () => {
  it.each([
    ['year only', '2021', 'year', Date.UTC(2021, 0, 1, 12)],
    ['year and month', '2021-03', 'month', Date.UTC(2021, 2, 1, 12)],
    ['date only: noon UTC of that calendar day', '2024-01-15', 'day', Date.UTC(2024, 0, 15, 12)],
    ['instant with offset', '2019-03-19T10:14:55-04:00', 'time', Date.UTC(2019, 2, 19, 14, 14, 55)],
    [
      'instant in Z with fraction',
      '2024-01-15T00:30:00.123Z',
      'time',
      Date.UTC(2024, 0, 15, 0, 30, 0, 123),
    ],
    ['time without seconds (lenient)', '2024-01-15T08:30Z', 'time', Date.UTC(2024, 0, 15, 8, 30)],
    ['leap day', '2024-02-29', 'day', Date.UTC(2024, 1, 29, 12)],
  ] as const)('%s', (_name, text, precision, t) => {
    expect(readFhirDate(text)).toEqual({ text, precision, t });
  });

  it('surrounding spaces are tolerated', () => {
    expect(readFhirDate(' 2024-01-15 ')?.precision).toBe('day');
  });

  it('a date-only value stays on its calendar day in New York', () => {
    const d = readFhirDate('2024-01-15');
    expect(new Date(d?.t ?? 0).getDate()).toBe(15);
  });

  it.each([
    ['a number', 20240115],
    ['null', null],
    ['an object', { value: '2024-01-15' }],
    ['an impossible day', '2021-02-30'],
    ['month 13', '2021-13'],
    ['month 00', '2021-00'],
    ['day 00', '2021-03-00'],
    ['day 32', '2021-03-32'],
    ['free text', 'last Tuesday'],
    ['an empty string', ''],
    ['a 90 kB string', `2024-01-15${'x'.repeat(90_000)}`],
    ['a time without a date', 'T10:00:00Z'],
  ])('%s is not a date', (_name, value) => {
    expect(readFhirDate(value)).toBeUndefined();
  });
});
