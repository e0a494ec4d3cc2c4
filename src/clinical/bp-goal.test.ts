import { describe, expect, it } from 'vitest';
import { homeEquivalent, resolveGoal } from './bp-goal';

const bp = (systolic: number, diastolic: number) => ({ systolic, diastolic });

describe('home equivalent of an office goal (ACC/AHA 2017 Table 11, kept in 2025)', () => {
  it.each([
    ['120/80 is 120/80 at home', bp(120, 80), bp(120, 80), false],
    ['130/80 is 130/80 at home', bp(130, 80), bp(130, 80), false],
    ['140/90 is 135/85 at home', bp(140, 90), bp(135, 85), false],
    ['160/100 is 145/90 at home', bp(160, 100), bp(145, 90), false],
    ['150/90 lies between rows: 140/85', bp(150, 90), bp(140, 85), true],
    ['135/85 lies between rows: 133/83 (rounded)', bp(135, 85), bp(133, 83), true],
    ['140/85 matches a row in systolic only: interpolated, 135/83', bp(140, 85), bp(135, 83), true],
    ['below the table keeps the first row (no offset)', bp(110, 70), bp(110, 70), true],
    ['above the table keeps the last offset (-15/-10)', bp(170, 105), bp(155, 95), true],
  ])('%s', (_name, office, home, interpolated) => {
    expect(homeEquivalent(office)).toEqual({ home, interpolated });
  });
});

describe('which goal applies', () => {
  it.each([
    [
      'the guideline when nothing else is known',
      {},
      {
        source: 'guideline',
        office: bp(130, 80),
        home: bp(130, 80),
        text: '2025 AHA/ACC guideline',
      },
    ],
    [
      'the practice goal over the guideline',
      { practice: bp(140, 90) },
      { source: 'practice', office: bp(140, 90), home: bp(135, 85), text: 'Practice goal' },
    ],
    [
      "the patient's goal over the practice goal",
      {
        practice: bp(140, 90),
        patient: { office: bp(150, 90), goalId: 'Goal/g1', setText: '3 Mar 2025' },
      },
      {
        source: 'patient',
        office: bp(150, 90),
        home: bp(140, 85),
        text: "Patient's goal, set 3 Mar 2025",
      },
    ],
    [
      "a patient's goal without a date",
      { patient: { office: bp(130, 80), goalId: 'Goal/g2' } },
      { source: 'patient', office: bp(130, 80), home: bp(130, 80), text: "Patient's goal" },
    ],
  ] as const)('%s', (_name, input, want) => {
    const g = resolveGoal(input);
    expect(g.source).toBe(want.source);
    expect(g.office).toEqual(want.office);
    expect(g.home).toEqual(want.home);
    expect(g.sourceText).toBe(want.text);
  });

  it('keeps the Goal resource it came from, for the evidence link', () => {
    expect(resolveGoal({ patient: { office: bp(130, 80), goalId: 'Goal/g2' } }).goalId).toBe(
      'Goal/g2',
    );
    expect(resolveGoal({}).goalId).toBeUndefined();
  });
});
