import { describe, expect, it } from 'vitest';
import { readFhirDate, type FhirDate } from './fhir-date';
import {
  ageYears,
  clampText,
  displayName,
  medicalRecordNumber,
  readPatient,
  sexLabel,
} from './patient';

// FHIR R4 Patient (https://hl7.org/fhir/R4/patient.html): HumanName.use and period, Identifier.type
// v2-0203 `MR`, administrative gender.
const NOW = Date.UTC(2026, 11, 1, 12);
const TZ = 'America/New_York';
const date = (text: string) => readFhirDate(text) as FhirDate;
const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const mr = (value: unknown, system: string | undefined = V2_0203) => ({
  value,
  type: { coding: [{ ...(system ? { system } : {}), code: 'MR' }] },
});

describe('displayName: which name', () => {
  it.each<[string, unknown[], string | undefined]>([
    ['usual over unspecified', [{ text: 'Plain' }, { use: 'usual', text: 'Usual' }], 'Usual'],
    ['unspecified over nickname', [{ use: 'nickname', text: 'Nick' }, { text: 'Plain' }], 'Plain'],
    [
      'official over usual',
      [
        { use: 'usual', text: 'Usual' },
        { use: 'official', text: 'Off' },
      ],
      'Off',
    ],
    [
      'an other use only: the first name',
      [
        { use: 'old', text: 'Old' },
        { use: 'maiden', text: 'M' },
      ],
      'Old',
    ],
    [
      'an official name that ended gives way to a current one',
      [
        { use: 'official', text: 'Before', period: { end: '2020-01-01' } },
        { use: 'usual', text: 'Now' },
      ],
      'Now',
    ],
    [
      'an official name ending in the future is still current',
      [
        { use: 'official', text: 'Still', period: { end: '2030-01-01' } },
        { use: 'usual', text: 'U' },
      ],
      'Still',
    ],
    [
      'every name ended: the preferred of them',
      [
        { use: 'usual', text: 'U', period: { end: '2020' } },
        { use: 'official', text: 'O', period: { end: '2021' } },
      ],
      'O',
    ],
    [
      'an unreadable period end does not end a name',
      [{ use: 'official', text: 'O', period: { end: 'x' } }, { text: 'P' }],
      'O',
    ],
    [
      'given names joined, then family, trimmed',
      [{ given: [' Ann ', 'Marie'], family: ' Lee ' }],
      'Ann Marie Lee',
    ],
    ['text wins over the parts, trimmed', [{ text: '  Dr Ann Lee ', given: ['X'] }], 'Dr Ann Lee'],
    ['a blank text falls back to the parts', [{ text: '  ', family: 'Lee' }], 'Lee'],
    ['blank given names skipped', [{ given: ['', '  ', 'Ann'] }], 'Ann'],
    ['not a list', [], undefined],
  ])('%s', (_name, names, expected) => {
    expect(displayName(names, NOW)).toBe(expected);
  });

  it('names that are not a list give no name', () => {
    expect(displayName({ text: 'Ann' }, NOW)).toBeUndefined();
  });

  it('a name ending exactly now has ended', () => {
    const names = [
      { use: 'official', text: 'O', period: { end: '2026-12-01T12:00:00Z' } },
      { text: 'P' },
    ];
    expect(displayName(names, NOW)).toBe('P');
  });
});

describe('medicalRecordNumber (Identifier.type v2-0203 MR)', () => {
  it.each<[string, unknown, string | undefined]>([
    ['MR in v2-0203', [mr('A1')], 'A1'],
    ['MR without a system', [mr('A2', undefined)], 'A2'],
    ['MR in another system is not an MRN', [mr('A3', 'urn:local')], undefined],
    [
      'another type code',
      [{ value: 'S', type: { coding: [{ system: V2_0203, code: 'SS' }] } }],
      undefined,
    ],
    ['a type without codings', [{ value: 'T', type: { text: 'MR' } }], undefined],
    ['codings that are not a list', [{ value: 'T', type: { coding: { code: 'MR' } } }], undefined],
    ['a blank value is skipped for the next MRN', [mr('  '), mr('B2')], 'B2'],
    ['a numeric value is no MRN', [mr(42)], undefined],
    [
      'a null coding beside the MR coding',
      [{ value: 'C', type: { coding: [null, { code: 'MR' }] } }],
      'C',
    ],
    ['not a list', mr('A1'), undefined],
  ])('%s', (_name, identifiers, expected) => {
    expect(medicalRecordNumber(identifiers)).toBe(expected);
  });

  it('an MRN is clamped to 60 characters in the banner', () => {
    const facts = readPatient({ resourceType: 'Patient', identifier: [mr('9'.repeat(61))] }, NOW);
    expect(facts.mrn).toEqual({ text: `${'9'.repeat(59)}…`, title: '9'.repeat(61) });
  });
});

describe('readPatient: what is recorded', () => {
  const p = (extra: Record<string, unknown>) =>
    readPatient({ resourceType: 'Patient', ...extra }, NOW);

  it.each(['male', 'female', 'other', 'unknown'] as const)('gender %s is read', (gender) => {
    expect(p({ gender })).toEqual({ gender, unreadable: [] });
  });

  it('an empty name list is nothing to report', () => {
    expect(p({ name: [] })).toEqual({ unreadable: [] });
  });

  it('an identifier list without an MRN is nothing to report', () => {
    expect(p({ identifier: [{ value: 'x' }] })).toEqual({ unreadable: [] });
  });

  it('reports each unreadable field with its reason', () => {
    expect(
      p({ name: 'Ann', birthDate: 1, gender: 'f', identifier: {}, deceasedBoolean: 1 }).unreadable,
    ).toEqual([
      { field: 'name', reason: 'not in a form the app can read' },
      { field: 'birth date', reason: 'not a date' },
      { field: 'sex', reason: 'not a recognised value' },
      { field: 'identifiers', reason: 'not a list' },
      { field: 'deceased', reason: 'not true or false' },
    ]);
  });

  it('not a Patient: says so', () => {
    expect(readPatient([], NOW)).toEqual({
      unreadable: [{ field: 'patient record', reason: 'not a Patient resource' }],
    });
  });

  it('a birth date and a date of death are read', () => {
    expect(p({ birthDate: '1960-06-15', deceasedDateTime: '2019-03-12' })).toEqual({
      birth: date('1960-06-15'),
      deceased: { at: date('2019-03-12') },
      unreadable: [],
    });
  });
});

describe('ageYears edges', () => {
  it.each([
    ['a month before the birthday month', '1960-06-15', '2026-05-20', 65],
    ['a later day of an earlier month', '1960-06-15', '2026-05-31', 65],
    ['an earlier day of a later month', '1960-06-15', '2026-07-01', 66],
    ['the day of birth: age 0', '2026-03-01', '2026-03-01', 0],
    ['149 years is still an age', '1877-01-01', '2026-01-01', 149],
    ['a birth month alone counts from its first day', '1960-06', '2026-05-31', 65],
  ])('%s', (_name, birth, to, expected) => {
    expect(ageYears(date(birth), date(to), TZ)).toBe(expected);
  });

  it('an instant of birth is placed on its day in the zone', () => {
    const birth = date('1960-06-15T02:00:00Z'); // 22:00 on the 14th in New York
    expect(ageYears(birth, date('2026-06-14'), TZ)).toBe(66);
    expect(ageYears(birth, date('2026-06-14'), 'UTC')).toBe(65);
  });
});

describe('sexLabel and clampText', () => {
  it.each([
    ['male', 'Male'],
    ['female', 'Female'],
    ['other', 'Other'],
    ['unknown', 'Unknown'],
  ] as const)('%s reads %s', (gender, label) => {
    expect(sexLabel(gender)).toBe(label);
  });

  it.each([
    ['surrounding spaces trimmed', '  Ann  ', { text: 'Ann' }],
    [
      'a title up to 1,000 characters',
      'b'.repeat(1000),
      { text: `${'b'.repeat(199)}…`, title: 'b'.repeat(1000) },
    ],
    ['no title past 1,000 characters', 'b'.repeat(1001), { text: `${'b'.repeat(199)}…` }],
    [
      'spaces before the cut are dropped',
      `${'c'.repeat(198)} ${'d'.repeat(10)}`,
      { text: `${'c'.repeat(198)}…`, title: `${'c'.repeat(198)} ${'d'.repeat(10)}` },
    ],
  ])('%s', (_name, value, expected) => {
    expect(clampText(value)).toEqual(expected);
  });

  it('past 800 characters only the first 800 are read, then trimmed', () => {
    expect(clampText(`${' '.repeat(700)}${'a'.repeat(150)}`)).toEqual({ text: 'a'.repeat(100) });
  });
});
