/**
 * Renewal chains -> courses (medications-courses header): what makes two orders one product, which
 * records chain, the dates and precisions a course carries, and where death ends it.
 */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { dayAt as at, medEntry as entry } from '../../mocks/test-data/medication-entry';
import { continues, medicationCourses, productKey } from './medications-courses';

const order = (id: string, fields: Partial<MedicationEntry>) =>
  entry({ id: `MedicationRequest/${id}`, status: 'stopped', ...fields });

describe('productKey: one product at one dose', () => {
  it.each<[string, Partial<MedicationEntry>, Partial<MedicationEntry>, boolean]>([
    [
      'the same RxNorm code, other names',
      { rxnorm: ['1'], name: 'A' },
      { rxnorm: ['1'], name: 'B' },
      true,
    ],
    ['other RxNorm codes, the same name', { rxnorm: ['1'] }, { rxnorm: ['2'] }, false],
    [
      'no code: the name in any case and spacing',
      { name: 'Amlodipine  5 MG' },
      { name: ' amlodipine 5 mg ' },
      true,
    ],
    ['no code: other names', { name: 'Amlodipine 5 MG' }, { name: 'Amlodipine 10 MG' }, false],
    [
      'another written dose',
      { rxnorm: ['1'], doseAmount: { value: 1, unit: 'mg' } },
      { rxnorm: ['1'], doseAmount: { value: 2, unit: 'mg' } },
      false,
    ],
    [
      'no written dose: the strengths of the product',
      { rxnorm: ['1'], strengths: [{ name: 'a', strength: '5 mg' }] },
      { rxnorm: ['1'], strengths: [{ name: 'a', strength: '10 mg' }] },
      false,
    ],
    [
      'the same strengths',
      {
        rxnorm: ['1'],
        strengths: [
          { name: 'a', strength: '5 mg' },
          { name: 'b', strength: '1 mg' },
        ],
      },
      {
        rxnorm: ['1'],
        strengths: [
          { name: 'a', strength: '5 mg' },
          { name: 'b', strength: '1 mg' },
        ],
      },
      true,
    ],
  ])('%s', (_case, a, b, same) => {
    expect(productKey(entry(a)) === productKey(entry(b))).toBe(same);
  });

  it('combination strengths are joined with +', () => {
    const e = entry({
      rxnorm: ['9'],
      strengths: [
        { name: 'a', strength: '5 mg' },
        { name: 'b', strength: '1 mg' },
      ],
    });
    expect(productKey(e)).toBe('9|5 mg+1 mg');
  });
});

describe('continues: a record with no start never chains', () => {
  it.each([
    ['next without a start', { start: at(0) }, {}],
    ['neither has a start', {}, {}],
  ])('%s', (_case, prev, next) => {
    expect(continues(prev, next)).toBe(false);
  });
});

describe('medicationCourses', () => {
  it('orders sent out of date order chain in date order', () => {
    const courses = medicationCourses([
      order('c', { start: at(730) }),
      order('a', { start: at(0) }),
      order('b', { start: at(365) }),
    ]);
    expect(courses.map((c) => c.entries.map((e) => e.id))).toEqual([
      ['MedicationRequest/a', 'MedicationRequest/b', 'MedicationRequest/c'],
    ]);
  });

  it('a gap splits a chain into two courses, oldest first', () => {
    const courses = medicationCourses([
      order('late', { start: at(2000) }),
      order('a', { start: at(0) }),
      order('b', { start: at(365) }),
    ]);
    expect(courses.map((c) => [c.from, c.entries.length])).toEqual([
      [at(0), 2],
      [at(2000), 1],
    ]);
  });

  it.each<[string, Partial<MedicationEntry>, number]>([
    ['status unknown chains', { status: 'unknown' }, 1],
    ['on hold chains', { status: 'on-hold' }, 1],
    ['a plan stays alone', { intent: 'plan' }, 2],
    ['cancelled (never started) stays alone', { status: 'cancelled' }, 2],
  ])('%s', (_case, fields, count) => {
    const courses = medicationCourses([
      order('a', { start: at(0) }),
      order('b', { start: at(30), ...fields }),
    ]);
    expect(courses).toHaveLength(count);
  });

  it('an undated record is its own course, before the dated ones', () => {
    const courses = medicationCourses([order('d', { start: at(5) }), order('u', {})]);
    expect(courses.map((c) => c.last.id)).toEqual(['MedicationRequest/u', 'MedicationRequest/d']);
    expect(courses[0]).not.toHaveProperty('from');
  });

  it.each<[string, Partial<MedicationEntry>, object, string[]]>([
    [
      'an end date: to, its precision, reason end',
      { start: at(0), startPrecision: 'day', end: at(50), endPrecision: 'month' },
      { from: at(0), fromPrecision: 'day', to: at(50), toPrecision: 'month', toReason: 'end' },
      [],
    ],
    [
      'an end date without precision',
      { start: at(0), end: at(50) },
      { to: at(50), toReason: 'end' },
      ['fromPrecision', 'toPrecision'],
    ],
    [
      'stopped without an end: to its start, with the start precision',
      { start: at(9), startPrecision: 'year' },
      { to: at(9), toPrecision: 'year', toReason: 'unknown' },
      [],
    ],
    [
      'status unknown without an end: the same',
      { status: 'unknown', start: at(9) },
      { to: at(9), toReason: 'unknown' },
      ['toPrecision'],
    ],
    [
      'still taking: no end',
      { status: 'active', start: at(9) },
      {},
      ['to', 'toReason', 'pausedFrom'],
    ],
    [
      'on hold: paused from its start',
      { status: 'on-hold', start: at(9) },
      { pausedFrom: at(9) },
      ['to'],
    ],
    ['cancelled without dates: nothing', { status: 'cancelled' }, {}, ['from', 'to', 'toReason']],
  ])('%s', (_case, fields, has, lacks) => {
    const [c] = medicationCourses([order('a', fields)]);
    expect(c).toMatchObject(has);
    for (const k of lacks) expect(c).not.toHaveProperty(k);
  });

  it.each<[string, Partial<MedicationEntry>, number, object]>([
    [
      'ended before death: unchanged',
      { start: at(0), end: at(50), endPrecision: 'day' },
      at(60),
      { to: at(50), toReason: 'end', toPrecision: 'day' },
    ],
    [
      'ended the moment of death: unchanged',
      { start: at(0), end: at(60) },
      at(60),
      { to: at(60), toReason: 'end' },
    ],
    [
      'ending after death: death',
      { start: at(0), end: at(90), endPrecision: 'day' },
      at(60),
      { to: at(60), toReason: 'death' },
    ],
    [
      'ongoing: death',
      { status: 'active', start: at(0) },
      at(60),
      { to: at(60), toReason: 'death' },
    ],
  ])('%s', (_case, fields, deceasedAt, expected) => {
    const [c] = medicationCourses([order('a', fields)], { deceasedAt });
    expect(c).toMatchObject(expected);
    if ((expected as { toReason: string }).toReason === 'death')
      expect(c).not.toHaveProperty('toPrecision');
  });
});
