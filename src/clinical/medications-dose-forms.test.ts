/**
 * Dose forms, units and strengths as RxNorm names them (https://www.nlm.nih.gov/research/umls/rxnorm/docs/appendix5.html):
 * one unit of each form, each strength unit, and the route family a switch is judged by.
 */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import {
  doseFormOf,
  doseText,
  formFamily,
  formUnit,
  ingredientDose,
  productStrengths,
} from './medications-dose';

type Dose = Pick<MedicationEntry, 'name' | 'doseAmount' | 'strengths' | 'doseForm'>;
const e = (name: string, extra: Partial<Dose> = {}): Dose => ({ name, strengths: [], ...extra });

describe('formUnit: one unit of the form', () => {
  it.each([
    ['Oral Tablet', 'tablet'],
    ['Extended Release Oral Capsule', 'capsule'],
    ['Injectable Solution', 'injection'],
    ['Prefilled Syringe', 'injection'],
    ['Auto-Injector pen', 'injection'],
    ['Transdermal System', 'patch'],
    ['Patch', 'patch'],
    ['Metered Dose Inhaler', 'puff'],
    ['Nasal Spray 50 ACTUAT', 'puff'],
    ['puff', 'puff'],
    ['Ophthalmic Solution', 'drop'],
    ['Drops', 'drop'],
    ['Oral Solution', 'mL'],
    ['Oral Suspension', 'mL'],
    ['Syrup', 'mL'],
    ['Liquid', 'mL'],
    ['Topical Cream', undefined],
    ['penicillin', undefined], // "pen" only as a whole word
    ['Stable', undefined], // "tab" only at a word start
    ['Decapitated', undefined],
  ])('%s: %s', (form, unit) => {
    expect(formUnit(form)).toBe(unit);
  });

  it('no form: no unit', () => {
    expect(formUnit(undefined)).toBeUndefined();
  });
});

describe('productStrengths: each strength unit as RxNorm writes it', () => {
  it.each([
    ['Levothyroxine Sodium 0.075 MG Oral Tablet', 'levothyroxine sodium', '0.075 mg'],
    ['Clonidine 0.1 MG/HR Transdermal System', 'clonidine', '0.1 mg/hr'],
    ['Fentanyl 12 MCG/HR Transdermal System', 'fentanyl', '12 mcg/hr'],
    ['Potassium Chloride 20 MEQ Extended Release Oral Tablet', 'potassium chloride', '20 meq'],
    ['Insulin Glargine 100 UNT/ML Injectable Solution', 'insulin glargine', '100 units/mL'],
    ['Heparin 5000 UNITS Injection', 'heparin', '5000 units'],
    ['Heparin 1000 UNIT/ML Injectable Solution', 'heparin', '1000 units/mL'],
    ['Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', 'albuterol', '0.09 mg/actuat'],
    ['Hydrocortisone 1 % Topical Cream', 'hydrocortisone', '1 %'],
    ['Sodium Chloride 9 MG/ML Injectable Solution', 'sodium chloride', '9 mg/mL'],
    ['Lidocaine 50 MG/MG Topical Ointment', 'lidocaine', '50 mg/mg'],
    ['Calcium Carbonate 1.25 G Chewable Tablet', 'calcium carbonate', '1.25 g'],
    ['Lactulose 10 G/ML Oral Solution', 'lactulose', '10 g/mL'],
    ['12 HR Nifedipine 30 MG Extended Release Oral Tablet', 'nifedipine', '30 mg'],
    ['amlodipine 5mg tablet', 'amlodipine', '5 mg'],
    ['Co-Amilozide 5 MG Oral Tablet', 'co-amilozide', '5 mg'],
  ])('%s', (name, ingredient, strength) => {
    expect(productStrengths(e(name))).toEqual([{ name: ingredient, strength }]);
  });

  it.each([
    ['a number followed by a word, not a unit', 'Vitamin 5 MGX Tablet'],
    ['no ingredient name before the number', '10 MG Oral Tablet'],
  ])('%s: no strength', (_name, name) => {
    expect(productStrengths(e(name))).toEqual([]);
  });

  it('a slash without spaces is not a combination separator', () => {
    expect(productStrengths(e('Losartan/HCTZ 50 MG Oral Tablet'))).toHaveLength(1);
  });
});

describe('doseFormOf', () => {
  it.each([
    [
      'the Medication form wins',
      e('Amlodipine 5 MG Oral Tablet', { doseForm: 'Capsule' }),
      'Capsule',
    ],
    ['the words after the last strength', e('Amlodipine 5 MG Oral Tablet'), 'Oral Tablet'],
    ['after a concentration', e('Furosemide 10 MG/ML Injectable Solution'), 'Injectable Solution'],
    ['after a decimal strength', e('Levothyroxine 0.075 MG Oral Tablet'), 'Oral Tablet'],
    ['after MCG', e('Fentanyl 12 MCG Transdermal System'), 'Transdermal System'],
    ['after G', e('Lactulose 10 G Oral Powder'), 'Oral Powder'],
    ['after MEQ', e('KCl 20 MEQ Oral Tablet'), 'Oral Tablet'],
    ['after UNT', e('Insulin 100 UNT Pen'), 'Pen'],
    ['after ML', e('Saline 10 ML Injection'), 'Injection'],
    ['after %', e('Cream 1 % Topical Cream'), 'Topical Cream'],
    ['no strength', e('Atenolol'), undefined],
    ['a strength at the end', e('Atenolol 50 MG'), undefined],
    ['digits after the form', e('Atenolol 50 MG Tablet 2'), undefined],
  ])('%s', (_name, dose, form) => {
    expect(doseFormOf(dose)).toBe(form);
  });
});

describe('doseText: counts and units', () => {
  it.each([
    [
      'mL never pluralised, no strength beside it',
      e('Lactulose 10 G/ML Oral Solution', { doseAmount: { value: 15 } }),
      '15 mL',
    ],
    [
      '1 mL of a solution is "1 mL"',
      e('Lactulose 10 G/ML Oral Solution', { doseAmount: { value: 1 } }),
      '1 mL',
    ],
    [
      '{tbl} is a count unit',
      e('Atenolol 50 MG Oral Tablet', { doseAmount: { value: 2, unit: '{tbl}' } }),
      '2 tablets',
    ],
    [
      '"1" is a count unit',
      e('Atenolol 50 MG Oral Tablet', { doseAmount: { value: 1, unit: '1' } }),
      '1 tablet (50 mg)',
    ],
    [
      '"capsules" is a count unit',
      e('Amoxicillin 250 MG Oral Capsule', { doseAmount: { value: 2, unit: 'capsules' } }),
      '2 capsules',
    ],
    [
      '"each" is a count unit',
      e('Atenolol 50 MG Oral Tablet', { doseAmount: { value: 1, unit: 'each' } }),
      '1 tablet (50 mg)',
    ],
    [
      'a unit like "tablespoon" is no count',
      e('Syrup 5 MG/ML Oral Solution', { doseAmount: { value: 1, unit: 'tablespoon' } }),
      '1 tablespoon',
    ],
    [
      'a range of tablets in a count unit',
      e('Atenolol 50 MG Oral Tablet', { doseAmount: { value: 1, high: 2, unit: 'TAB' } }),
      '1–2 tablets',
    ],
    [
      'a range of one',
      e('Atenolol 50 MG Oral Tablet', { doseAmount: { value: 0.5, high: 1 } }),
      '0.5–1 tablet',
    ],
    [
      'a unitless range without a form',
      e('Atenolol', { doseAmount: { value: 1, high: 2 } }),
      undefined,
    ],
    ['2 pieces of an unknown form', e('Atenolol 50 MG', { doseAmount: { value: 2 } }), undefined],
  ])('%s', (_name, dose, text) => {
    expect(doseText(dose)).toBe(text);
  });
});

describe('ingredientDose and formFamily', () => {
  it.each([
    [
      '2 × 12.5 mg',
      e('Hydrochlorothiazide 12.5 MG Oral Tablet', { doseAmount: { value: 2 } }),
      'hydrochlorothiazide',
      '25 mg',
    ],
    [
      'half a tablet',
      e('Metoprolol 25 MG Oral Tablet', { doseAmount: { value: 0.5 } }),
      'metoprolol',
      '12.5 mg',
    ],
    [
      '3 × 0.1 mg without float noise',
      e('Clonidine 0.1 MG Oral Tablet', { doseAmount: { value: 3 } }),
      'clonidine',
      '0.3 mg',
    ],
    [
      '2 × a concentration',
      e('Furosemide 10 MG/ML Oral Solution', { doseAmount: { value: 2 } }),
      'furosemide',
      '2 × 10 mg/mL',
    ],
    ['no dose: one unit', e('Amlodipine 5 MG Oral Tablet'), 'amlodipine', '5 mg'],
    [
      'a range: the strength of one',
      e('Amlodipine 5 MG Oral Tablet', { doseAmount: { value: 1, high: 2 } }),
      'amlodipine',
      '5 mg',
    ],
    ['an ingredient not in the product', e('A 5 MG / B 10 MG Oral Tablet'), 'c', undefined],
    [
      'a combination with a real unit: the strength, not the amount',
      e('A 5 MG / B 10 MG Oral Tablet', { doseAmount: { value: 20, unit: 'mg' } }),
      'b',
      '10 mg',
    ],
    ['no strength anywhere', e('Atenolol'), 'atenolol', undefined],
  ])('%s', (_name, dose, ingredient, expected) => {
    expect(ingredientDose(dose, ingredient)).toBe(expected);
  });

  it.each([
    ['a tablet', 'Amlodipine 5 MG Oral Tablet', 'oral'],
    ['a capsule', 'Amoxicillin 250 MG Oral Capsule', 'oral'],
    ['an oral solution', 'Furosemide 10 MG/ML Oral Solution', 'oral'],
    ['an injectable solution', 'Furosemide 10 MG/ML Injectable Solution', 'injection'],
    ['an ophthalmic solution', 'Timolol 5 MG/ML Ophthalmic Solution', 'drop'],
    ['an unknown form', 'Atenolol', undefined],
  ])('%s is %s', (_name, name, family) => {
    expect(formFamily(e(name))).toBe(family);
  });
});
