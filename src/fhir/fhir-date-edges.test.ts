import { describe, expect, it } from 'vitest';
import { fhirTime, readFhirDate } from './fhir-date';

// Edges of the FHIR R4 date / dateTime / instant grammar (https://hl7.org/fhir/R4/datatypes.html#dateTime)
// and of the reader's own guards. Tests run with TZ=America/New_York.
const NINE_DIGITS = '2024-01-15T00:30:00.123456789+05:00'; // 35 characters

describe('readFhirDate edges', () => {
  it.each([
    ['exactly 40 characters (padded) is still read', `     ${NINE_DIGITS}`, 'time'],
    ['nine fraction digits (nanoseconds)', NINE_DIGITS, 'time'],
    ['seconds without a fraction, negative offset', '2024-01-15T23:59:59-11:00', 'time'],
    ['a positive offset', '2024-01-15T08:30:00+01:00', 'time'],
  ] as const)('%s', (_name, text, precision) => {
    expect(readFhirDate(text)?.precision).toBe(precision);
  });

  it('the value text is kept trimmed', () => {
    expect(readFhirDate('  2021-03  ')).toEqual({
      text: '2021-03',
      precision: 'month',
      t: Date.UTC(2021, 2, 1, 12),
    });
  });

  it('a time without an offset (not valid FHIR) is read as local wall-clock time', () => {
    expect(readFhirDate('2024-01-15T08:30:00')).toEqual({
      text: '2024-01-15T08:30:00',
      precision: 'time',
      t: Date.UTC(2024, 0, 15, 13, 30),
    });
  });

  it('a positive offset is subtracted, not added', () => {
    expect(readFhirDate('2024-01-15T08:30:00+01:00')?.t).toBe(Date.UTC(2024, 0, 15, 7, 30));
  });

  it.each([
    ['41 characters (padded)', `      ${NINE_DIGITS}`],
    ['text before a year', 'x2021'],
    ['text after a date', '2024-01-15x'],
    ['text before an instant', 'x2024-01-15T08:30:00Z'],
    ['text after an instant', '2024-01-15T08:30:00Zx'],
    ['a two-digit year', '21'],
    ['a five-digit year', '20210'],
    ['a one-digit month', '2021-3'],
    ['a one-digit day', '2021-03-4'],
    ['letters for the year', 'abcd'],
    ['letters for the month', '2021-ab'],
    ['a space instead of T', '2024-01-15 08:30:00Z'],
    ['a one-digit hour', '2024-01-15T8:30:00Z'],
    ['a one-digit minute', '2024-01-15T08:3:00Z'],
    ['a one-digit second', '2024-01-15T08:30:0Z'],
    ['ten fraction digits', '2024-01-15T00:30:00.1234567890Z'],
    ['a dot without fraction digits', '2024-01-15T00:30:00.Z'],
    ['an offset without a colon', '2024-01-15T08:30:00+0500'],
    ['a one-digit offset hour', '2024-01-15T08:30:00+5:00'],
    ['a lowercase z', '2024-01-15T08:30:00z'],
    ['an offset with a letter', '2024-01-15T08:30:00+ab:00'],
    ['a matching shape that is no instant (hour 99)', '2024-01-15T99:99:00Z'],
    ['month 13 with a time', '2024-13-15T08:30:00Z'],
    ['an array', ['2024-01-15']],
    ['undefined', undefined],
  ])('%s is not a date', (_name, value) => {
    expect(readFhirDate(value)).toBeUndefined();
  });
});

describe('fhirTime', () => {
  it.each([
    ['a date-only value: noon UTC', '2024-01-15', Date.UTC(2024, 0, 15, 12)],
    ['an instant', '2024-01-15T08:30:00Z', Date.UTC(2024, 0, 15, 8, 30)],
    ['not a date', 'soon', undefined],
    ['not a string', 42, undefined],
  ])('%s', (_name, value, t) => {
    expect(fhirTime(value)).toBe(t);
  });
});
