/**
 * Every v3 ObservationInterpretation code read for its meaning (source:
 * http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation), and which ones get the abnormal
 * or critical style.
 */
import { describe, expect, it } from 'vitest';
import { serverFlag } from './labs-flags';
import {
  INTERPRETATIONS,
  type FlagSeverity,
  V2_0078,
  V3_INTERPRETATION,
  isFlagged,
  meaningOf,
} from './labs-interpretation';
import { labObs, only, ucumQty } from '../../mocks/test-data/labs-fixtures';

describe('v3 ObservationInterpretation codes', () => {
  it.each<[string, string, FlagSeverity]>([
    ['N', 'Normal', 'normal'],
    ['A', 'Abnormal', 'abnormal'],
    ['AA', 'Critical abnormal', 'critical'],
    ['H', 'High', 'abnormal'],
    ['HH', 'Critical high', 'critical'],
    ['L', 'Low', 'abnormal'],
    ['LL', 'Critical low', 'critical'],
    // HU / LU: "significantly higher/lower than the reference interval, but has not reached the critically
    // high/low value ... situated between 'H' and 'HH'" (code system definition): abnormal, NOT critical.
    ['HU', 'Significantly high', 'abnormal'],
    ['LU', 'Significantly low', 'abnormal'],
    ['H>', 'Significantly high', 'abnormal'],
    ['L<', 'Significantly low', 'abnormal'],
    ['HX', 'Above high threshold', 'abnormal'],
    ['LX', 'Below low threshold', 'abnormal'],
    ['EX', 'Outside threshold', 'abnormal'],
    // Change codes compare with the previous result: not a statement about normality.
    ['B', 'Better', 'neutral'],
    ['W', 'Worse', 'neutral'],
    ['U', 'Significant change up', 'neutral'],
    ['D', 'Significant change down', 'neutral'],
    ['IND', 'Indeterminate', 'neutral'],
    ['E', 'Equivocal', 'neutral'],
    ['NEG', 'Negative', 'neutral'],
    ['POS', 'Positive', 'neutral'],
    ['DET', 'Detected', 'neutral'],
    ['ND', 'Not detected', 'neutral'],
    ['S', 'Susceptible', 'neutral'],
    ['R', 'Resistant', 'neutral'],
    ['I', 'Intermediate', 'neutral'],
    ['<', 'Off scale low', 'neutral'],
    ['>', 'Off scale high', 'neutral'],
    ['IE', 'Insufficient evidence', 'neutral'],
    ['NR', 'Non-reactive', 'neutral'],
    ['UNE', 'Unexpected', 'neutral'],
    ['CAR', 'Carrier', 'neutral'],
  ])('%s means "%s" (%s)', (code, label, severity) => {
    expect(meaningOf(code, V3_INTERPRETATION, code)).toEqual({ label, severity, known: true });
  });

  it('HU and LU are not critical (only HH, LL and AA are)', () => {
    const critical = Object.entries(INTERPRETATIONS)
      .filter(([, [, s]]) => s === 'critical')
      .map(([code]) => code);
    expect(critical.sort()).toEqual(['AA', 'HH', 'LL']);
  });

  it.each(['B', 'W', 'U', 'D', 'IND', 'E', 'POS', 'NEG', 'S', 'R', 'I', '<', '>'])(
    '%s never gets the abnormal style',
    (code) => {
      expect(isFlagged(meaningOf(code, V3_INTERPRETATION, code).severity)).toBe(false);
    },
  );

  it.each([
    ['a v2 table 0078 coding', 'HH', V2_0078, 'critical'],
    ['a coding without a system', 'LL', undefined, 'critical'],
    ['a lower-case code', 'hh', V3_INTERPRETATION, 'critical'],
  ] as const)('reads %s', (_case, code, system, severity) => {
    expect(meaningOf(code, system, code).severity).toBe(severity);
  });

  it.each([
    [
      'a local code system: its letters are not trusted, its words are',
      'N',
      'urn:local',
      'Critical',
      'critical',
    ],
    ['a text matching a meaning', undefined, undefined, 'better', 'neutral'],
    ['a text saying panic', undefined, undefined, 'Panic value', 'critical'],
    [
      'an unknown text: the lab flagged it, worth a look',
      undefined,
      undefined,
      'See comment',
      'abnormal',
    ],
  ] as const)('%s', (_case, code, system, text, severity) => {
    expect(meaningOf(code, system, text)).toMatchObject({ label: text, severity });
  });
});

describe('the flag shown for the server interpretations', () => {
  const coding = (code: string) => ({ coding: [{ system: V3_INTERPRETATION, code }] });
  const k = (...codes: string[]) =>
    only([
      labObs('k', {
        valueQuantity: ucumQty(5.4, 'mmol/L'),
        interpretation: codes.map(coding),
      }),
    ]).latest.flag;

  it('B (better) is shown with its meaning and the neutral style', () => {
    expect(k('B')).toEqual({ code: 'B', label: 'Better', severity: 'neutral', computed: false });
  });

  it('several interpretations: all shown, the most severe sets the style', () => {
    expect(k('U', 'HH')).toEqual({
      code: 'U HH',
      label: 'Significant change up, Critical high',
      severity: 'critical',
      computed: false,
    });
  });

  it('none: no server flag', () => {
    expect(serverFlag([])).toBeUndefined();
  });
});
