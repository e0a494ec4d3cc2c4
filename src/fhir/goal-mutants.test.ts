/**
 * readBpGoals (FHIR R4 Goal) at each boundary the mutation run found unpinned: which values are a
 * plausible goal, where each half of the pair may come from, and what an unreadable goal reports.
 */
import { describe, expect, it } from 'vitest';
import { readBpGoals } from './goal';

const LOINC = 'http://loinc.org';
const target = (code: string, value: unknown, comparator?: string) => ({
  measure: { coding: [{ system: LOINC, code }] },
  detailQuantity: { value, ...(comparator ? { comparator } : {}), unit: 'mmHg' },
});
const goal = (extra: Record<string, unknown>) => ({
  resourceType: 'Goal',
  id: 'g1',
  lifecycleStatus: 'active',
  ...extra,
});
const pairOf = (r: ReturnType<typeof readBpGoals>) =>
  r.goals.map((g) => `${g.systolic}/${g.diastolic}`);

describe('plausible goal values: systolic 90–200, diastolic 50–120, diastolic below systolic', () => {
  it.each([
    ['90/50, the lowest read', '90/50', true],
    ['89/50: systolic too low', '89/50', false],
    ['200/120, the highest read', '200/120', true],
    ['201/100: systolic too high', '201/100', false],
    ['100/49: diastolic too low', '100/49', false],
    ['150/121: diastolic too high', '150/121', false],
    ['111/110: diastolic just below systolic', '111/110', true],
    ['110/110: diastolic not below systolic', '110/110', false],
    ['300/90: a typo', '300/90', false],
  ])('%s', (_name, pair, read) => {
    const r = readBpGoals([goal({ description: { text: `BP < ${pair}` } })]);
    expect(pairOf(r)).toEqual(read ? [pair] : []);
    expect(r.unreadable).toEqual(
      read ? [] : [{ id: 'Goal/g1', reason: 'no readable systolic and diastolic target' }],
    );
  });
});

describe('where the pair comes from', () => {
  it.each([
    [
      'systolic from a target, diastolic from the description',
      goal({ target: [target('8480-6', 140, '<')], description: { text: 'BP below 135/85' } }),
      ['140/85'],
    ],
    [
      'diastolic from a target, systolic from the description',
      goal({ target: [target('8462-4', 90, '<')], description: { text: 'BP below 135/85' } }),
      ['135/90'],
    ],
    [
      'both targets win over the description',
      goal({
        target: [target('8480-6', 140, '<'), target('8462-4', 90, '<')],
        description: { text: 'BP below 135/85' },
      }),
      ['140/90'],
    ],
    [
      'one target object, not an array',
      goal({
        target: {
          measure: { coding: [{ system: LOINC, code: '85354-9' }] },
          detailString: '130/80',
        },
      }),
      ['130/80'],
    ],
    [
      'BP targets beside a weight target, the description silent about BP',
      goal({
        description: { text: 'Healthy lifestyle' },
        target: [target('29463-7', 80), target('8480-6', 140, '<'), target('8462-4', 90, '<')],
      }),
      ['140/90'],
    ],
    [
      'a ">=" target is a floor, not a goal to stay below',
      goal({ target: [target('8480-6', 100, '>='), target('8462-4', 90, '<')] }),
      [],
    ],
    [
      'not a Goal resource, though shaped like one',
      { ...goal({ description: { text: 'BP < 130/80' } }), resourceType: 'CarePlan' },
      [],
    ],
  ])('%s', (_name, resource, pairs) => {
    expect(pairOf(readBpGoals([resource]))).toEqual(pairs);
  });
  it.each([
    ['no id', undefined],
    ['an id that is not text', 42],
  ])('%s: the goal is named Goal/?', (_name, id) => {
    const r = readBpGoals([{ ...goal({ description: { text: 'BP < 130/80' } }), id }]);
    expect(r.goals.map((g) => g.id)).toEqual(['Goal/?']);
  });
  it('statusDate when there is no startDate: when it was set', () => {
    const r = readBpGoals([
      goal({ statusDate: '2025-03-03', description: { text: 'BP < 130/80' } }),
    ]);
    expect(r.goals[0]?.set?.text).toBe('2025-03-03');
  });
});
