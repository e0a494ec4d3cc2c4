import { describe, expect, it } from 'vitest';
import { readFhirDate, type FhirDate } from './fhir-date';
import { ageYears, clampText, deceasedAt, readPatient, sexLabel } from './patient';

const NOW = Date.UTC(2026, 11, 1, 12);
const TZ = 'America/New_York';
const p = (extra: Record<string, unknown>) =>
  readPatient({ resourceType: 'Patient', ...extra }, NOW);
const date = (text: string) => readFhirDate(text) as FhirDate;
const MR = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] };

describe('readPatient: names', () => {
  it.each([
    [
      'official preferred over a nickname listed first',
      [
        { use: 'nickname', given: ['Bob'] },
        { use: 'official', given: ['Robert'], family: 'Smith' },
      ],
      'Robert Smith',
    ],
    ['name.text when present', [{ text: 'Dr. A B' }], 'Dr. A B'],
    ['digits and accents as sent', [{ given: ['Anna123'], family: 'Núñez' }], 'Anna123 Núñez'],
    [
      'an ended official name gives way to the current one',
      [
        { use: 'official', family: 'Old', period: { end: '2001-01-01' } },
        { use: 'official', family: 'New' },
      ],
      'New',
    ],
    ['null entries skipped', [null, { family: 'Lee' }], 'Lee'],
    ['non-string given names skipped', [{ given: [1, 'Ann', null], family: 'Lee' }], 'Ann Lee'],
  ])('%s', (_name, name, expected) => {
    expect(p({ name }).name?.text).toBe(expected);
  });

  it.each([
    ['a string', 'John Smith'],
    ['[null]', [null]],
    ['an object', { family: 'Smith' }],
    ['a number', 7],
    ['entries with nothing readable', [{ given: 'John' }]],
  ])('name as %s: no name, and the field counted as unreadable', (_n, name) => {
    const facts = p({ name });
    expect(facts.name).toBeUndefined();
    expect(facts.unreadable.map((u) => u.field)).toEqual(['name']);
  });

  it('no name at all is simply not recorded (nothing unreadable)', () => {
    expect(p({})).toEqual({ unreadable: [] });
  });
});

describe('readPatient: other fields by shape', () => {
  it.each([
    ['birthDate a number', { birthDate: 19610417 }, 'birth date'],
    ['birthDate not a date', { birthDate: '17/04/1961' }, 'birth date'],
    ['gender an object', { gender: { code: 'female' } }, 'sex'],
    ['gender an unknown code', { gender: 'f' }, 'sex'],
    ['identifier an object', { identifier: { value: 'MRN-1', type: MR } }, 'identifiers'],
    ['deceasedBoolean a string', { deceasedBoolean: 'yes' }, 'deceased'],
    ['deceasedDateTime not a date', { deceasedDateTime: 'March 2019' }, 'date of death'],
  ])('%s', (_name, extra, field) => {
    expect(p(extra).unreadable.map((u) => u.field)).toEqual([field]);
  });

  it('finds the MRN by identifier type, not position, skipping ill-typed entries', () => {
    const facts = p({
      identifier: [null, { system: 'ssn', value: '123' }, { type: MR, value: 'MRN-9' }],
    });
    expect(facts.mrn).toEqual({ text: 'MRN-9' });
  });

  it.each([
    ['not an object', 'Patient'],
    ['null', null],
    ['another resource', { resourceType: 'Observation' }],
  ])('a record that is %s: no facts, one unreadable entry', (_n, raw) => {
    expect(readPatient(raw, NOW).unreadable).toHaveLength(1);
  });
});

describe('death', () => {
  it.each([
    ['deceasedDateTime', { deceasedDateTime: '2019-03-12' }, { at: date('2019-03-12') }],
    ['deceasedBoolean true', { deceasedBoolean: true }, {}],
    ['deceasedBoolean false', { deceasedBoolean: false }, undefined],
    ['an unreadable date still says deceased', { deceasedDateTime: 12 }, {}],
  ])('%s', (_name, extra, expected) => {
    expect(p(extra).deceased).toEqual(expected);
  });

  it('deceasedAt gives the epoch ms of death for timelines, or undefined', () => {
    expect(deceasedAt(p({ deceasedDateTime: '2019-03-12' }))).toBe(Date.UTC(2019, 2, 12, 12));
    expect(deceasedAt(p({ deceasedBoolean: true }))).toBeUndefined();
    expect(deceasedAt(undefined)).toBeUndefined();
  });
});

describe('ageYears', () => {
  it.each([
    ['the day before the birthday', '1960-06-15', '2026-06-14', 65],
    ['on the birthday', '1960-06-15', '2026-06-15', 66],
    ['a birth year alone', '1960', '2026-01-01', 66],
    ['at death, not now', '1932-05-01', '2019-03-12', 86],
    ['death before birth', '2020-01-01', '2019-01-01', undefined],
    ['150 years is not an age', '1870-01-01', '2026-01-02', undefined],
  ])('%s', (_name, birth, to, expected) => {
    expect(ageYears(date(birth), date(to), TZ)).toBe(expected);
  });

  it('counts to now in the given zone (23:30 in New York is still the 14th)', () => {
    const now = Date.parse('2026-06-15T03:30:00Z');
    expect(ageYears(date('1960-06-15'), now, TZ)).toBe(65);
    expect(ageYears(date('1960-06-15'), now, 'UTC')).toBe(66);
  });
});

describe('clampText', () => {
  it.each([
    ['short text unchanged', 'Ann Lee', { text: 'Ann Lee' }],
    ['exactly 200 characters unchanged', 'a'.repeat(200), { text: 'a'.repeat(200) }],
    [
      '201 characters clamped with an ellipsis, full text as title',
      'a'.repeat(201),
      { text: `${'a'.repeat(199)}…`, title: 'a'.repeat(201) },
    ],
    ['1 MB clamped, no title', 'a'.repeat(1_000_000), { text: `${'a'.repeat(199)}…` }],
  ])('%s', (_name, value, expected) => {
    expect(clampText(value)).toEqual(expected);
  });

  it('a 1 MB name reaches the banner clamped', () => {
    expect(p({ name: [{ text: 'x'.repeat(1_000_000) }] }).name?.text).toHaveLength(200);
  });
});

it('labels sex', () => {
  expect(sexLabel('female')).toBe('Female');
  expect(sexLabel(undefined)).toBeUndefined();
});
