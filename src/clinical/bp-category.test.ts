import { describe, expect, it } from 'vitest';
import { belowThreshold, categoryLabel, categoryOf, isLow, isSevere } from './bp-category';

describe('categoryOf (ACC/AHA 2017, kept in 2025)', () => {
  it.each([
    [119, 79, 'normal'],
    [120, 79, 'elevated'],
    [120, 80, 'stage1'], // diastolic 80 is stage 1: the higher decides
    [129, 79, 'elevated'],
    [130, 79, 'stage1'],
    [130, 80, 'stage1'],
    [119, 80, 'stage1'],
    [139, 89, 'stage1'],
    [140, 89, 'stage2'],
    [139, 90, 'stage2'],
    [140, 90, 'stage2'],
    [180, 120, 'stage2'], // 180/120 is not yet severe: severe is >180 and/or >120
    [181, 120, 'severe'],
    [180, 121, 'severe'],
    [181, 121, 'severe'],
    [110, 125, 'severe'],
    [119.4, 79.4, 'normal'], // compared as displayed (whole mmHg)
    [119.5, 79, 'elevated'],
    [90, 60, 'normal'], // low is *below* 90/60
    [89, 70, 'low'], // systolic below 90
    [110, 59, 'low'], // diastolic below 60
    [112, 44, 'low'], // the low diastolic seen in real exports: never "Normal"
    [89.5, 60, 'normal'], // 89.5 displays as 90
    [125, 55, 'elevated'], // a hypertensive value outranks a low one
    [150, 55, 'stage2'],
  ] as const)('%s/%s is %s', (s, d, expected) => {
    expect(categoryOf(s, d)).toBe(expected);
  });

  it.each([
    [181, 80, true],
    [120, 121, true],
    [180, 120, false],
  ])('severe %s/%s: %s', (s, d, expected) => {
    expect(isSevere(s, d)).toBe(expected);
  });

  it.each([
    [89, 70, true],
    [90, 60, false],
    [100, 59, true],
    [150, 55, false],
  ])('low %s/%s: %s', (s, d, expected) => {
    expect(isLow(s, d)).toBe(expected);
  });

  it.each([
    ['a stricter 100/65 threshold', { systolic: 100, diastolic: 65 }, 95, 70, 'low'],
    ['a looser 85/55 threshold', { systolic: 85, diastolic: 55 }, 88, 58, 'normal'],
  ] as const)('low threshold is configurable: %s', (_name, low, s, d, expected) => {
    expect(categoryOf(s, d, low)).toBe(expected);
  });
});

const SETS = {
  '130/80': { systolic: 130, diastolic: 80 },
  '135/85': { systolic: 135, diastolic: 85 },
} as const;

describe('below a threshold (at the threshold value is not below)', () => {
  it.each([
    ['130/80', 129, 79, true],
    ['130/80', 130, 79, false],
    ['130/80', 129, 80, false],
    ['135/85', 134, 84, true],
    ['135/85', 135, 84, false],
    ['135/85', 134, 85, false],
  ] as const)('set %s: %s/%s below threshold is %s', (set, s, d, expected) => {
    expect(belowThreshold(s, d, SETS[set])).toBe(expected);
  });

  it.each([
    ['129.4 displays as 129: below 130/80', '130/80', 129.4, 79, true],
    ['129.5 displays as 130: at the threshold', '130/80', 129.5, 79, false],
    ['79.5 displays as 80: at the threshold', '130/80', 120, 79.5, false],
  ] as const)('values are compared as displayed: %s', (_name, set, s, d, expected) => {
    expect(belowThreshold(s, d, SETS[set])).toBe(expected);
  });
});

describe('categoryLabel (a reading category, never a diagnosis)', () => {
  it.each([
    ['low', 'Low'],
    ['normal', 'Normal'],
    ['elevated', 'Elevated'],
    ['stage1', 'Stage 1 range'],
    ['stage2', 'Stage 2 range'],
    ['severe', 'Severe range'],
  ] as const)('%s reads "%s"', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });

  it.each([
    ['a stricter 100/65 threshold makes 95/70 low', 95, 70, true],
    ['a stricter 100/65 threshold leaves 100/65 not low', 100, 65, false],
  ])('isLow takes the practice threshold: %s', (_name, s, d, expected) => {
    expect(isLow(s, d, { systolic: 100, diastolic: 65 })).toBe(expected);
  });
});
