/**
 * readMedications field by field (FHIR R4 MedicationRequest / MedicationStatement): every field a
 * rich record carries, where each comes from, and how a record that cannot be read is counted.
 */
import { describe, expect, it } from 'vitest';
import { type MedicationSources, RXNORM_SYSTEM, readMedications } from './medications';

const read = (s: Partial<Record<keyof MedicationSources, unknown[]>>) =>
  readMedications({ requests: [], statements: [], included: [], ...s } as MedicationSources);

const REQUEST = {
  resourceType: 'MedicationRequest',
  id: 'r1',
  status: 'active',
  intent: 'order',
  doNotPerform: true,
  medicationCodeableConcept: {
    coding: [
      { system: RXNORM_SYSTEM, code: '197361' },
      { system: RXNORM_SYSTEM },
      { system: 'urn:other', code: 'X1' },
    ],
    text: 'Amlodipine 5 MG Oral Tablet',
  },
  identifier: [{ system: 'urn:ehr', value: 'A1' }, { value: 'B2' }, { system: 'urn:ehr' }],
  note: [{ text: 'Take with food.' }, {}, { text: 'Review in 3 months.' }],
  requester: { display: 'Dr Smith' },
  priorPrescription: { reference: 'https://ehr.example/fhir/MedicationRequest/r0' },
  dosageInstruction: [
    { text: '1 tablet daily', timing: { repeat: { boundsPeriod: { start: '2025-01-10' } } } },
  ],
  dispenseRequest: { validityPeriod: { end: '2025-06-30' } },
};

describe('a MedicationRequest: every field', () => {
  it('codes, identifiers, notes, prescriber, the order it replaces, dates', () => {
    const { entries } = read({ requests: [REQUEST] });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: 'MedicationRequest/r1',
      source: 'request',
      name: 'Amlodipine 5 MG Oral Tablet',
      rxnorm: ['197361'],
      identifiers: ['urn:ehr|A1', '|B2'],
      note: 'Take with food. Review in 3 months.',
      status: 'active',
      intent: 'order',
      doNotPerform: true,
      dosageText: '1 tablet daily',
      prescriber: 'Dr Smith',
      priorId: 'MedicationRequest/r0',
      startPrecision: 'day',
      endPrecision: 'day',
    });
  });
  it.each([
    ['a relative reference', 'MedicationRequest/r0', 'MedicationRequest/r0'],
    ['an absolute URL', 'https://ehr.example/fhir/MedicationRequest/r0', 'MedicationRequest/r0'],
    ['a one-letter id', 'https://ehr.example/fhir/MedicationRequest/7', 'MedicationRequest/7'],
    ['a versioned reference', 'MedicationRequest/r0/_history/12', 'MedicationRequest/r0'],
    [
      'a versioned absolute URL',
      'https://ehr.example/fhir/MedicationRequest/r0/_history/2',
      'MedicationRequest/r0',
    ],
  ])('the order it replaces, from %s', (_name, reference, priorId) => {
    const [e] = read({ requests: [{ ...REQUEST, priorPrescription: { reference } }] }).entries;
    expect(e?.priorId).toBe(priorId);
  });
  it.each([
    ['doNotPerform false', { doNotPerform: false }, 'doNotPerform'],
    ['no note', { note: undefined }, 'note'],
    ['no requester', { requester: undefined }, 'prescriber'],
    ['no prior order', { priorPrescription: undefined }, 'priorId'],
  ])('%s: the field is absent', (_name, fields, key) => {
    const [e] = read({ requests: [{ ...REQUEST, ...fields }] }).entries;
    expect(e && key in e).toBe(false);
  });
  it('a concept without codings: no RxNorm code, no throw', () => {
    const r = { ...REQUEST, medicationCodeableConcept: { text: 'Amlodipine 5 MG Oral Tablet' } };
    expect(read({ requests: [r] }).entries[0]?.rxnorm).toEqual([]);
  });
});

describe('a MedicationStatement: who reported it, and its period', () => {
  const statement = (source: unknown) => ({
    resourceType: 'MedicationStatement',
    id: 's1',
    status: 'active',
    medicationCodeableConcept: { text: 'Lisinopril 10 MG Oral Tablet' },
    informationSource: source,
    effectivePeriod: { start: '2025-02-01', end: '2025-08-01' },
  });
  it.each([
    ['the patient', { reference: 'Patient/p1', display: 'Ann Example' }, 'patient'],
    ['a practitioner, by name', { reference: 'Practitioner/d1', display: 'Dr Jones' }, 'Dr Jones'],
    ['nobody named', undefined, undefined],
  ])('reported by %s', (_name, source, reportedBy) => {
    const [e] = read({ statements: [statement(source)] }).entries;
    expect(e?.reportedBy).toBe(reportedBy);
    expect(e).toMatchObject({ id: 'MedicationStatement/s1', source: 'statement' });
    expect([e?.startPrecision, e?.endPrecision]).toEqual(['day', 'day']);
  });
  it('an unreadable statement is labelled as a statement', () => {
    const out = read({ statements: [{ ...statement(undefined), status: 3 }] });
    expect(out.unreadableItems).toEqual([
      { label: 'MedicationStatement/s1', reason: 'its status is not a word' },
    ]);
  });
});

describe('Medication resources the server sent or the app fetched', () => {
  const byRef = {
    resourceType: 'MedicationRequest',
    id: 'r2',
    status: 'active',
    intent: 'order',
    medicationReference: { reference: 'Medication/m1', display: 'lisinopril (display)' },
  };
  const med = (name: string, extra: Record<string, unknown> = {}) => ({
    resourceType: 'Medication',
    id: 'm1',
    code: { text: name },
    ...extra,
  });
  it.each([
    [
      'included by the search',
      { included: [med('Lisinopril 10 MG Oral Tablet')] },
      'included',
      'Lisinopril 10 MG Oral Tablet',
    ],
    [
      'fetched by the app',
      { read: [med('Lisinopril 10 MG Oral Tablet')] },
      'read',
      'Lisinopril 10 MG Oral Tablet',
    ],
    [
      'in both: the one the search included',
      { included: [med('Lisinopril 10 MG (included)')], read: [med('Lisinopril 10 MG (read)')] },
      'included',
      'Lisinopril 10 MG (included)',
    ],
    [
      'a resource of another type with that id',
      {
        included: [
          { resourceType: 'Substance', id: 'm1', code: { text: 'Lisinopril (substance)' } },
        ],
      },
      'display',
      'lisinopril (display)',
    ],
    [
      'a Medication without an id',
      { included: [{ ...med('Lisinopril'), id: undefined }] },
      'display',
      'lisinopril (display)',
    ],
  ])('%s', (_name, sources, form, name) => {
    const [e] = read({ requests: [byRef], ...sources }).entries;
    expect([e?.form, e?.name]).toEqual([form, name]);
  });
  it('its dose form is kept', () => {
    const m = med('Lisinopril 10 MG', { form: { text: 'Oral Tablet' } });
    expect(read({ requests: [byRef], included: [m] }).entries[0]?.doseForm).toBe('Oral Tablet');
  });
});

describe('what is counted, not read', () => {
  it('entered in error but also ill-formed: unreadable, with the reason, not skipped', () => {
    const r = { ...REQUEST, status: 'entered-in-error', dosageInstruction: { text: 'daily' } };
    expect(read({ requests: [r] })).toMatchObject({
      skipped: 0,
      unreadable: 1,
      unreadableItems: [
        {
          label: 'MedicationRequest/r1',
          reason: 'its dosage has the wrong form (expected a list)',
        },
      ],
    });
  });
  it('no medication named at all', () => {
    const r = { ...REQUEST, medicationCodeableConcept: undefined };
    expect(read({ requests: [r] }).unreadableItems).toEqual([
      { label: 'MedicationRequest/r1', reason: 'no medication named' },
    ]);
  });
  it('lists that are not lists: nothing read, nothing counted', () => {
    const out = readMedications({ requests: 'x', statements: {} } as unknown as MedicationSources);
    expect(out).toEqual({ entries: [], unreadable: 0, unreadableItems: [], skipped: 0 });
  });
});
