import { describe, expect, it } from 'vitest';
import type { Analyte } from './labs-analytes';
import { type LabTier, changeOf, compareAnalytes, tierOf } from './labs-change';
import type { LabFlag } from './labs-flags';
import type { LabRow, TrendPoint } from './labs-row';

// A change is significant beyond the analyte's reference change value (Fraser 2001: RCV =
// 1.96 × √2 × √(CVa² + CVi²)), and at least one step at the printed precision; without
// biological-variation data, 25 % of the previous value.
const pt = (id: string, text: string): TrendPoint => ({ id, t: 0, value: Number(text), text });
const latest = (id: string) => ({ id }) as LabRow;
const rcv = (r: number) => ({ rcv: r }) as Analyte;

describe('changeOf', () => {
  it.each<[string, string, string, Analyte | undefined, string, string, boolean]>([
    ['exactly at the RCV is not beyond it', '100', '110', rcv(0.1), 'up', '10', false],
    ['just beyond the RCV', '100', '110.1', rcv(0.1), 'up', '10.1', true],
    ['down beyond the RCV', '100', '89', rcv(0.1), 'down', '11', true],
    ['down exactly at the RCV', '100', '90', rcv(0.1), 'down', '10', false],
    [
      'the default 25 % without an analyte: 25 is not beyond',
      '100',
      '125',
      undefined,
      'up',
      '25',
      false,
    ],
    ['the default 25 %: 26 is beyond', '100', '126', undefined, 'up', '26', true],
    ['from a negative value the RCV is of its size', '-10', '-12', rcv(0.1), 'down', '2', true],
    ['no movement', '4.2', '4.2', rcv(0.01), 'none', '0', false],
    ['printed with the finer of the two precisions', '4.25', '4.3', rcv(0.5), 'up', '0.05', false],
    ['trailing zeros of the computed change dropped', '4.10', '4.60', rcv(0.5), 'up', '0.5', false],
  ])('%s', (_name, before, after, analyte, direction, deltaText, significant) => {
    const c = changeOf(latest('b'), [pt('a', before), pt('b', after)], analyte);
    expect(c).toMatchObject({ direction, deltaText, significant, previous: { id: 'a' } });
    expect(c?.delta).toBeCloseTo(Number(after) - Number(before), 10);
  });

  it('a change that prints as zero is no change, even beyond a tiny RCV', () => {
    const c = changeOf(latest('b'), [pt('a', '0.0'), pt('b', '0.0')], rcv(0));
    expect(c).toMatchObject({ direction: 'none', significant: false });
  });

  it('compares the last two points, not the first', () => {
    const c = changeOf(latest('c'), [pt('a', '1'), pt('b', '5'), pt('c', '6')], rcv(0.5));
    expect(c).toMatchObject({ previous: { id: 'b' }, deltaText: '1', direction: 'up' });
  });

  it.each<[string, LabRow, TrendPoint[]]>([
    ['one point only', latest('a'), [pt('a', '1')]],
    ['no points', latest('a'), []],
    ['the latest result is not the last point', latest('x'), [pt('a', '1'), pt('b', '2')]],
    ['a point printed as text', latest('b'), [{ ...pt('a', '1'), text: '<1' }, pt('b', '2')]],
    ['the latest printed as text', latest('b'), [pt('a', '1'), { ...pt('b', '2'), text: 'high' }]],
  ])('no change: %s', (_name, row, trend) => {
    expect(changeOf(row, trend, rcv(0.1))).toBeUndefined();
  });
});

const flag = (severity: LabFlag['severity']): LabFlag => ({
  code: 'X',
  label: 'X',
  severity,
  computed: false,
});

describe('tierOf and compareAnalytes (critical, abnormal, changed, other)', () => {
  it.each<[string, LabFlag | undefined, boolean | undefined, LabTier]>([
    ['a critical flag', flag('critical'), true, 'critical'],
    ['an abnormal flag over a change', flag('abnormal'), true, 'abnormal'],
    ['a significant change with a normal flag', flag('normal'), true, 'changed'],
    ['a change that is not significant', flag('normal'), false, 'other'],
    ['a neutral flag and no change', flag('neutral'), undefined, 'other'],
    ['nothing at all', undefined, undefined, 'other'],
  ])('%s: %s', (_name, f, significant, tier) => {
    const change = significant === undefined ? undefined : ({ significant } as never);
    expect(tierOf(f, change)).toBe(tier);
  });

  it('sorts by tier, then relevance (unranked last), then name ignoring case', () => {
    const rows = [
      { tier: 'other' as const, name: 'b' },
      { tier: 'other' as const, name: 'A' },
      { tier: 'changed' as const, name: 'z' },
      { tier: 'other' as const, relevance: 2, name: 'c' },
      { tier: 'other' as const, relevance: 0, name: 'd' },
      { tier: 'abnormal' as const, name: 'y' },
      { tier: 'critical' as const, name: 'x' },
    ];
    expect([...rows].sort(compareAnalytes).map((r) => r.name)).toEqual([
      'x',
      'y',
      'z',
      'd',
      'c',
      'A',
      'b',
    ]);
  });

  it('equal rows compare as 0', () => {
    expect(compareAnalytes({ tier: 'other', name: 'a' }, { tier: 'other', name: 'A' })).toBe(0);
  });
});
