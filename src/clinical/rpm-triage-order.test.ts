/** The panel's order and counts: severe → above goal → data stopped → short of device days → rest. */
import { describe, expect, it } from 'vitest';
import { TZ, local, reading, twiceDaily } from '../../mocks/test-data/bp-readings';
import { resolveGoal } from './bp-goal';
import {
  type PatientTriage,
  TRIAGE_LABEL,
  TRIAGE_ORDER,
  compareTriage,
  triageCounts,
  triagePatient,
} from './rpm-triage';

const NOW = local(2026, 12, 1, 10);
const base = triagePatient({
  readings: twiceDaily([2026, 11, 30], 30, 120, 75),
  goal: resolveGoal({}),
  now: NOW,
  timeZone: TZ,
  enrolledAt: local(2026, 11, 2, 9),
  antihypertensives: 1,
});
const severe = (s: number, d: number): PatientTriage => ({
  ...base,
  group: 'severe',
  severe: { count: 1, worst: reading(NOW, s, d) },
});
const above = (s: number, d: number): PatientTriage => ({
  ...base,
  group: 'above-goal',
  average: { systolic: s, diastolic: d, days: 7 },
});
const stopped = (daysSinceLast?: number): PatientTriage => {
  const { daysSinceLast: _d, ...rest } = base;
  return { ...rest, group: 'stopped', ...(daysSinceLast !== undefined ? { daysSinceLast } : {}) };
};
const short = (deviceDays: number, daysLeft: number): PatientTriage => ({
  ...base,
  group: 'at-risk-days',
  deviceDays: { ...base.deviceDays, deviceDays },
  period: { ...base.period, daysLeft },
});
const of = (group: PatientTriage['group']): PatientTriage => ({ ...base, group });
const sorted = (list: PatientTriage[]) => [...list].sort(compareTriage);

describe('compareTriage', () => {
  it('puts the groups in triage order', () => {
    const list = [
      of('no-verdict'),
      of('controlled'),
      short(9, 10),
      stopped(4),
      above(140, 85),
      severe(190, 100),
    ];
    expect(sorted(list).map((t) => t.group)).toEqual([...TRIAGE_ORDER]);
  });

  it.each([
    ['severe: higher systolic first', [severe(182, 90), severe(196, 90)], [1, 0]],
    ['severe: same systolic, higher diastolic first', [severe(190, 100), severe(190, 125)], [1, 0]],
    ['above goal: higher average systolic first', [above(136, 80), above(152, 80)], [1, 0]],
    ['above goal: same systolic, higher diastolic first', [above(140, 82), above(140, 92)], [1, 0]],
    ['stopped: longer gap first', [stopped(3), stopped(9)], [1, 0]],
    ['stopped: never started before any gap', [stopped(30), stopped()], [1, 0]],
    ['short of days: fewer device days first', [short(12, 5), short(4, 10)], [1, 0]],
    ['short of days: same days, fewer days left first', [short(9, 12), short(9, 3)], [1, 0]],
    ['controlled: caller order kept', [of('controlled'), of('controlled')], [0, 1]],
    ['no verdict: caller order kept', [of('no-verdict'), of('no-verdict')], [0, 1]],
    ['severe: equal worst keeps caller order', [severe(190, 100), severe(190, 100)], [0, 1]],
    ['stopped: two never started keep caller order', [stopped(), stopped()], [0, 1]],
    [
      'severe: a worst reading before none',
      [{ ...severe(190, 100), severe: { count: 0 } }, severe(181, 80)],
      [1, 0],
    ],
    [
      'severe: a worst reading (diastolic) before none',
      [{ ...severe(190, 100), severe: { count: 0 } }, severe(0, 125)],
      [1, 0],
    ],
    [
      'above goal: an average (diastolic) before none',
      [{ ...above(140, 85), average: undefined }, above(0, 70)],
      [1, 0],
    ],
    [
      'controlled: no device-day order',
      [
        { ...of('controlled'), deviceDays: { ...base.deviceDays, deviceDays: 20 } },
        { ...of('controlled'), deviceDays: { ...base.deviceDays, deviceDays: 2 } },
      ],
      [0, 1],
    ],
    [
      'above goal: an average before none',
      [{ ...above(140, 85), average: undefined }, above(131, 70)],
      [1, 0],
    ],
  ] as const)('%s', (_name, list, order) => {
    const out = sorted([...list]);
    expect(out).toEqual(order.map((i) => list[i]));
    expect(out[0]).toBe(list[order[0]]);
    // Both ways round: the more urgent compares below the other, whichever is asked first; a tie is 0.
    const [x, y] = list;
    const sign = order[0] === 1 ? 1 : 0;
    expect(Math.sign(compareTriage(x, y))).toBe(sign);
    expect(Math.sign(compareTriage(y, x)) === -sign).toBe(true);
  });

  it('is 0 for the same patient and antisymmetric across groups', () => {
    expect(compareTriage(severe(190, 100), severe(190, 100))).toBe(0);
    expect(Math.sign(compareTriage(of('controlled'), above(140, 85)))).toBe(1);
    expect(Math.sign(compareTriage(above(140, 85), of('controlled')))).toBe(-1);
  });
});

describe('triageCounts', () => {
  it('counts each group and the ones that need action', () => {
    const list = [
      severe(190, 100),
      severe(185, 90),
      above(140, 85),
      stopped(5),
      short(3, 4),
      of('controlled'),
      of('controlled'),
      of('no-verdict'),
    ];
    expect(triageCounts(list)).toEqual({
      severe: 2,
      'above-goal': 1,
      stopped: 1,
      'at-risk-days': 1,
      controlled: 2,
      'no-verdict': 1,
      needAction: 5,
    });
  });

  it('an empty panel', () => {
    expect(triageCounts([])).toEqual({
      severe: 0,
      'above-goal': 0,
      stopped: 0,
      'at-risk-days': 0,
      controlled: 0,
      'no-verdict': 0,
      needAction: 0,
    });
  });
});

it('labels every group in words', () => {
  expect(TRIAGE_ORDER.map((g) => TRIAGE_LABEL[g])).toEqual([
    'Severe reading',
    'Above goal',
    'Data stopped',
    'Short of device days',
    'Controlled',
    'Not enough readings',
  ]);
});
