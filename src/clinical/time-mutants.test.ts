/**
 * Zone offsets that are not whole hours, and a wall-clock time just after a DST change (time.ts): the
 * cases the mutation run found unpinned.
 */
import { describe, expect, it } from 'vitest';
import { fromWallClock, HOUR, MINUTE, zoneOffset } from './time';

describe('zone offsets and wall clocks', () => {
  it.each([
    [
      'India, +5:30 (minutes in the offset)',
      Date.UTC(2026, 2, 20, 0, 0),
      'Asia/Kolkata',
      5.5 * HOUR,
    ],
    ['Nepal, +5:45', Date.UTC(2026, 2, 20, 0, 0), 'Asia/Kathmandu', 5.75 * HOUR],
    [
      'Liberia in 1970, −0:44:30 (seconds in the offset)',
      Date.UTC(1970, 5, 1, 12),
      'Africa/Monrovia',
      -(44 * MINUTE + 30_000),
    ],
  ])('%s', (_name, t, zone, offset) => {
    expect(zoneOffset(t, zone)).toBe(offset);
  });
  it('08:00 on the morning clocks went forward (New York, 8 March 2026) is 12:00 UTC', () => {
    expect(fromWallClock(Date.UTC(2026, 2, 8, 8, 0), 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 12, 0),
    );
  });
});
