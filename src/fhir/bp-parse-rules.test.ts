import type { Observation, ObservationComponent } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { effectiveOf, mmHgOf, parseObservation } from './bp-parse';

// LOINC 85354-9 (US Core BP panel), 55284-4 (older panel), 96607-7 (US Core 7 average panel with
// 96608-5 / 96609-3), 8480-6 / 8462-4 (systolic / diastolic), 8867-4 (heart rate); UCUM mm[Hg], kPa.
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const mmHg = (value: number) => ({ value, system: UCUM, code: 'mm[Hg]' });
const comp = (
  code: string,
  valueQuantity?: ObservationComponent['valueQuantity'],
): ObservationComponent => ({
  code: { coding: [{ system: LOINC, code }] },
  ...(valueQuantity ? { valueQuantity } : {}),
});
const obs = (code: string, fields: Partial<Observation> = {}): Observation => ({
  resourceType: 'Observation',
  id: 'o',
  status: 'final',
  code: { coding: [{ system: LOINC, code }] },
  effectiveDateTime: '2026-03-12T07:00:00Z',
  ...fields,
});
const panel = (
  code: string,
  components: ObservationComponent[],
  fields: Partial<Observation> = {},
) => obs(code, { component: components, ...fields });
const BOTH = [comp('8480-6', mmHg(130)), comp('8462-4', mmHg(80))];

describe('mmHgOf edges', () => {
  it.each<[string, unknown, number | string]>([
    ['a NaN value', { value: Number.NaN, code: 'mm[Hg]' }, 'missing'],
    ['an infinite value', { value: Number.POSITIVE_INFINITY, code: 'mm[Hg]' }, 'missing'],
    ['a value as a string', { value: '120', code: 'mm[Hg]' }, 'missing'],
    ['unit text mm[Hg]', { value: 120, unit: 'mm[Hg]' }, 120],
    ['unit text "mm Hg"', { value: 120, unit: 'mm Hg' }, 120],
    ['unit text "MMHG" is not unambiguous', { value: 120, unit: 'MMHG' }, 'unknown-unit'],
    ['kPa without a system', { value: 10, code: 'kPa' }, 10 * (1000 / 133.322)],
    ['kPa in a foreign system', { value: 10, system: 'urn:local', code: 'kPa' }, 'unknown-unit'],
    [
      'a code beside a good unit text: the code decides',
      { value: 120, code: 'cm', unit: 'mmHg' },
      'unknown-unit',
    ],
  ])('%s', (_name, q, expected) => {
    expect(mmHgOf(q as never)).toEqual(expected);
  });
});

describe('effectiveOf: which effective[x]', () => {
  it.each<[string, Partial<Observation>, string | undefined]>([
    [
      'dateTime over instant',
      { effectiveDateTime: '2026-01-01', effectiveInstant: '2026-02-02T00:00:00Z' },
      '2026-01-01',
    ],
    [
      'instant over a period',
      { effectiveInstant: '2026-02-02T00:00:00Z', effectivePeriod: { end: '2026-03-03' } },
      '2026-02-02T00:00:00Z',
    ],
    [
      'a period at its end',
      { effectivePeriod: { start: '2026-03-01', end: '2026-03-07' } },
      '2026-03-07',
    ],
    ['an open period at its start', { effectivePeriod: { start: '2026-03-01' } }, '2026-03-01'],
    ['nothing', {}, undefined],
  ])('%s', (_name, fields, text) => {
    const o = obs('85354-9', { effectiveDateTime: undefined, ...fields });
    expect(effectiveOf(o)?.text).toBe(text);
  });
});

describe('parseObservation: what one resource contributes', () => {
  it.each([
    ['the US Core panel', '85354-9', 'single'],
    ['the older panel', '55284-4', 'single'],
    ['the average panel', '96607-7', 'average'],
  ])('%s is a whole reading (%s)', (_name, code, kind) => {
    const p = parseObservation(panel(code, BOTH));
    expect(p).toMatchObject({
      type: 'reading',
      reading: { id: 'o', systolic: 130, diastolic: 80, kind },
    });
  });

  it('the average panel reads its mean components', () => {
    const p = parseObservation(
      panel('96607-7', [comp('96608-5', mmHg(128)), comp('96609-3', mmHg(79))]),
    );
    expect(p).toMatchObject({
      type: 'reading',
      reading: { systolic: 128, diastolic: 79, kind: 'average' },
    });
  });

  it('carries what is known of the reading', () => {
    const p = parseObservation(
      panel('85354-9', BOTH, { status: 'amended', device: { reference: 'Device/1' } }),
    );
    expect(p).toEqual({
      type: 'reading',
      reading: {
        id: 'o',
        time: Date.UTC(2026, 2, 12, 7),
        timeText: '2026-03-12T07:00:00Z',
        datePrecision: 'time',
        setting: 'home',
        settingEvidence: 'device',
        source: 'device',
        status: 'amended',
        kind: 'single',
        systolic: 130,
        diastolic: 80,
      },
    });
  });

  it.each<[string, ObservationComponent[], number | undefined]>([
    ['a heart-rate component', [...BOTH, comp('8867-4', { value: 72, unit: '/min' })], 72],
    [
      'a heart rate that is not a number',
      [...BOTH, comp('8867-4', { value: Number.NaN })],
      undefined,
    ],
    ['no heart rate', BOTH, undefined],
  ])('pulse: %s', (_name, components, pulse) => {
    const p = parseObservation(panel('85354-9', components));
    expect(p.type === 'reading' ? p.reading.pulse : 'not a reading').toBe(pulse);
  });

  it.each<[string, ObservationComponent[], string]>([
    ['no systolic', [comp('8462-4', mmHg(80))], 'missing-component'],
    ['no diastolic', [comp('8480-6', mmHg(130))], 'missing-component'],
    ['a systolic without a value', [comp('8480-6'), comp('8462-4', mmHg(80))], 'missing-component'],
    [
      'a systolic in cm',
      [comp('8480-6', { value: 13, system: UCUM, code: 'cm' }), comp('8462-4', mmHg(80))],
      'unknown-unit',
    ],
    [
      'a diastolic in cm',
      [comp('8480-6', mmHg(130)), comp('8462-4', { value: 8, system: UCUM, code: 'cm' })],
      'unknown-unit',
    ],
  ])('a panel with %s is excluded: %s', (_name, components, reason) => {
    expect(parseObservation(panel('85354-9', components))).toEqual({
      type: 'excluded',
      id: 'o',
      reason,
    });
  });

  it.each([
    ['entered-in-error', 'entered-in-error'],
    ['cancelled', 'entered-in-error'],
  ])('status %s is excluded', (status, reason) => {
    const p = parseObservation(panel('85354-9', BOTH, { status: status as Observation['status'] }));
    expect(p).toEqual({ type: 'excluded', id: 'o', reason });
  });

  it.each(['preliminary', 'final', 'amended', 'corrected'] as const)(
    'status %s is read',
    (status) => {
      expect(parseObservation(panel('85354-9', BOTH, { status })).type).toBe('reading');
    },
  );

  it('no time: excluded', () => {
    expect(parseObservation(panel('85354-9', BOTH, { effectiveDateTime: undefined }))).toEqual({
      type: 'excluded',
      id: 'o',
      reason: 'no-time',
    });
  });

  it.each([
    ['systolic', '8480-6', 131],
    ['diastolic', '8462-4', 81],
  ] as const)('a separate %s Observation is half a reading', (half, code, value) => {
    const p = parseObservation(obs(code, { valueQuantity: mmHg(value) }));
    expect(p).toMatchObject({
      type: 'half',
      half,
      id: 'o',
      value,
      meta: { kind: 'single', datePrecision: 'time' },
    });
  });

  it.each([
    ['no value', {}, 'missing-component'],
    ['a value in cm', { valueQuantity: { value: 1, system: UCUM, code: 'cm' } }, 'unknown-unit'],
  ])('a half with %s is excluded', (_name, fields, reason) => {
    expect(parseObservation(obs('8480-6', fields))).toEqual({ type: 'excluded', id: 'o', reason });
  });

  it.each([
    ['heart rate alone', obs('8867-4', { valueQuantity: { value: 70 } })],
    [
      'a BP code in another system',
      { ...obs('85354-9'), code: { coding: [{ system: 'urn:local', code: '85354-9' }] } },
    ],
  ])('%s is not a blood pressure', (_name, o) => {
    expect(parseObservation(o)).toEqual({ type: 'other' });
  });

  it('an Observation without an id is read with an empty id', () => {
    const p = parseObservation({ ...panel('85354-9', BOTH), id: undefined });
    expect(p.type === 'reading' && p.reading.id).toBe('');
  });
});
