/** Doses never printed as a bare number; strengths per ingredient (RxNorm names, Medication.ingredient). */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { doseText, ingredientDose, productStrengths } from './medications-dose';

const entry = (fields: Partial<MedicationEntry>): MedicationEntry => ({
  id: 'MedicationRequest/x',
  source: 'request',
  form: 'codeable-concept',
  name: 'Amlodipine 5 MG Oral Tablet',
  concepts: [],
  rxnorm: [],
  identifiers: [],
  strengths: [],
  status: 'active',
  intent: 'order',
  ...fields,
});

describe('doses: never a bare number', () => {
  const combo = 'Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet';
  it.each([
    [
      'unitless 1, strength in the name',
      { name: 'Hydrochlorothiazide 25 MG Oral Tablet', doseAmount: { value: 1 } },
      '1 tablet (25 mg)',
    ],
    [
      'unitless 2 tablets',
      { name: 'Atenolol 50 MG Oral Tablet', doseAmount: { value: 2 } },
      '2 tablets',
    ],
    ['unitless 1, no form nor strength', { name: 'Atenolol', doseAmount: { value: 1 } }, undefined],
    [
      'unitless 1, strength but no form',
      { name: 'Atenolol 50 MG', doseAmount: { value: 1 } },
      '50 mg',
    ],
    [
      'a form word as unit',
      { name: 'Atenolol 50 MG Oral Tablet', doseAmount: { value: 1, unit: 'TAB' } },
      '1 tablet (50 mg)',
    ],
    ['a real unit', { doseAmount: { value: 20, unit: 'mg' } }, '20 mg'],
    ['a range with a unit', { doseAmount: { value: 1, high: 2, unit: 'mg' } }, '1–2 mg'],
    ['a unitless range of tablets', { doseAmount: { value: 1, high: 2 } }, '1–2 tablets'],
    ['a combination: the form only', { name: combo, doseAmount: { value: 1 } }, '1 tablet'],
    [
      'a capsule',
      { name: 'Amoxicillin 250 MG Oral Capsule', doseAmount: { value: 1 } },
      '1 capsule (250 mg)',
    ],
    ['no structured dose', {}, undefined],
  ])('%s', (_case, fields, expected) => {
    expect(doseText(entry(fields))).toBe(expected);
  });

  it.each([
    [
      'each ingredient of a combination its own strength',
      combo,
      [
        ['lisinopril', '10 mg'],
        ['hydrochlorothiazide', '12.5 mg'],
      ],
    ],
    ['a concentration', 'Furosemide 10 MG/ML Injectable Solution', [['furosemide', '10 mg/mL']]],
    [
      'an extended-release prefix',
      '24 HR Metoprolol succinate 50 MG Extended Release Oral Tablet',
      [['metoprolol succinate', '50 mg']],
    ],
    ['no strength', 'Enalapril', []],
  ])('strengths from the name: %s', (_case, name, expected) => {
    expect(productStrengths(entry({ name })).map((s) => [s.name, s.strength])).toEqual(expected);
  });

  it('the Medication ingredient strengths win over the name', () => {
    const e = entry({ name: 'Zestoretic', strengths: [{ name: 'Lisinopril', strength: '20 mg' }] });
    expect(ingredientDose(e, 'lisinopril')).toBe('20 mg');
  });

  it.each([
    ['combination, lisinopril lane', combo, { value: 1 }, 'lisinopril', '10 mg'],
    ['combination, thiazide lane', combo, { value: 1 }, 'hydrochlorothiazide', '12.5 mg'],
    ['two tablets', 'Amlodipine 5 MG Oral Tablet', { value: 2 }, 'amlodipine', '10 mg'],
    [
      'a real unit',
      'Amlodipine 5 MG Oral Tablet',
      { value: 10, unit: 'mg' },
      'amlodipine',
      '10 mg',
    ],
  ])('dose per ingredient: %s', (_case, name, doseAmount, ingredient, expected) => {
    expect(ingredientDose(entry({ name, doseAmount }), ingredient)).toBe(expected);
  });
});
