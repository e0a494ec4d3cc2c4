/**
 * The verdict's every branch as a whole (bp-verdict.ts: 2025 AHA/ACC goal, home first, office with its
 * own goal): headline, sentence and evidence lines, one named case each, so a changed word, branch or
 * boundary shows (the mutation run found them unpinned).
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import type { BpReading } from '../fhir/bp-types';
import { homeAverage } from './bp-average';
import { resolveGoal } from './bp-goal';
import { bpVerdict, type VerdictOptions } from './bp-verdict';
import { localHour } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const sorted = (xs: BpReading[]) => [...xs].sort((a, b) => a.time - b.time);
const office = (s: number, d: number) =>
  reading(local(2026, 3, 10, 10), s, d, { setting: 'office' });
const verdict = (readings: BpReading[], extra: Partial<VerdictOptions> = {}, now = NOW) =>
  bpVerdict(readings, {
    goal: resolveGoal({}),
    now,
    timeZone: TZ,
    rolling30: homeAverage(readings, 30, now, TZ),
    ...extra,
  });
const words = (v: ReturnType<typeof bpVerdict>) => ({
  control: v.control,
  basis: v.basis,
  headline: v.headline,
  sentence: v.sentence,
  evidence: v.evidence,
});
const OFFICE_ABOVE =
  'Office: 150/95 from 1 reading in the last 30 days, at or above the office goal of 130/80';

describe('the verdict from home readings', () => {
  it.each([
    ['above goal', 134, 83, 'above-goal', 'Above goal'],
    ['at goal', 124, 76, 'at-goal', 'At goal'],
  ] as const)('%s: headline, sentence and period', (_name, s, d, control, headline) => {
    expect(words(verdict(twiceDaily([2026, 3, 20], 7, s, d)))).toEqual({
      control,
      basis: 'home',
      headline,
      sentence: `${headline}: home average ${s}/${d} over the last 7 days, goal below 130/80`,
      evidence: [
        '14 Mar – 20 Mar: 12 readings, 6 morning and 6 evening, first day left out (2 readings)',
      ],
    });
  });
  it.each([
    [
      'nothing measured on the first day',
      twiceDaily([2026, 3, 20], 6, 130, 80),
      NOW,
      '14 Mar – 20 Mar: 12 readings, 6 morning and 6 evening, first day left out',
    ],
    [
      'before today’s first reading: the period up to yesterday',
      twiceDaily([2026, 3, 19], 7, 130, 80),
      local(2026, 3, 20, 6),
      '13 Mar – 19 Mar (up to yesterday): 12 readings, 6 morning and 6 evening, first day left out (2 readings)',
    ],
  ])('%s', (_name, readings, now, line) => {
    expect(verdict(readings, {}, now).evidence).toEqual([line]);
  });
  it('an office mean at or above its goal is stated beside the home verdict', () => {
    const v = verdict(sorted([...twiceDaily([2026, 3, 20], 7, 124, 76), office(150, 95)]));
    expect(v.evidence.at(-1)).toBe(OFFICE_ABOVE);
  });
  it('an interpolated home goal says so in the goal line', () => {
    const v = verdict(twiceDaily([2026, 3, 20], 7, 124, 76), {
      goal: resolveGoal({ practice: { systolic: 150, diastolic: 90 } }),
    });
    expect(v.goalLine).toBe(
      'Goal: below 140/85 at home, 150/90 in the office (Practice goal; home value interpolated from the guideline table)',
    );
  });
});

describe('the verdict from office readings, with no home readings in 30 days', () => {
  it('at goal in the office', () => {
    expect(words(verdict([office(124, 76)]))).toEqual({
      control: 'at-goal',
      basis: 'office',
      headline: 'At goal in the office',
      sentence:
        'At goal in the office: 124/76 from 1 office reading, goal below 130/80; no home readings in the last 30 days',
      evidence: [
        'Office: 124/76 from 1 reading in the last 30 days, below the office goal of 130/80',
        'No home readings in the last 30 days',
      ],
    });
  });
  it('home readings in the last 30 days, too few for an average: no office verdict', () => {
    const v = verdict(sorted([...twiceDaily([2026, 3, 20], 3, 124, 76), office(150, 95)]));
    expect(words(v)).toMatchObject({ control: 'no-verdict', basis: 'none' });
    expect(v.evidence.at(-1)).toBe(OFFICE_ABOVE);
  });
});

describe('no verdict: what is missing', () => {
  it.each([
    ['nothing at all', [], '12 more home readings needed (morning and evening)', 0],
    [
      'evenings only',
      twiceDaily([2026, 3, 20], 4, 130, 80).filter((r) => localHour(r.time, TZ) >= 12),
      '8 more home readings needed, at least one in the morning',
      4,
    ],
    [
      'mornings only',
      twiceDaily([2026, 3, 20], 4, 130, 80).filter((r) => localHour(r.time, TZ) < 12),
      '8 more home readings needed, at least one in the evening',
      4,
    ],
  ])('%s', (_name, readings, need, usable) => {
    const v = verdict(readings);
    expect(v.headline).toBe('No verdict yet');
    expect(v.evidence[0]).toBe(
      `Last 7 days: ${usable} usable home reading${usable === 1 ? '' : 's'} of the 12 needed`,
    );
    expect(v.evidence[1]?.startsWith(`${need}; measuring morning and evening`)).toBe(true);
  });
  it('the ready day is the patient’s own calendar day (Tokyo, ahead of UTC)', () => {
    const tz = 'Asia/Tokyo';
    const now = local(2026, 3, 20, 22, 0, tz);
    const v = bpVerdict([], {
      goal: resolveGoal({}),
      now,
      timeZone: tz,
      rolling30: homeAverage([], 30, now, tz),
    });
    expect(v.sentence).toMatch(/possible from 26 Mar$/);
  });
  it.each([
    [
      'the patient has died',
      { deceased: true },
      'No current verdict',
      'No verdict on control: the patient has died',
    ],
    [
      'the window did not fully load',
      { incomplete: 'some readings could not be loaded' },
      'No verdict yet',
      'No verdict on control: some readings could not be loaded',
    ],
  ])('%s: no verdict, the office line kept', (_name, extra, headline, sentence) => {
    const home = twiceDaily([2026, 3, 20], 7, 150, 95);
    expect(words(verdict(home, extra))).toEqual({
      control: 'no-verdict',
      basis: 'none',
      headline,
      sentence,
      evidence: [],
    });
    expect(verdict(sorted([...home, office(150, 95)]), extra).evidence).toEqual([OFFICE_ABOVE]);
  });
});
