/** The status and renewal rules, one named case per FHIR shape. */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { continues, medicationCourses } from './medications-courses';
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

describe('renewal chains (medications-courses)', () => {
  const at = (days: number) => Date.UTC(2020, 0, 1) + days * DAY;
  it.each([
    ['no end date, renewed a year later', { start: at(0) }, { start: at(365) }, true],
    ['no end date, renewed 400 days later', { start: at(0) }, { start: at(400) }, true],
    ['no end date, a late annual visit 448 days later', { start: at(0) }, { start: at(448) }, true],
    ['no end date, renewed 548 days (18 months) later', { start: at(0) }, { start: at(548) }, true],
    ['no end date, 549 days later: a new course', { start: at(0) }, { start: at(549) }, false],
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
