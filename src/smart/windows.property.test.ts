/**
 * Windows of a range never count a reading twice and never lose one: every instant, wherever it lies
 * (before the bound, in the future, on a boundary), falls in exactly one window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inWindow, splitWindows, windowDate } from './windows';

const YEAR = 365 * 86_400_000;
const T = Date.parse('2026-12-01T12:00:00Z');

const ranges = fc.record({
  withFrom: fc.boolean(),
  fromAgo: fc.integer({ min: 0, max: 30 * YEAR }),
  oldestAgo: fc.integer({ min: -YEAR, max: 30 * YEAR }),
  count: fc.integer({ min: -2, max: 64 }),
});

describe('splitWindows', () => {
  it('puts every instant in exactly one window, newest first, bounds touching', () => {
    fc.assert(
      fc.property(
        ranges,
        fc.array(fc.integer({ min: -40 * YEAR, max: 2 * YEAR })),
        (r, offsets) => {
          const from = r.withFrom ? T - r.fromAgo : undefined;
          const windows = splitWindows(
            { ...(from !== undefined ? { from } : {}), oldest: T - r.oldestAgo, to: T },
            r.count,
          );
          expect(windows.length).toBeGreaterThanOrEqual(1);
          expect(windows.length).toBeLessThanOrEqual(Math.max(1, r.count));
          expect(windows[0]?.to).toBeUndefined();
          expect(windows[windows.length - 1]?.from).toBe(from);
          windows.slice(1).forEach((w, i) => {
            expect(w.to).toBe(windows[i]?.from);
          });
          // The boundaries themselves and random instants around them.
          const instants = [
            ...offsets.map((o) => T + o),
            ...windows.flatMap((w) => (w.from !== undefined ? [w.from, w.from - 1] : [])),
          ];
          for (const t of instants) {
            const holding = windows.filter((w) => inWindow(t, w)).length;
            expect(holding).toBe(from === undefined || t >= from ? 1 : 0);
          }
        },
      ),
    );
  });

  it.each([
    ['no bounds at all', {}, {}],
    [
      'lower only',
      { from: Date.parse('2020-01-01T00:00:00Z') },
      { date: ['ge2020-01-01T00:00:00Z'] },
    ],
    [
      'both, as two ANDed date parameters',
      { from: Date.parse('2020-01-01T00:00:00Z'), to: Date.parse('2021-06-01T10:00:00Z') },
      { date: ['ge2020-01-01T00:00:00Z', 'lt2021-06-01T10:00:00Z'] },
    ],
  ])('windowDate: %s', (_name, w, expected) => {
    expect(windowDate(w)).toEqual(expected);
  });

  it('splits a span evenly, newest first', () => {
    const ws = splitWindows({ oldest: T - 4000_000, to: T }, 4);
    expect(ws.map((w) => [w.from && T - w.from, w.to && T - w.to])).toEqual([
      [1000_000, undefined],
      [2000_000, 1000_000],
      [3000_000, 2000_000],
      [undefined, 3000_000],
    ]);
  });
});
