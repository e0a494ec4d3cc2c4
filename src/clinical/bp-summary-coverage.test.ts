import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  incompleteText,
  latestKnown,
  windowComplete,
  type CoverageInput,
} from './bp-summary-coverage';

const T = Date.UTC(2026, 2, 10);
const base: CoverageInput = {
  failed: false,
  truncated: false,
  pagesLoaded: 3,
  newestFirst: true,
  oldestLoaded: T,
};

describe('coverageOf: the span that fully loaded', () => {
  it.each([
    ['complete: every page loaded', base, {}],
    [
      'newest-first partial: complete from the oldest loaded reading',
      { ...base, failed: true },
      { incomplete: { reason: 'failed', pagesLoaded: 3 }, completeFrom: T },
    ],
    [
      'newest-first truncated by the page cap',
      { ...base, truncated: true },
      { incomplete: { reason: 'truncated', pagesLoaded: 3 }, completeFrom: T },
    ],
    [
      'unsorted partial (order not verified): no span known complete',
      { ...base, failed: true, newestFirst: false },
      { incomplete: { reason: 'failed', pagesLoaded: 3 } },
    ],
    [
      'newest-first partial whose pages held no readable time',
      { ...base, failed: true, oldestLoaded: undefined },
      { incomplete: { reason: 'failed', pagesLoaded: 3 } },
    ],
  ])('%s', (_name, input, expected) => {
    expect(coverageOf(input)).toEqual(expected);
  });
});

describe('windowComplete / latestKnown', () => {
  const sortedPartial = coverageOf({ ...base, failed: true });
  const unsortedPartial = coverageOf({ ...base, failed: true, newestFirst: false });
  it.each([
    ['complete: any window', {}, T - 1e12, true, true],
    ['newest-first partial covering the window', sortedPartial, T + 1, true, true],
    ['newest-first partial not covering the window', sortedPartial, T - 1, false, true],
    // A reading at the same instant as the oldest loaded one may be on the failed page.
    ['window starting at the oldest loaded instant', sortedPartial, T, false, true],
    ['unsorted partial: no window, latest unknown', unsortedPartial, T + 1e9, false, false],
  ])('%s', (_name, coverage, from, complete, latest) => {
    expect(windowComplete(coverage, from)).toBe(complete);
    expect(latestKnown(coverage)).toBe(latest);
  });

  it('words the reason', () => {
    expect(incompleteText(coverageOf({ ...base, failed: true }))).toBe(
      'incomplete — some readings could not be loaded',
    );
    expect(incompleteText(coverageOf({ ...base, truncated: true }))).toMatch(/^incomplete — /);
    expect(incompleteText({ incomplete: { reason: 'loading', pagesLoaded: 2 } })).toBe(
      'incomplete — older readings are still loading',
    );
  });
});
