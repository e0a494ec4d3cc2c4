/** The summary over partial data: no number or claim of absence for a window that did not load. */
import { describe, expect, it } from 'vitest';
import { summarize } from './bp-summary';
import { coverageOf } from './bp-summary-coverage';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { DAY } from './time';

const NOW = local(2026, 3, 20, 22, 0);
const base = {
  now: NOW,
  timeZone: TZ,
  thresholdSet: '135/85',
  from: NOW - 30 * DAY,
  audience: 'clinician',
  deceased: false,
} as const;
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
      'Home average last 14 days 138/86 from 26 readings, above goal; 1 severe reading on 23 Feb.',
      { latest: undefined, avg14: false, period: false, sustained: true },
    ],
    [
      'newest-first partial covering the 14 days but not the period',
      coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 20 * DAY }),
      `Home average last 14 days 138/86 from 26 readings, above goal; 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: false, avg14: false, period: true, sustained: true },
    ],
    [
      'newest-first partial not covering the 14 days',
      coverageOf({ ...failed, newestFirst: true, oldestLoaded: NOW - 5 * DAY }),
      `Home average last 14 days: ${MISSING}; latest reading 138/86 on 20 Mar (today); 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: false, avg14: true, period: true, sustained: false },
    ],
    [
      'unsorted partial: nothing known complete',
      coverageOf({ ...failed, newestFirst: false, oldestLoaded: NOW - 40 * DAY }),
      `Home average last 14 days: ${MISSING}; latest loaded reading 138/86 on 20 Mar (today); 1 severe reading loaded on 23 Feb (${MISSING}).`,
      { latest: true, avg14: true, period: true, sustained: false },
    ],
  ])('%s', (_name, coverage, sentence, want) => {
    const s = summarize(readings, { ...base, ...(coverage ? { coverage } : {}) });
    expect(s.sentence).toBe(sentence);
    expect(s.incomplete?.latest).toBe(want.latest);
    expect(s.incomplete?.averages[14] ?? false).toBe(want.avg14);
    expect(s.incomplete?.period ?? false).toBe(want.period);
    expect(s.matters.some((m) => m.kind === 'sustained-high')).toBe(want.sustained);
    if (want.avg14) expect(s.goal).toBe('insufficient');
  });

  it('never claims absence for an incomplete window', () => {
    const unsorted = coverageOf({ ...failed, newestFirst: false, oldestLoaded: NOW - DAY });
    const old = [reading(local(2021, 9, 15, 8), 130, 80)];
    const s = summarize(old, { ...base, coverage: unsorted });
    expect(s.sentence).toBe(
      `Home average last 14 days: ${MISSING}; latest loaded reading 130/80 on 15 Sept 2021 (4 years ago); severe readings in this period: ${MISSING}.`,
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
