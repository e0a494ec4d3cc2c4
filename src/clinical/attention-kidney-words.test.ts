/**
 * The words of the kidney item (KDIGO 2021 rule in attention-rules.ts) when eGFR raised it, or a test
 * had no result: pinned because the mutation run found them unchecked.
 */
import { describe, expect, it } from 'vitest';
import {
  analyte,
  kidneyOf as run,
  lisinoprilIncrease,
  meds,
  o,
  type Point,
} from '../../mocks/test-data/attention-fixtures';
import { kidneyAfterChange } from './attention-rules';

describe('kidney after a change: the creatinine words when eGFR raised it', () => {
  it.each([
    [
      'no rise',
      [
        [75, 1.0],
        [10, 1.0],
      ],
      'Creatinine 1 mg/dL and eGFR 58 (Low)',
      'creatinine 1 mg/dL; eGFR',
    ],
    [
      'a fall',
      [
        [75, 1.0],
        [10, 0.9],
      ],
      'Creatinine 0.9 mg/dL and eGFR 58 (Low)',
      'creatinine 0.9 mg/dL; eGFR',
    ],
    [
      'no baseline, flagged high',
      [[10, 1.4, 'H']],
      'Creatinine 1.4 mg/dL and eGFR 58 (Low)',
      'creatinine 1.4 mg/dL (High); eGFR',
    ],
    [
      'a small rise',
      [
        [75, 1.0],
        [10, 1.1],
      ],
      'Creatinine up 10 % and eGFR 58 (Low)',
      'creatinine 1.1 mg/dL, up 10 % from 1; eGFR',
    ],
  ] as const)('%s', (_name, c, title, detail) => {
    const [item] = run(
      c.map((x) => [...x] as Point),
      [
        [75, 74],
        [10, 58, 'L'],
      ],
    );
    expect(item?.title).toBe(`${title} after the lisinopril dose change`);
    expect(item?.detail.startsWith(detail)).toBe(true);
  });
});

describe('kidney after a change: tests with no result, and no unit', () => {
  it('an eGFR test with no results: the creatinine rise alone', () => {
    expect(
      run(
        [
          [75, 1.0],
          [10, 1.4],
        ],
        [],
      )[0]?.title,
    ).toBe('Creatinine up 40 % after the lisinopril dose change');
  });
  it('a creatinine without a unit: none printed', () => {
    const [item] = kidneyAfterChange(
      [
        analyte('creatinine', '', [
          [75, 1.0],
          [10, 1.4],
        ]),
      ],
      meds(lisinoprilIncrease(45)),
      o,
    );
    expect(item?.detail.startsWith('creatinine 1.4, up 40 % from 1 (latest')).toBe(true);
  });
});
