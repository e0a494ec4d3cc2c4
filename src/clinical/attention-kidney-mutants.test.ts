/**
 * Kidney function after a RAAS blocker, MRA or diuretic change (KDIGO 2021, practice point 3.2.3): each
 * boundary the mutation run found unpinned, one named case each (rule in attention-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { kidneyOf as run, started, type Point } from '../../mocks/test-data/attention-fixtures';

describe('kidney after a change: the item as a whole', () => {
  it('creatinine up 40 %, dated by the latest result (creatinine), eGFR measured earlier', () => {
    expect(
      run(
        [
          [75, 1.0],
          [10, 1.4],
        ],
        [
          [75, 74],
          [20, 58, 'L'],
        ],
      ),
    ).toEqual([
      {
        kind: 'kidney',
        key: 'kidney-after-change',
        severity: 'warning',
        title: 'Creatinine up 40 % and eGFR 58 (Low) after the lisinopril dose change',
        detail:
          'creatinine 1.4 mg/dL, up 40 % from 1; eGFR 58 (Low), from 74 (latest 10 Mar; Lisinopril 10 mg → 20 mg on 3 Feb). KDIGO 2021: a creatinine rise of more than 30 % after starting or increasing a RAAS blocker warrants review.',
        evidence: { kind: 'lab', key: 'creatinine' },
      },
    ]);
  });
  it.each([
    [
      'eGFR only, with no baseline',
      undefined,
      [[10, 55, 'L']] as Point[],
      'eGFR 55 (Low) (latest 10 Mar',
    ],
    [
      'a creatinine test with no results, and eGFR',
      [] as Point[],
      [
        [75, 70],
        [10, 55, 'L'],
      ] as Point[],
      'eGFR 55 (Low), from 70 (latest',
    ],
  ])('%s: the eGFR line and link, "eGFR" spelled as it is', (_name, c, g, detail) => {
    const [item] = run(c, g);
    expect(item?.title).toBe(`eGFR 55 (Low) after the lisinopril dose change`);
    expect(item?.detail.startsWith(detail)).toBe(true);
    expect(item?.evidence).toEqual({ kind: 'lab', key: 'egfr' });
  });
});

describe('kidney after a change: when it is raised', () => {
  it.each([
    [
      'no renal-acting change at all',
      [
        [75, 1.0],
        [10, 1.5, 'H'],
      ],
      undefined,
      [started('a', 'amlodipine 5 MG Oral Tablet', 45)],
      0,
    ],
    [
      'a 50 % rise measured the moment of the change',
      [
        [75, 1.0],
        [45, 1.5],
      ],
      undefined,
      undefined,
      1,
    ],
    [
      'a baseline of 0 is no baseline (flagged high, nothing to compare)',
      [
        [75, 0],
        [10, 1.5, 'H'],
      ],
      undefined,
      undefined,
      0,
    ],
    [
      'flagged high but the same as before',
      [
        [75, 1.5, 'H'],
        [10, 1.5, 'H'],
      ],
      undefined,
      undefined,
      0,
    ],
    [
      'flagged high and falling',
      [
        [75, 1.6, 'H'],
        [10, 1.5, 'H'],
      ],
      undefined,
      undefined,
      0,
    ],
    [
      'only the latest creatinine counts (an earlier peak does not)',
      [
        [75, 1.0],
        [30, 1.5],
        [10, 1.05],
      ],
      undefined,
      undefined,
      0,
    ],
    [
      'only the latest eGFR counts (an earlier low one does not)',
      [
        [75, 1.0],
        [10, 1.0],
      ],
      [
        [75, 74],
        [30, 58, 'L'],
        [10, 72],
      ],
      undefined,
      0,
    ],
    [
      'eGFR low but measured before the change',
      [
        [75, 1.0],
        [10, 1.0],
      ],
      [
        [75, 70],
        [50, 55, 'L'],
      ],
      undefined,
      0,
    ],
    [
      'eGFR low measured the moment of the change',
      undefined,
      [
        [75, 70],
        [45, 55, 'L'],
      ],
      undefined,
      1,
    ],
    [
      'eGFR low and the same as before',
      undefined,
      [
        [75, 55, 'L'],
        [10, 55, 'L'],
      ],
      undefined,
      0,
    ],
  ] as const)('%s', (_name, c, g, entries, n) => {
    const copy = (xs: readonly (readonly [number, number, string?])[] | undefined) =>
      xs?.map((x) => [...x] as Point);
    expect(run(copy(c), copy(g), entries ? [...entries] : undefined)).toHaveLength(n);
  });
});
