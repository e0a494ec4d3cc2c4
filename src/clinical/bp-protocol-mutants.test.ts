/**
 * Which of today's sessions the protocol shortfall still counts on (bp-protocol.ts; AHA/AMA 2020
 * self-measured BP protocol: one morning and one evening session a day). Each case hinges on one
 * reading, so a session planned wrongly moves the ready day (cases named for the boundary they pin).
 */
import { describe, expect, it } from 'vitest';
import { local, reading, twiceDaily, TZ } from '../../mocks/test-data/bp-readings';
import type { BpReading } from '../fhir/bp-types';
import { protocolShortfall } from './bp-protocol';
import { localDayKey } from './time';

const at = (d: number, h: number, min = 0, extra: Partial<BpReading> = {}) =>
  reading(local(2026, 3, d, h, min), 130, 80, extra);
const sorted = (xs: BpReading[]) => [...xs].sort((a, b) => a.time - b.time);
/** Morning and evening readings on 15–19 March: 10 readings, two short of a protocol average. */
const fiveDays = twiceDaily([2026, 3, 19], 5, 130, 80);
/** 16–19 March twice a day and an evening on 15 March: 9, an odd count (one planned reading decides). */
const nine = sorted([...twiceDaily([2026, 3, 19], 4, 130, 80), at(15, 21)]);

describe('protocol shortfall: today’s sessions still to come', () => {
  it.each([
    ['morning, nothing yet today: both of today’s sessions count', fiveDays, 20, 8, '2026-03-20'],
    ['afternoon, nothing yet today: the morning is missed', fiveDays, 20, 13, '2026-03-26'],
    [
      'morning taken at 07:30: the evening still counts',
      sorted([...fiveDays, at(20, 7, 30)]),
      20,
      8,
      '2026-03-20',
    ],
    [
      'an office reading this morning is not the home morning',
      sorted([...fiveDays, at(20, 7, 30, { setting: 'office' })]),
      20,
      8,
      '2026-03-20',
    ],
    [
      'odd count, morning taken: only the evening is planned',
      sorted([...nine, at(20, 7, 30)]),
      20,
      8,
      '2026-03-21',
    ],
    [
      'odd count, both taken by 21:30: nothing more today',
      sorted([...nine, at(20, 7), at(20, 21)]),
      20,
      21,
      '2026-03-21',
    ],
    [
      'odd count, a reading at 12:00 is the evening session',
      sorted([...nine, at(20, 7), at(20, 12)]),
      20,
      13,
      '2026-03-21',
    ],
    ['at 12:30 the morning session is over', fiveDays, 20, 12.5, '2026-03-26'],
  ] as const)('%s', (_name, readings, day, hour, ready) => {
    const now = local(2026, 3, day, Math.floor(hour), (hour % 1) * 60);
    const s = protocolShortfall(readings, now, TZ);
    expect(s && localDayKey(s.readyDay, TZ)).toBe(ready);
  });
  it('mornings only so far: the evening planned today is what completes it', () => {
    const mornings = sorted([15, 16, 17, 18, 19].flatMap((d) => [at(d, 7), at(d, 9)]));
    const s = protocolShortfall(mornings, local(2026, 3, 20, 8), TZ);
    expect(s).toMatchObject({ more: 2, needsMorning: false, needsEvening: true });
    expect(s && localDayKey(s.readyDay, TZ)).toBe('2026-03-20');
  });
  it('evenings only, twice each evening: one more, in the morning', () => {
    const evenings = sorted([14, 15, 16, 17, 18, 19, 20].flatMap((d) => [at(d, 19), at(d, 21)]));
    expect(protocolShortfall(evenings, local(2026, 3, 20, 22), TZ)).toMatchObject({
      more: 1,
      needsMorning: true,
      needsEvening: false,
    });
  });
});
