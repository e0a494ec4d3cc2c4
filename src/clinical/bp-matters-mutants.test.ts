/**
 * "Readings that matter" item by item (bp-matters.ts: severe above 180/120 and low below 90/60 per
 * ACC/AHA 2017; a sustained home average above goal; white-coat and masked patterns), each field of
 * each kind pinned, newest first, with and without advice.
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import { ADVICE, type AdviceContext } from './bp-advice';
import { homeAverage } from './bp-average';
import type { BpPattern, OfficeHomeComparison } from './bp-compare';
import { readingsThatMatter } from './bp-matters';

const NOW = local(2026, 3, 20, 22, 0);
const clinician: AdviceContext = { now: NOW, audience: 'clinician', deceased: false };
const GOAL = { systolic: 130, diastolic: 80 };
const week = (s: number, d: number) => homeAverage(twiceDaily([2026, 3, 20], 7, s, d), 7, NOW, TZ);
const comparison = (pattern: BpPattern): OfficeHomeComparison => ({
  office: { systolic: 142, diastolic: 88, count: 2 },
  home: week(124, 76),
  pattern,
});

describe('each kind of reading that matters, as a whole', () => {
  it('a severe and a low reading, newest first; an average reading is not one', () => {
    const severe = reading(local(2026, 3, 20, 8), 186, 124);
    const low = reading(local(2026, 3, 12, 8), 86, 58, { datePrecision: 'day' });
    const deviceAverage = reading(local(2026, 3, 19, 8), 190, 125, { kind: 'average' });
    const out = readingsThatMatter([low, deviceAverage, severe], {
      threshold: GOAL,
      advice: clinician,
    });
    expect(out).toEqual([
      {
        kind: 'severe',
        key: severe.id,
        readingId: severe.id,
        time: severe.time,
        datePrecision: 'time',
        systolic: 186,
        diastolic: 124,
        title: 'Severe reading (above 180/120)',
        advice: ADVICE.severeRecent.clinician,
      },
      {
        kind: 'low',
        key: low.id,
        readingId: low.id,
        time: low.time,
        datePrecision: 'day',
        systolic: 86,
        diastolic: 58,
        title: 'Low reading (below 90/60)',
        advice: ADVICE.low.clinician,
      },
    ]);
  });
  it('a home average above goal', () => {
    const avg = week(134, 83);
    expect(
      readingsThatMatter([], { homeAverage: avg, threshold: GOAL, advice: clinician }),
    ).toEqual([
      {
        kind: 'sustained-high',
        key: 'average-7',
        time: avg.to,
        systolic: 134,
        diastolic: 83,
        title: 'Home average over 7 days above goal (130/80)',
        advice: ADVICE['sustained-high'].clinician,
      },
    ]);
  });
  it.each([
    ['white-coat', 'White-coat pattern: above goal in the office, at goal at home'],
    ['masked', 'Masked pattern: at goal in the office, above goal at home'],
  ] as const)('the %s pattern', (pattern, title) => {
    const c = comparison(pattern);
    expect(readingsThatMatter([], { comparison: c, threshold: GOAL, advice: clinician })).toEqual([
      {
        kind: 'pattern',
        key: `pattern-${pattern}`,
        time: c.home.to,
        systolic: 142,
        diastolic: 88,
        title,
        advice: ADVICE.pattern.clinician,
      },
    ]);
  });
});

describe('when nothing matters', () => {
  it.each([
    ['a home average at goal', { homeAverage: week(124, 76) }],
    [
      'a home average above goal from too few readings',
      { homeAverage: homeAverage(twiceDaily([2026, 3, 20], 3, 150, 95), 7, NOW, TZ) },
    ],
    [
      'above goal in both settings: no pattern to point out',
      { comparison: comparison('above-both') },
    ],
    ['at goal in both settings', { comparison: comparison('at-goal-both') }],
    ['a reading in the normal range', {}],
  ])('%s', (_name, extra) => {
    const r = reading(local(2026, 3, 20, 8), 124, 76);
    expect(readingsThatMatter([r], { threshold: GOAL, advice: clinician, ...extra })).toEqual([]);
  });
  it('after death: the items stay, with no advice', () => {
    const out = readingsThatMatter([reading(local(2026, 3, 20, 8), 186, 124)], {
      homeAverage: week(134, 83),
      comparison: comparison('masked'),
      threshold: GOAL,
      advice: { ...clinician, deceased: true },
    });
    expect(out.map((m) => [m.kind, 'advice' in m])).toEqual([
      ['sustained-high', false],
      ['pattern', false],
      ['severe', false],
    ]);
  });
});
