import fc from 'fast-check';
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
  subject: { reference: 'Patient/p' },
  ...extra,
});

describe('readBpGoals: the shapes a BP goal arrives in', () => {
  it.each([
    [
      'systolic and diastolic targets with "<"',
      goal({ target: [target('8480-6', 140, '<'), target('8462-4', 90, '<')] }),
      { systolic: 140, diastolic: 90 },
    ],
    [
      '"<=" 129/79 is below 130/80',
      goal({ target: [target('8480-6', 129, '<='), target('8462-4', 79, '<=')] }),
      { systolic: 130, diastolic: 80 },
    ],
    [
      'no comparator: "goal 130/80" means below it',
      goal({ target: [target('8480-6', 130), target('8462-4', 80)] }),
      { systolic: 130, diastolic: 80 },
    ],
    [
      'a range up to 139/89',
      goal({
        target: [
          {
            measure: { coding: [{ system: LOINC, code: '8480-6' }] },
            detailRange: { high: { value: 139 } },
          },
          {
            measure: { coding: [{ system: LOINC, code: '8462-4' }] },
            detailRange: { high: { value: 89 } },
          },
        ],
      }),
      { systolic: 140, diastolic: 90 },
    ],
    [
      'the BP panel with "130/80" as detailString',
      goal({
        target: [
          { measure: { coding: [{ system: LOINC, code: '85354-9' }] }, detailString: '<130/80' },
        ],
      }),
      { systolic: 130, diastolic: 80 },
    ],
    [
      'only a description text ("BP < 135/85")',
      goal({ description: { text: 'BP < 135/85' } }),
      { systolic: 135, diastolic: 85 },
    ],
    [
      'a unit written against the number ("BP below 130/80mmHg")',
      goal({ description: { text: 'BP below 130/80mmHg' } }),
      { systolic: 130, diastolic: 80 },
    ],
    [
      'the measure coded in another system beside LOINC, in any order',
      goal({
        target: [
          {
            ...target('8462-4', 85, '<'),
            measure: {
              coding: [
                { system: 'urn:local', code: 'DBP' },
                { system: LOINC, code: '8462-4' },
              ],
            },
          },
          target('8480-6', 135, '<'),
        ],
      }),
      { systolic: 135, diastolic: 85 },
    ],
  ])('%s', (_name, resource, want) => {
    const r = readBpGoals([resource]);
    expect(r.goals).toEqual([{ id: 'Goal/g1', ...want }]);
    expect(r.unreadable).toEqual([]);
  });

  it.each([
    ['proposed', false],
    ['planned', false],
    ['on-hold', false],
    ['completed', false],
    ['cancelled', false],
    ['entered-in-error', false],
    ['rejected', false],
    ['accepted', true],
    ['active', true],
  ])('lifecycleStatus %s counts: %s', (status, counts) => {
    const r = readBpGoals([
      goal({ lifecycleStatus: status, description: { text: 'BP below 140/90' } }),
    ]);
    expect(r.goals.length > 0).toBe(counts);
  });

  it('ignores goals about something else (weight, HbA1c)', () => {
    const weight = goal({ description: { text: 'Lose 5 kg' }, target: [target('29463-7', 80)] });
    expect(readBpGoals([weight])).toEqual({ goals: [], unreadable: [] });
  });

  it.each([
    ['a systolic target only', goal({ target: [target('8480-6', 140, '<')] })],
    [
      'a "greater than" target',
      goal({ target: [target('8480-6', 100, '>'), target('8462-4', 60, '>')] }),
    ],
    ['a value that is text', goal({ target: [target('8480-6', '140'), target('8462-4', '90')] })],
    ['implausible numbers (1300/90)', goal({ description: { text: 'BP < 1300/90' } })],
  ])('counts a BP goal it cannot read: %s', (_name, resource) => {
    const r = readBpGoals([resource]);
    expect(r.goals).toEqual([]);
    expect(r.unreadable).toHaveLength(1);
  });

  it('the most recently set goal comes first; an undated one after dated ones', () => {
    const r = readBpGoals([
      goal({ id: 'old', startDate: '2020-01-01', description: { text: 'BP < 150/90' } }),
      goal({ id: 'none', description: { text: 'BP < 120/80' } }),
      goal({ id: 'new', startDate: '2025-06-01', description: { text: 'BP < 140/90' } }),
    ]);
    expect(r.goals.map((g) => g.id)).toEqual(['Goal/new', 'Goal/old', 'Goal/none']);
  });

  it('never throws on JSON of any shape', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.jsonValue(),
            fc.record({
              resourceType: fc.constant('Goal'),
              target: fc.jsonValue(),
              description: fc.jsonValue(),
              lifecycleStatus: fc.jsonValue(),
            }),
          ),
        ),
        (xs) => {
          const r = readBpGoals(xs);
          expect(Array.isArray(r.goals)).toBe(true);
        },
      ),
    );
  });
});
