import { describe, expect, it } from 'vitest';
import { reading } from '../../mocks/test-data/bp-readings';
import { bpMeans } from './bp-daily';

const TZ = 'America/New_York';
// Local New York wall-clock instants (EST, UTC-5) in March 2026.
const ny = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour + 5, minute);

const summary = (rs: ReturnType<typeof bpMeans>) =>
  rs.map((m) => [m.timeText, m.session ?? '', m.setting, m.count, m.systolic, m.diastolic]);

describe('bpMeans', () => {
  it.each([
    [
      'per local day: 23:30 stays on its day, 00:30 starts the next',
      'day',
      [reading(ny(3, 7), 140, 90), reading(ny(3, 23, 30), 130, 80), reading(ny(4, 0, 30), 120, 70)],
      [
        ['2026-03-03', '', 'home', 2, 135, 85],
        ['2026-03-04', '', 'home', 1, 120, 70],
      ],
    ],
    [
      'morning before local noon, evening from noon (11:59 / 12:00)',
      'morning-evening',
      [
        reading(ny(3, 7), 140, 90),
        reading(ny(3, 11, 59), 150, 94),
        reading(ny(3, 12, 0), 130, 80),
        reading(ny(3, 21), 126, 78),
      ],
      [
        ['2026-03-03', 'morning', 'home', 2, 145, 92],
        ['2026-03-03', 'evening', 'home', 2, 128, 79],
      ],
    ],
    [
      'settings are averaged apart',
      'day',
      [reading(ny(5, 8), 130, 80), reading(ny(5, 9), 150, 95, { setting: 'office' })],
      [
        ['2026-03-05', '', 'home', 1, 130, 80],
        ['2026-03-05', '', 'office', 1, 150, 95],
      ],
    ],
    [
      'a date-only reading belongs to its calendar day, not to a session',
      'day',
      [reading(Date.UTC(2026, 2, 6, 12), 132, 82, { datePrecision: 'day' })],
      [['2026-03-06', '', 'home', 1, 132, 82]],
    ],
    [
      'a date-only reading has no morning or evening',
      'morning-evening',
      [reading(Date.UTC(2026, 2, 6, 12), 132, 82, { datePrecision: 'day' })],
      [],
    ],
    [
      'a month-precise reading belongs to no day',
      'day',
      [reading(Date.UTC(2026, 2, 1, 12), 132, 82, { datePrecision: 'month' })],
      [],
    ],
  ] as const)('%s', (_name, averaging, readings, expected) => {
    expect(summary(bpMeans(readings, averaging, TZ))).toEqual(expected);
  });

  it('means are averages, oldest first, and dated on their local day', () => {
    const means = bpMeans(
      [reading(ny(8, 7), 140, 90), reading(ny(8, 20), 120, 80), reading(ny(9, 7), 130, 85)],
      'morning-evening',
      TZ,
    );
    expect(means.map((m) => m.time)).toEqual([...means.map((m) => m.time)].sort((a, b) => a - b));
    expect(means.map((m) => [m.kind, m.datePrecision, m.count])).toEqual([
      ['average', 'day', 1],
      ['average', 'day', 1],
      ['average', 'day', 1],
    ]);
    expect(new Date(means[0]?.time ?? 0).toISOString().slice(0, 10)).toBe('2026-03-08');
  });
});
