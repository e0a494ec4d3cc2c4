/** Ill-typed and random medication resources: never a throw, every resource accounted for. */
import fc from 'fast-check';
import type { MedicationRequest, MedicationStatement } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { readMedications } from './medications';
import {
  anyJson,
  confusedRecord,
  maybe,
  resourceOrJunk,
} from '../../mocks/test-data/json-arbitraries';

const base = {
  resourceType: 'MedicationRequest',
  id: 'x',
  status: 'active',
  intent: 'order',
  medicationCodeableConcept: { text: 'Amlodipine 5 MG Oral Tablet' },
};
const readOne = (r: unknown) =>
  readMedications({ requests: [r as MedicationRequest], statements: [], included: [] });

describe('a MedicationRequest with fields of the wrong JSON type is unreadable, with the reason', () => {
  it.each([
    [
      'medicationCodeableConcept a string',
      { medicationCodeableConcept: 'amlodipine' },
      'its medication has the wrong form (expected a structure)',
    ],
    [
      'dosageInstruction an object',
      { dosageInstruction: { text: 'daily' } },
      'its dosage has the wrong form (expected a list)',
    ],
    ['status a number', { status: 3 }, 'its status is not a word'],
    ['no status', { status: undefined }, 'it has no status'],
    [
      'authoredOn a number',
      { authoredOn: 20240115 },
      'its order date has the wrong form (expected text)',
    ],
    [
      'doNotPerform a string',
      { doNotPerform: 'true' },
      'its "do not give" flag has the wrong form (expected true/false)',
    ],
    [
      'medicationReference an array',
      { medicationCodeableConcept: undefined, medicationReference: [] },
      'its medication reference has the wrong form (expected a structure)',
    ],
    ['no id', { id: undefined }, 'it has no id'],
    ['id a number', { id: 7 }, 'it has no id'],
  ])('%s', (_case, fields, reason) => {
    const out = readOne({ ...base, ...fields });
    expect(out.entries).toEqual([]);
    expect(out.unreadableItems.map((u) => u.reason)).toEqual([reason]);
  });

  it.each([
    ['a string instead of a resource', 'MedicationRequest/1'],
    ['null', null],
    ['an array', [base]],
  ])('%s is unreadable', (_case, value) => {
    expect(readOne(value).unreadableItems).toEqual([
      { label: 'MedicationRequest/(no id)', reason: 'it is not a resource' },
    ]);
  });

  it('nested fields of the wrong type are ignored, not thrown on', () => {
    const out = readOne({
      ...base,
      dosageInstruction: [
        {
          text: 5,
          timing: { repeat: { frequency: '2', period: {}, periodUnit: 7, boundsPeriod: 'x' } },
        },
        'daily',
      ],
      note: [{ text: ['x'] }],
      requester: { display: 42 },
      identifier: [{ value: {} }],
      medicationCodeableConcept: { text: 9, coding: [{ display: 'Amlodipine 5 MG' }, 'x'] },
    });
    expect(out.entries[0]).toMatchObject({ name: 'Amlodipine 5 MG', identifiers: [] });
    expect(out.entries[0]?.frequency).toBeUndefined();
  });

  it('reads a date-only authoredOn as its calendar day (noon UTC), with its precision', () => {
    expect(readOne({ ...base, authoredOn: '2024-01-15' }).entries[0]).toMatchObject({
      start: Date.UTC(2024, 0, 15, 12),
      startPrecision: 'day',
    });
  });
});

/** Resource-like objects whose fields are random JSON of any type. */
const confused = (resourceType: string) =>
  confusedRecord(
    {
      resourceType: fc.constant(resourceType),
      id: fc.string(),
      status: fc.constantFrom('active', 'stopped', 'on-hold', 'entered-in-error', 'draft'),
      intent: fc.constantFrom('order', 'plan'),
      doNotPerform: anyJson,
      medicationCodeableConcept: anyJson,
      medicationReference: fc.record({
        reference: maybe(fc.constantFrom('Medication/m1', '#c')),
      }),
      contained: anyJson,
      dosageInstruction: anyJson,
      dosage: anyJson,
      authoredOn: fc.constant('2024-01-15'),
      effectivePeriod: anyJson,
      effectiveDateTime: anyJson,
      dispenseRequest: anyJson,
      note: anyJson,
      identifier: anyJson,
      statusReason: anyJson,
      requester: anyJson,
      informationSource: anyJson,
      priorPrescription: anyJson,
    },
    ['resourceType'],
  );

describe('readMedications on random and type-confused JSON', () => {
  it('never throws; every resource is an entry, skipped or counted unreadable', () => {
    fc.assert(
      fc.property(
        fc.array(resourceOrJunk(confused('MedicationRequest')), { maxLength: 8 }),
        fc.array(resourceOrJunk(confused('MedicationStatement')), { maxLength: 8 }),
        fc.array(
          resourceOrJunk(
            confusedRecord(
              {
                resourceType: fc.constant('Medication'),
                id: fc.constant('m1'),
                code: anyJson,
                ingredient: anyJson,
                form: anyJson,
              },
              ['resourceType', 'id'],
            ),
          ),
          { maxLength: 3 },
        ),
        (requests, statements, included) => {
          const out = readMedications({
            requests: requests as MedicationRequest[],
            statements: statements as MedicationStatement[],
            included: included as never[],
            read: included as never[],
          });
          expect(out.entries.length + out.skipped + out.unreadable).toBe(
            requests.length + statements.length,
          );
          expect(out.unreadableItems).toHaveLength(out.unreadable);
          for (const e of out.entries) {
            expect(typeof e.name).toBe('string');
            expect(typeof e.status).toBe('string');
            if (e.start !== undefined) expect(Number.isFinite(e.start)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
