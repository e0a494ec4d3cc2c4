/**
 * medication[x] resolved to a name, codes and strengths (FHIR R4 MedicationRequest.medication[x],
 * Medication.ingredient.strength as a Ratio): the concept first, then a contained Medication (`#id`),
 * then one the server included or the app read, else the reference's display.
 */
import type { MedicationRequest, MedicationStatement, Resource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { Json } from './medications-json';
import { medicationId, missingMedicationIds, resolve } from './medications-resolve';
import type { MedicationForm } from './medications-types';

describe('medicationId', () => {
  it.each<[string, unknown, string | undefined]>([
    ['relative', { reference: 'Medication/m1' }, 'm1'],
    ['absolute', { reference: 'https://ehr.example/fhir/Medication/m-2.a' }, 'm-2.a'],
    ['a version', { reference: 'Medication/m1/_history/3' }, 'm1'],
    ['64 characters', { reference: `Medication/${'a'.repeat(64)}` }, 'a'.repeat(64)],
    ['65 characters: not an id', { reference: `Medication/${'a'.repeat(65)}` }, undefined],
    ['another resource type', { reference: 'Substance/m1' }, undefined],
    ['a name ending in Medication', { reference: 'XMedication/m1' }, undefined],
    ['a character outside the id set', { reference: 'Medication/m_1' }, undefined],
    ['anything after the id', { reference: 'Medication/m1/extra' }, undefined],
    [
      'text after _history/ only with the slash',
      { reference: 'Medication/m1/_historyx' },
      undefined,
    ],
    ['contained', { reference: '#m1' }, undefined],
    ['a reference that is not text', { reference: 7 }, undefined],
    ['no reference', undefined, undefined],
  ])('%s', (_case, ref, id) => {
    expect(medicationId(ref as Json | undefined)).toBe(id);
  });
});

describe('missingMedicationIds', () => {
  const subject = { reference: 'Patient/p' };
  const byRef = (reference: string): MedicationRequest => ({
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    subject,
    medicationReference: { reference },
  });
  const stated = (reference: string): MedicationStatement => ({
    resourceType: 'MedicationStatement',
    status: 'active',
    subject,
    medicationReference: { reference },
  });
  it('the referenced Medications that did not come with the search, once each', () => {
    const included: Resource[] = [
      { resourceType: 'Medication', id: 'have' },
      { resourceType: 'Patient', id: 'other' },
    ];
    expect(
      missingMedicationIds({
        requests: [byRef('Medication/have'), byRef('Medication/other'), byRef('Medication/other')],
        statements: [stated('Medication/s1'), stated('#contained')],
        included,
      }),
    ).toEqual(['other', 's1']);
  });
});

const rxMed = (fields: Record<string, unknown> = {}) => ({
  resourceType: 'Medication',
  id: 'm1',
  code: { text: 'Lisinopril 10 MG Oral Tablet' },
  ...fields,
});
const ratio = (value: unknown, unit: unknown, dValue?: unknown, dUnit?: unknown) => ({
  numerator: { value, unit },
  ...(dUnit !== undefined || dValue !== undefined
    ? { denominator: { ...(dValue !== undefined ? { value: dValue } : {}), unit: dUnit } }
    : {}),
});
const withStrength = (strength: unknown) =>
  rxMed({ ingredient: [{ itemCodeableConcept: { text: 'lisinopril' }, strength }] });
const noMeds = new Map<string, { med: Json; form: MedicationForm }>();
const viaContained = (med: Json) =>
  resolve({ medicationReference: { reference: '#m1' }, contained: [med] }, noMeds);

describe('resolve: ingredient strengths (Ratio)', () => {
  it.each<[string, unknown, string | undefined]>([
    ['mass alone', ratio(10, 'mg'), '10 mg'],
    ['the UCUM code when no unit', { numerator: { value: 10, code: 'mg' } }, '10 mg'],
    ['per tablet', ratio(10, 'mg', 1, 'tablet'), '10 mg'],
    ['per 1 tab', ratio(10, 'mg', 1, '1 tab'), '10 mg'],
    ['per {tbl}', ratio(10, 'mg', 1, '{tbl}'), '10 mg'],
    ['per each, any case', ratio(10, 'mg', 1, 'EACH'), '10 mg'],
    ['a concentration per 1 mL', ratio(10, 'mg', 1, 'mL'), '10 mg/mL'],
    ['a concentration per mL, no value', ratio(10, 'mg', undefined, 'mL'), '10 mg/mL'],
    ['a concentration per 5 mL', ratio(100, 'mg', 5, 'mL'), '100 mg/5 mL'],
    [
      'a denominator code, no unit',
      { numerator: { value: 1, unit: 'g' }, denominator: { value: 2, code: 'L' } },
      '1 g/2 L',
    ],
    ['a unit that only contains "tab"', ratio(10, 'mg', 1, 'tabs2'), '10 mg/tabs2'],
    ['no numerator unit: none', { numerator: { value: 10 } }, undefined],
    ['a numerator value that is text: none', ratio('10', 'mg'), undefined],
    ['no ratio: none', undefined, undefined],
  ])('%s', (_case, strength, text) => {
    const r = viaContained(withStrength(strength));
    expect(r?.strengths).toEqual(text ? [{ name: 'lisinopril', strength: text }] : []);
  });

  it('an ingredient named by its reference display', () => {
    const med = rxMed({
      ingredient: [
        { itemReference: { display: 'Hydrochlorothiazide' }, strength: ratio(12.5, 'mg') },
      ],
    });
    expect(viaContained(med)?.strengths).toEqual([
      { name: 'Hydrochlorothiazide', strength: '12.5 mg' },
    ]);
  });

  it('an ingredient without a name has no strength line', () => {
    expect(viaContained(rxMed({ ingredient: [{ strength: ratio(1, 'mg') }] }))?.strengths).toEqual(
      [],
    );
  });
});

describe('resolve: where the name comes from', () => {
  const included = new Map([
    ['m1', { med: rxMed({ code: { text: 'Included name' } }), form: 'included' as const }],
  ]);
  it.each<[string, Json, object | undefined]>([
    [
      'a concept with words',
      { medicationCodeableConcept: { text: 'Amlodipine 5 MG' } },
      {
        form: 'codeable-concept',
        name: 'Amlodipine 5 MG',
        concepts: [{ text: 'Amlodipine 5 MG', coding: [] }],
        strengths: [],
      },
    ],
    [
      'a concept without words: the reference instead',
      {
        medicationCodeableConcept: { coding: [] },
        medicationReference: { reference: 'Medication/m1' },
      },
      { form: 'included', name: 'Included name' },
    ],
    [
      'contained by #id, with its form and ingredient codes',
      {
        medicationReference: { reference: '#c1' },
        contained: [
          { resourceType: 'Patient', id: 'c1' },
          rxMed({
            id: 'c1',
            form: { text: 'Oral Tablet' },
            ingredient: [
              { itemCodeableConcept: { text: 'lisinopril' } },
              { itemCodeableConcept: 5 },
            ],
          }),
        ],
      },
      {
        form: 'contained',
        name: 'Lisinopril 10 MG Oral Tablet',
        concepts: [
          { text: 'Lisinopril 10 MG Oral Tablet', coding: [] },
          { text: 'lisinopril', coding: [] },
        ],
        strengths: [],
        doseForm: 'Oral Tablet',
      },
    ],
    [
      'a contained one of another id: the display',
      {
        medicationReference: { reference: '#c2', display: 'Shown' },
        contained: [rxMed({ id: 'c1' })],
      },
      { form: 'display', name: 'Shown', concepts: [], strengths: [] },
    ],
    [
      'a contained Medication without a name: the display',
      {
        medicationReference: { reference: '#c1', display: 'Shown' },
        contained: [rxMed({ id: 'c1', code: {} })],
      },
      { form: 'display', name: 'Shown' },
    ],
    [
      'a "#" reference is not looked up among included ones',
      { medicationReference: { reference: '#m1' } },
      undefined,
    ],
    [
      'included by id',
      { medicationReference: { reference: 'Medication/m1' } },
      { form: 'included', name: 'Included name', strengths: [] },
    ],
    [
      'an unknown id: the display',
      { medicationReference: { reference: 'Medication/zz', display: 'Shown' } },
      { form: 'display', name: 'Shown' },
    ],
    [
      'a blank display: nothing',
      { medicationReference: { reference: 'Medication/zz', display: ' ' } },
      undefined,
    ],
    ['no medication at all', {}, undefined],
  ])('%s', (_case, owner, expected) => {
    const r = resolve(owner, included);
    if (expected === undefined) expect(r).toBeUndefined();
    else expect(r).toMatchObject(expected);
  });

  it('no dose form: the key is absent', () => {
    expect(viaContained(rxMed())).not.toHaveProperty('doseForm');
  });
});
