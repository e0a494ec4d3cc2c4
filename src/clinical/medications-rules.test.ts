/** The status, dose and renewal rules, one named case per FHIR shape. */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { continues, medicationCourses } from './medications-courses';
import { doseText, ingredientDose, productStrengths } from './medications-dose';
import { statusRule } from './medications-status';
import { DAY } from './time';

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

describe('status meaning (FHIR R4 medicationrequest-status, medication-statement-status)', () => {
  it.each([
    ['request active', { status: 'active' }, 'taking', 'Active', 'bar'],
    ['request on-hold', { status: 'on-hold' }, 'paused', 'On hold', 'paused'],
    [
      'request cancelled',
      { status: 'cancelled' },
      'never-started',
      'Cancelled (never started)',
      'none',
    ],
    ['request completed', { status: 'completed' }, 'past', 'Completed', 'bar'],
    ['request stopped', { status: 'stopped' }, 'past', 'Stopped', 'bar'],
    ['request draft', { status: 'draft' }, 'planned', 'Draft (not yet ordered)', 'none'],
    ['request unknown', { status: 'unknown' }, 'unknown', 'Status unknown', 'bar'],
    [
      'request with a status outside the value set',
      { status: 'paused' },
      'unknown',
      'Status unknown',
      'bar',
    ],
    [
      'doNotPerform, status active',
      { status: 'active', doNotPerform: true },
      'not-given',
      'Not to be given',
      'none',
    ],
    [
      'doNotPerform, status stopped',
      { status: 'stopped', doNotPerform: true },
      'not-given',
      'Not to be given (no longer in force)',
      'none',
    ],
    ['intent plan, active', { intent: 'plan' }, 'planned', 'Plan (not yet ordered)', 'none'],
    [
      'intent proposal, completed',
      { intent: 'proposal', status: 'completed' },
      'never-started',
      'Completed',
      'none',
    ],
    ['statement active', { source: 'statement', status: 'active' }, 'taking', 'Taking', 'bar'],
    [
      'statement intended',
      { source: 'statement', status: 'intended' },
      'planned',
      'Intends to take (not started)',
      'none',
    ],
    [
      'statement not-taken',
      { source: 'statement', status: 'not-taken' },
      'never-started',
      'Not taken',
      'none',
    ],
    [
      'statement on-hold',
      { source: 'statement', status: 'on-hold' },
      'paused',
      'On hold',
      'paused',
    ],
    [
      'statement completed',
      { source: 'statement', status: 'completed' },
      'past',
      'Completed',
      'bar',
    ],
  ] as const)('%s', (_case, fields, meaning, label, drawn) => {
    const e = entry(fields);
    expect(statusRule(e)).toEqual({ meaning, label, drawn });
  });
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

describe('renewal chains (medications-courses)', () => {
  const at = (days: number) => Date.UTC(2020, 0, 1) + days * DAY;
  it.each([
    ['no end date, renewed a year later', { start: at(0) }, { start: at(365) }, true],
    ['no end date, renewed 400 days later', { start: at(0) }, { start: at(400) }, true],
    ['no end date, 401 days later: a new course', { start: at(0) }, { start: at(401) }, false],
    ['an end date, next 7 days after it', { start: at(0), end: at(90) }, { start: at(97) }, true],
    ['an end date, next 8 days after it', { start: at(0), end: at(90) }, { start: at(98) }, false],
    ['no start', {}, { start: at(1) }, false],
  ])('%s', (_case, prev, next, expected) => {
    expect(continues(prev, next)).toBe(expected);
  });

  const yearly = (n: number, last: string) =>
    Array.from({ length: n }, (_, i) =>
      entry({
        id: `MedicationRequest/${i}`,
        status: i === n - 1 ? last : 'stopped',
        start: at(i * 365),
        doseAmount: { value: 1 },
      }),
    );

  it('21 yearly orders, the last active: one ongoing course from the first order', () => {
    const [course, ...rest] = medicationCourses(yearly(21, 'active'));
    expect(rest).toEqual([]);
    expect(course).toMatchObject({ from: at(0), rule: { meaning: 'taking' } });
    expect(course?.to).toBeUndefined();
    expect(course?.entries).toHaveLength(21);
  });

  it('the last order stopped without an end date: the course ends at its start (end unknown)', () => {
    expect(medicationCourses(yearly(3, 'stopped'))[0]).toMatchObject({
      to: at(730),
      toReason: 'unknown',
    });
  });

  it('a different dose is another course; a do-not-give order never chains', () => {
    const courses = medicationCourses([
      ...yearly(2, 'stopped'),
      entry({ id: 'MedicationRequest/d', start: at(800), doseAmount: { value: 2 } }),
      entry({
        id: 'MedicationRequest/n',
        start: at(810),
        doNotPerform: true,
        doseAmount: { value: 2 },
      }),
    ]);
    expect(courses.map((c) => c.entries.length)).toEqual([2, 1, 1]);
  });

  it('death ends an ongoing course, and one that would run past it', () => {
    const died = at(1000);
    expect(medicationCourses(yearly(5, 'active'), { deceasedAt: died })[0]).toMatchObject({
      to: died,
      toReason: 'death',
    });
  });

  it('an on-hold last order: the course is paused from that order on', () => {
    expect(medicationCourses(yearly(3, 'on-hold'))[0]).toMatchObject({
      from: at(0),
      pausedFrom: at(730),
      rule: { meaning: 'paused' },
    });
  });
});
