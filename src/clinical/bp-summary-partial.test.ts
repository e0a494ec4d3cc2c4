/** The summary over partial data: no number or claim of absence for a window that did not load. */
import { describe, expect, it } from 'vitest';
import { resolveGoal } from './bp-goal';
import { summarize } from './bp-summary';
import { coverageOf } from './bp-summary-coverage';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const base = {
  now: NOW,
  timeZone: TZ,
  goal: resolveGoal({ practice: { systolic: 140, diastolic: 90 } }),
  from: NOW - 30 * DAY,
  audience: 'clinician' as const,
  deceased: false,
};
// 30 days of twice-daily home readings above goal, and one severe office reading 25 days ago.
const readings = [
  reading(local(2026, 2, 23, 10), 186, 124, { setting: 'office' }),
  ...twiceDaily([2026, 3, 20], 20, 138, 86),
].sort((a, b) => a.time - b.time);
const failed = { failed: true, truncated: false, pagesLoaded: 2 };
const MISSING = 'incomplete — some readings could not be loaded';

describe('summarize with missing pages', () => {
  it.each([
    [
      'complete',
      undefined,
      'Above goal: home average 138/86 over the last 7 days, goal below 135/85; 1 severe reading on 23 Feb.',
      { latest: undefined, avg7: false, period: false, control: 'above-goal' },
    ],
    [
      'newest-first partial covering the 14 days but not the period',
      coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 20 * DAY }),
      `Above goal: home average 138/86 over the last 7 days, goal below 135/85; 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: false, avg7: false, period: true, control: 'above-goal' },
    ],
    [
      'newest-first partial not covering the 7 days: no verdict',
      coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 5 * DAY }),
      `No verdict on control: ${MISSING}; latest reading 138/86 on 20 Mar (today); 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: false, avg7: true, period: true, control: 'no-verdict' },
    ],
    [
      'unsorted partial: nothing known complete',
      coverageOf({ ...failed, newestFirst: false, oldestLoaded: NOW - 40 * DAY }),
      `No verdict on control: ${MISSING}; latest loaded reading 138/86 on 20 Mar (today); 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: true, avg7: true, period: true, control: 'no-verdict' },
    ],
  ])('%s', (_name, coverage, sentence, want) => {
    const s = summarize(readings, { ...base, ...(coverage ? { coverage } : {}) });
    expect(s.sentence).toBe(sentence);
    expect(s.incomplete?.latest).toBe(want.latest);
    expect(s.incomplete?.averages[7] ?? false).toBe(want.avg7);
    expect(s.incomplete?.period ?? false).toBe(want.period);
    expect(s.verdict.control).toBe(want.control);
  });

  it('never claims absence for an incomplete window', () => {
    const unsorted = coverageOf({ ...failed, newestFirst: false, oldestLoaded: NOW - DAY });
    const old = [reading(local(2021, 9, 15, 8), 130, 80)];
    const s = summarize(old, { ...base, coverage: unsorted });
    expect(s.sentence).toBe(
      `No verdict on control: ${MISSING}; latest loaded reading 130/80 on 15 Sept 2021 (4 years ago); severe readings in this period: ${MISSING}.`,
    );
    expect(s.sentence).not.toMatch(/No home readings|no severe readings/);
    expect(summarize([], { ...base, coverage: unsorted }).sentence).toBe(
      `Blood-pressure readings: ${MISSING}.`,
    );
  });

  it('drops the office/home comparison when its 90 days did not load', () => {
    const office = [reading(local(2026, 3, 18, 10), 150, 95, { setting: 'office' })];
    const all = [...readings, ...office].sort((a, b) => a.time - b.time);
    const covering = coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 100 * DAY });
    const short = coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 40 * DAY });
    expect(summarize(all, { ...base, coverage: covering }).comparison).toBeDefined();
    expect(summarize(all, { ...base, coverage: short }).comparison).toBeUndefined();
  });
});
