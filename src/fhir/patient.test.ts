import type { Patient } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { ageInYears, displayName, medicalRecordNumber, sexLabel } from './patient';

const p = (extra: Partial<Patient>): Patient => ({ resourceType: 'Patient', ...extra });

describe('banner formatting', () => {
  it('prefers the official name over a nickname regardless of order', () => {
    expect(
      displayName(
        p({
          name: [
            { use: 'nickname', given: ['Bob'] },
            { use: 'official', given: ['Robert'], family: 'Smith' },
          ],
        }),
      ),
    ).toBe('Robert Smith');
  });
  it('uses name.text when present and says so when there is no name', () => {
    expect(displayName(p({ name: [{ text: 'Dr. A B' }] }))).toBe('Dr. A B');
    expect(displayName(p({}))).toBe('Unnamed patient');
  });
  it('computes age before and on the birthday', () => {
    expect(ageInYears('1960-06-15', new Date(2026, 5, 14))).toBe(65);
    expect(ageInYears('1960-06-15', new Date(2026, 5, 15))).toBe(66);
    expect(ageInYears('1960', new Date(2026, 0, 1))).toBe(66);
    expect(ageInYears('garbage', new Date())).toBeUndefined();
  });
  it('finds the MRN by identifier type, not position', () => {
    const patient = p({
      identifier: [
        { system: 'ssn', value: '123' },
        {
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }],
          },
          value: 'MRN-9',
        },
      ],
    });
    expect(medicalRecordNumber(patient)).toBe('MRN-9');
    expect(medicalRecordNumber(p({}))).toBeUndefined();
  });
  it('labels sex', () => {
    expect(sexLabel('female')).toBe('Female');
    expect(sexLabel(undefined)).toBeUndefined();
  });
});
