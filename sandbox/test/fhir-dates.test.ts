import { describe, expect, it } from 'vitest';
import { matchesDate, parseDateParam, parseFhirDate, startBounds } from '../src/fhir/dates';
import { call, makeService, request } from './fhir-helpers';

const at = (iso: string) => {
  const r = parseFhirDate(iso);
  if (!r) throw new Error(iso);
  return r;
};
const match = (param: string, target: string) => {
  const f = parseDateParam(param);
  if (!f) throw new Error(param);
  return matchesDate(f, at(target));
};

describe('FHIR date ranges', () => {
  it.each([
    ['2024', '2024-01-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
    ['2024-02', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['2024-03-05', '2024-03-05T00:00:00.000Z', '2024-03-05T23:59:59.999Z'],
    ['2024-03-05T10:00-05:00', '2024-03-05T15:00:00.000Z', '2024-03-05T15:00:59.999Z'],
    ['2024-03-05T10:00:07Z', '2024-03-05T10:00:07.000Z', '2024-03-05T10:00:07.999Z'],
    ['2024-03-05T10:00:07.250+01:00', '2024-03-05T09:00:07.250Z', '2024-03-05T09:00:07.250Z'],
  ])('%s covers %s .. %s', (text, start, end) => {
    const r = at(text);
    expect(new Date(r.start).toISOString()).toBe(start);
    expect(new Date(r.end).toISOString()).toBe(end);
  });
  it('refuses what is not a FHIR date', () => {
    expect(parseFhirDate('yesterday')).toBeUndefined();
    expect(parseDateParam('sa2024')).toBeUndefined();
  });
  // FHIR R4 datatypes: date/dateTime follow xs:date/xs:dateTime, so each field must name a real instant.
  it.each([
    ['February 30th', '2024-02-30'],
    ['February 29th of a common year', '2023-02-29'],
    ['April 31st', '2024-04-31'],
    ['month 13', '2024-13'],
    ['month 00', '2024-00-10'],
    ['day 00', '2024-03-00'],
    ['hour 25', '2024-03-05T25:00:00Z'],
    ['hour 24', '2024-03-05T24:00'],
    ['minute 60', '2024-03-05T10:60'],
    ['second 60', '2024-03-05T10:00:60Z'],
    ['a zone beyond +14:00', '2024-03-05T10:00:00+15:00'],
    ['zone minutes 60', '2024-03-05T10:00:00+01:60'],
  ])('refuses %s (%s) instead of rolling it over', (_name, text) => {
    expect(parseFhirDate(text)).toBeUndefined();
  });
  it.each([
    ['February 29th of a leap year', '2024-02-29'],
    ['December 31st', '2024-12-31'],
    ['the last second of a day', '2024-03-05T23:59:59Z'],
    ['the widest zone', '2024-03-05T10:00:00+14:00'],
  ])('accepts %s (%s)', (_name, text) => {
    expect(parseFhirDate(text)).toBeDefined();
  });
});

describe('impossible dates in a search', () => {
  it.each([
    ['Observation?patient=p1&date=ge2024-02-30', 'date'],
    ['Observation?patient=p1&date=2024-13', 'date'],
    ['Observation?patient=p1&date=lt2024-03-05T25:00', 'date'],
    ['Encounter?date=le2024-04-31', 'date'],
    ['MedicationRequest?authoredon=2023-02-29', 'authoredon'],
    ['Observation?_lastUpdated=gt2024-01-01T10:61', '_lastUpdated'],
  ])('%s: 400 with an OperationOutcome naming %s', async (path, param) => {
    const res = await call(makeService(), request(path));
    expect(res.status).toBe(400);
    const issue = (
      res.body as { issue: { code: string; expression?: string[]; diagnostics: string }[] }
    ).issue[0];
    expect(issue?.code).toBe('invalid');
    expect(issue?.expression).toEqual([param]);
    expect(issue?.diagnostics).toContain(param);
  });
});

describe('search prefixes compare ranges', () => {
  it.each([
    ['2024-03-05', '2024-03-05T10:00:00Z', true],
    ['2024-03-05', '2024-03-06T00:00:00Z', false],
    ['eq2024-03', '2024-03-05', true],
    ['ne2024-03-05', '2024-03-06T00:00:00Z', true],
    ['ge2024-03-05', '2024-03-05T00:00:00Z', true],
    ['ge2024-03-05', '2024-03-04T23:59:59Z', false],
    ['gt2024-03-05', '2024-03-05T23:00:00Z', false],
    ['gt2024-03-05', '2024-03-06T00:00:00Z', true],
    ['le2024-03-05', '2024-03-05T23:59:59Z', true],
    ['lt2024-03-05', '2024-03-05T00:00:00Z', false],
    ['lt2024-03-05', '2024-03-04T23:59:59Z', true],
    ['ge2024-03-05', '2024-03', true],
  ])('%s against %s: %s', (param, target, expected) => {
    expect(match(param, target)).toBe(expected);
  });
});

describe('startBounds', () => {
  it('widens the lower bound by the longest span so long ranges are not cut', () => {
    const f = parseDateParam('ge2024-03-05');
    if (!f) throw new Error('parse');
    expect(startBounds([f], 0).low).toBe(at('2024-03-05').start);
    expect(startBounds([f], 86_400_000).low).toBe(at('2024-03-04').start);
  });
});
