import { describe, expect, it } from 'vitest';
import { matchesDate, parseDateParam, parseFhirDate, startBounds } from '../src/fhir/dates';

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
