import { describe, expect, it } from 'vitest';
import type { Comparator } from '../fhir/labs';
import { computeFlag, serverFlag } from './labs-flags';
import { type FlagSeverity, V3_INTERPRETATION, meaningOf, moreSevere } from './labs-interpretation';

// Range bounds are inclusive (FHIR R4 ObservationReferenceRange.low / high); a comparator value is
// flagged only when a bound decides it.
describe('computeFlag', () => {
  it.each<
    [
      string,
      number,
      Comparator | undefined,
      number | undefined,
      number | undefined,
      string | undefined,
    ]
  >([
    ['no bound at all: nothing to compare with', 5, undefined, undefined, undefined, undefined],
    ['just below low', 0.99, undefined, 1, 3, 'L'],
    ['on low', 1, undefined, 1, 3, 'N'],
    ['on high', 3, undefined, 1, 3, 'N'],
    ['just above high', 3.01, undefined, 1, 3, 'H'],
    ['low only, above it', 2, undefined, 1, undefined, 'N'],
    ['high only, below it', 2, undefined, undefined, 3, 'N'],
    ['<1 against low 1: every value under it is low', 1, '<', 1, 3, 'L'],
    ['<1.5 against low 1: may be in range', 1.5, '<', 1, undefined, undefined],
    ['<=1 against low 1: 1 itself is in range', 1, '<=', 1, undefined, undefined],
    ['<=0.9 against low 1', 0.9, '<=', 1, undefined, 'L'],
    ['<3 against high 3 only', 3, '<', undefined, 3, 'N'],
    ['<=3 against high 3 only', 3, '<=', undefined, 3, 'N'],
    ['<3.1 against high 3 only: may be above', 3.1, '<', undefined, 3, undefined],
    ['>3 against high 3: every value over it is high', 3, '>', 1, 3, 'H'],
    ['>=3 against high 3: 3 itself is in range', 3, '>=', undefined, 3, undefined],
    ['>=3.1 against high 3', 3.1, '>=', undefined, 3, 'H'],
    ['>1 against low 1 only', 1, '>', 1, undefined, 'N'],
    ['>=1 against low 1 only', 1, '>=', 1, undefined, 'N'],
    ['>0.9 against low 1 only: may be below', 0.9, '>', 1, undefined, undefined],
    ['>2 against 1-3: undecided', 2, '>', 1, 3, undefined],
  ])('%s', (_name, value, comparator, low, high, code) => {
    expect(computeFlag(value, comparator, low, high)?.code).toBe(code);
  });

  it.each([
    ['L', 0, 'Low', 'abnormal'],
    ['N', 2, 'Normal', 'normal'],
    ['H', 4, 'High', 'abnormal'],
  ] as const)(
    'a computed %s reads "%s" (%s) and says it was computed',
    (code, value, label, severity) => {
      expect(computeFlag(value, undefined, 1, 3)).toEqual({
        code,
        label,
        severity,
        computed: true,
      });
    },
  );
});

describe('serverFlag', () => {
  it('no interpretation: no flag', () => {
    expect(serverFlag([])).toBeUndefined();
  });

  it('several interpretations: every code and meaning shown, the most severe decides', () => {
    const flag = serverFlag([
      { code: 'U', system: V3_INTERPRETATION, text: 'U' },
      { code: 'H', system: V3_INTERPRETATION, text: 'High' },
      { text: 'see comment' },
    ]);
    expect(flag).toEqual({
      code: 'U H see comment',
      label: 'Significant change up, High, see comment',
      severity: 'abnormal',
      computed: false,
    });
  });

  it.each<[string, string, FlagSeverity]>([
    ['a change code alone stays neutral', 'B', 'neutral'],
    ['normal', 'N', 'normal'],
    ['critical', 'LL', 'critical'],
  ])('%s', (_name, code, severity) => {
    expect(serverFlag([{ code, text: code }])?.severity).toBe(severity);
  });
});

describe('moreSevere (critical > abnormal > normal > neutral)', () => {
  it.each<[FlagSeverity, FlagSeverity, FlagSeverity]>([
    ['critical', 'abnormal', 'critical'],
    ['abnormal', 'critical', 'critical'],
    ['normal', 'abnormal', 'abnormal'],
    ['neutral', 'normal', 'normal'],
    ['normal', 'neutral', 'normal'],
    ['abnormal', 'abnormal', 'abnormal'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(moreSevere(a, b)).toBe(expected);
  });
});

describe('meaningOf: codes not read from an unknown system, texts matched on words', () => {
  it.each([
    [
      'a code from a local system is not trusted',
      'HH',
      'http://lab.example/flags',
      'HH',
      'abnormal',
      false,
    ],
    [
      'a text matching a meaning, any case and spaces',
      undefined,
      undefined,
      '  critical HIGH ',
      'critical',
      true,
    ],
    ['an unknown text with "panic"', undefined, undefined, 'Panic value', 'critical', false],
    ['an unknown text is worth a look', undefined, undefined, 'see note', 'abnormal', false],
  ] as const)('%s', (_name, code, system, text, severity, known) => {
    expect(meaningOf(code, system, text)).toEqual({ label: text, severity, known });
  });

  it.each<[string, string, FlagSeverity]>([
    ['RR', 'Reactive', 'neutral'],
    ['WR', 'Weakly reactive', 'neutral'],
    ['EXP', 'Expected', 'neutral'],
    ['NS', 'Non-susceptible', 'neutral'],
    ['SDD', 'Susceptible, dose dependent', 'neutral'],
    ['SYN-R', 'Synergy, resistant', 'neutral'],
    ['SYN-S', 'Synergy, susceptible', 'neutral'],
    ['MS', 'Moderately susceptible', 'neutral'],
    ['VS', 'Very susceptible', 'neutral'],
    ['NCL', 'No CLSI defined breakpoint', 'neutral'],
    ['AC', 'Anti-complementary substances present', 'neutral'],
    ['QCF', 'Quality control failure', 'neutral'],
    ['TOX', 'Cytotoxic substance present', 'neutral'],
    ['HM', 'Hold for medical review', 'neutral'],
    ['Carrier', 'Carrier', 'neutral'],
  ])('v3 %s means "%s" (%s)', (code, label, severity) => {
    expect(meaningOf(code, V3_INTERPRETATION, code)).toEqual({ label, severity, known: true });
  });
});
