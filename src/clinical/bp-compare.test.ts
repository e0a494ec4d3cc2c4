import { describe, expect, it } from 'vitest';
import type { HomeAverage } from './bp-average';
import { resolveGoal } from './bp-goal';
import { compareOfficeHome, patternText, type BpPattern } from './bp-compare';
import { local, reading } from '../../mocks/test-data/bp-readings';
import { DAY } from './time';

// Office vs home at corresponding values: ACC/AHA 2017 section 4.2, Figure 2 and Table 11.
const NOW = local(2026, 3, 20, 22, 0);
const FROM = local(2026, 3, 14, 0, 0);

const home = (systolic: number, diastolic: number, extra: Partial<HomeAverage> = {}) =>
  ({
    days: 7,
    systolic,
    diastolic,
    count: 12,
    morning: 6,
    evening: 6,
    droppedFirstDay: 2,
    sufficient: true,
    from: FROM,
    to: NOW,
    endsYesterday: false,
    ...extra,
  }) satisfies HomeAverage;

/** Office goal 140/90 (home 135/85) and the 2025 default 130/80 (home 130/80): bp-goal.ts. */
const GOALS = {
  '135/85': resolveGoal({ practice: { systolic: 140, diastolic: 90 } }),
  '130/80': resolveGoal({}),
} as const;
type HomeThresholdSet = keyof typeof GOALS;
const G135 = GOALS['135/85'];

const office = (time: number, s: number, d: number) => reading(time, s, d, { setting: 'office' });
const visit = local(2026, 3, 16, 10);

describe('compareOfficeHome: the pattern at corresponding values', () => {
  it.each([
    // [name, set, office s/d, home s/d, pattern]
    [
      'white coat (135/85 set: office 140/90 high, home 134/84 at goal)',
      '135/85',
      [140, 85],
      [134, 84],
      'white-coat',
    ],
    [
      'masked (135/85 set: office 139/89 at goal, home 135/80 high)',
      '135/85',
      [139, 89],
      [135, 80],
      'masked',
    ],
    ['above both (135/85 set)', '135/85', [150, 95], [140, 88], 'above-both'],
    ['at goal both (135/85 set)', '135/85', [139, 89], [134, 84], 'at-goal-both'],
    ['office diastolic alone is high (135/85 set)', '135/85', [120, 90], [120, 70], 'white-coat'],
    ['home diastolic alone is high (135/85 set)', '135/85', [120, 70], [120, 85], 'masked'],
    ['130/80 set: office 130/79 is high', '130/80', [130, 79], [120, 70], 'white-coat'],
    [
      '130/80 set: office 129/79 at goal, home 129/80 high',
      '130/80',
      [129, 79],
      [129, 80],
      'masked',
    ],
  ] as const)('%s', (_name, set: HomeThresholdSet, [os, od], [hs, hd], pattern: BpPattern) => {
    const result = compareOfficeHome([office(visit, os, od)], home(hs, hd), GOALS[set], NOW);
    expect(result?.pattern).toBe(pattern);
  });

  it('averages all office readings of the window, systolic and diastolic separately', () => {
    const readings = [office(visit, 150, 80), office(visit + 60_000, 130, 100)];
    expect(compareOfficeHome(readings, home(120, 70), G135, NOW)?.office).toEqual({
      systolic: 140,
      diastolic: 90,
      count: 2,
    });
  });

  it('returns the home average it compared with', () => {
    const h = home(120, 70);
    expect(compareOfficeHome([office(visit, 150, 95)], h, G135, NOW)?.home).toBe(h);
  });
});

describe('compareOfficeHome: which office readings', () => {
  it('office readings in the home window win over older ones', () => {
    const old = office(FROM - 10 * DAY, 180, 110);
    const recent = office(visit, 120, 70);
    const r = compareOfficeHome([old, recent], home(120, 70), G135, NOW);
    expect(r?.office).toEqual({ systolic: 120, diastolic: 70, count: 1 });
  });

  it.each([
    ['89 days back is used when the window has none', 89 * DAY, 1],
    ['exactly 90 days back is used', 90 * DAY, 1],
    ['91 days back is too old', 91 * DAY, undefined],
  ])('%s', (_name, ago, count) => {
    const r = compareOfficeHome([office(NOW - ago, 150, 95)], home(120, 70), G135, NOW);
    expect(r?.office.count).toBe(count);
  });

  it.each([
    ['a home reading', reading(visit, 150, 95)],
    ['an office average', reading(visit, 150, 95, { setting: 'office', kind: 'average' })],
    ['an office reading after now', office(NOW + 1, 150, 95)],
  ])('%s is no office reading: no comparison', (_name, r) => {
    expect(compareOfficeHome([r], home(120, 70), G135, NOW)).toBeUndefined();
  });

  it.each([
    ['an insufficient home average', home(120, 70, { sufficient: false })],
    ['a home average without a systolic mean', home(120, 70, { systolic: undefined })],
    ['a home average without a diastolic mean', home(120, 70, { diastolic: undefined })],
  ])('%s: no comparison', (_name, h) => {
    expect(compareOfficeHome([office(visit, 150, 95)], h, G135, NOW)).toBeUndefined();
  });
});

describe('patternText (a pattern, never a diagnosis)', () => {
  it.each([
    ['white-coat', 'White-coat pattern: above goal in the office, at goal at home'],
    ['masked', 'Masked pattern: at goal in the office, above goal at home'],
    ['above-both', 'Above goal in the office and at home'],
    ['at-goal-both', 'At goal in the office and at home'],
  ] as const)('%s', (pattern, text) => {
    expect(patternText(pattern)).toBe(text);
  });
});
