/**
 * The structured Dosage read as data (FHIR R4 Dosage, https://hl7.org/fhir/R4/dosage.html): the dose
 * amount from doseAndRate (a quantity or a range) and the frequency in words from timing.repeat (UCUM
 * time units in periodUnit), with asNeeded appended. One named case per shape and per boundary.
 */
import { describe, expect, it } from 'vitest';
import { doseAmount, frequencyText } from './medications-dosage';

const qty = (value: unknown, unit?: unknown, code?: unknown) => ({
  value,
  ...(unit !== undefined ? { unit } : {}),
  ...(code !== undefined ? { code } : {}),
});

describe('doseAmount', () => {
  it.each<[string, unknown, unknown]>([
    ['a quantity with its unit', [{ doseQuantity: qty(20, 'mg') }], { value: 20, unit: 'mg' }],
    [
      'the UCUM code when no unit',
      [{ doseQuantity: qty(2, undefined, '{tbl}') }],
      { value: 2, unit: '{tbl}' },
    ],
    [
      'the unit wins over the code',
      [{ doseQuantity: qty(2, 'tablet', '{tbl}') }],
      { value: 2, unit: 'tablet' },
    ],
    [
      'a blank unit falls back to the code',
      [{ doseQuantity: qty(2, ' ', 'mg') }],
      { value: 2, unit: 'mg' },
    ],
    ['no unit at all: one of the product', [{ doseQuantity: qty(1) }], { value: 1 }],
    ['a value of 0 is a value', [{ doseQuantity: qty(0, 'mg') }], { value: 0, unit: 'mg' }],
    [
      'a range, the unit of its high',
      [{ doseRange: { low: qty(1, 'tablet'), high: qty(2, 'tablets') } }],
      { value: 1, high: 2, unit: 'tablets' },
    ],
    [
      'a range, the unit of its low when the high has none',
      [{ doseRange: { low: qty(1, 'tablet'), high: qty(2) } }],
      { value: 1, high: 2, unit: 'tablet' },
    ],
    [
      'a range without units',
      [{ doseRange: { low: qty(1), high: qty(2) } }],
      { value: 1, high: 2 },
    ],
    ['a range missing its high: none', [{ doseRange: { low: qty(1, 'mg') } }], undefined],
    ['a range missing its low: none', [{ doseRange: { high: qty(2, 'mg') } }], undefined],
    [
      'a range whose high is text: none',
      [{ doseRange: { low: qty(1), high: qty('2') } }],
      undefined,
    ],
    [
      'a range whose low is text: none',
      [{ doseRange: { low: qty('1'), high: qty(2) } }],
      undefined,
    ],
    ['a quantity whose value is text: none', [{ doseQuantity: qty('20', 'mg') }], undefined],
    [
      'a quantity whose value is not finite: none',
      [{ doseQuantity: qty(Infinity, 'mg') }],
      undefined,
    ],
    [
      'an unreadable first entry: the next one',
      [{ doseQuantity: qty('x') }, { doseQuantity: qty(5, 'mg') }],
      { value: 5, unit: 'mg' },
    ],
    [
      'a quantity beside a range in one entry: the quantity',
      [{ doseQuantity: qty(5, 'mg'), doseRange: { low: qty(1), high: qty(2) } }],
      { value: 5, unit: 'mg' },
    ],
    ['doseAndRate not a list', { doseQuantity: qty(5) }, undefined],
    ['no doseAndRate', undefined, undefined],
  ])('%s', (_case, doseAndRate, expected) => {
    const dosage = doseAndRate === undefined ? {} : { doseAndRate };
    expect(doseAmount(dosage)).toStrictEqual(expected);
  });

  it('no dosage at all: none', () => {
    expect(doseAmount(undefined)).toBeUndefined();
  });
});

describe('frequencyText', () => {
  const repeat = (frequency: unknown, period: unknown, periodUnit: unknown) => ({
    timing: { repeat: { frequency, period, periodUnit } },
  });
  it.each<[string, Record<string, unknown> | undefined, string | undefined]>([
    ['once a day', repeat(1, 1, 'd'), 'once daily'],
    ['twice a day', repeat(2, 1, 'd'), 'twice daily'],
    ['three times a day', repeat(3, 1, 'd'), '3 times daily'],
    ['once a week', repeat(1, 1, 'wk'), 'once a week'],
    ['twice an hour', repeat(2, 1, 'h'), 'twice an hour'],
    ['once a minute', repeat(1, 1, 'min'), 'once a minute'],
    ['every 8 hours', repeat(1, 8, 'h'), 'every 8 hours'],
    ['every 2 days', repeat(1, 2, 'd'), 'every 2 days'],
    ['twice every 3 days', repeat(2, 3, 'd'), 'twice every 3 days'],
    ['4 times every 2 weeks', repeat(4, 2, 'wk'), '4 times every 2 weeks'],
    ['seconds', repeat(1, 30, 's'), 'every 30 seconds'],
    ['minutes', repeat(1, 15, 'min'), 'every 15 minutes'],
    ['months', repeat(1, 3, 'mo'), 'every 3 months'],
    ['years', repeat(1, 1, 'a'), 'once a year'],
    [
      'an unknown period unit: the timing code instead',
      { timing: { repeat: { frequency: 1, period: 1, periodUnit: 'x' }, code: { text: 'BID' } } },
      'BID',
    ],
    [
      'frequency as text: the timing code',
      {
        timing: {
          repeat: { frequency: '1', period: 1, periodUnit: 'd' },
          code: { coding: [{ code: 'QD' }] },
        },
      },
      'QD',
    ],
    [
      'period missing: nothing',
      { timing: { repeat: { frequency: 1, periodUnit: 'd' } } },
      undefined,
    ],
    [
      'period unit missing: nothing',
      { timing: { repeat: { frequency: 1, period: 1 } } },
      undefined,
    ],
    [
      'frequency missing: nothing',
      { timing: { repeat: { period: 1, periodUnit: 'd' } } },
      undefined,
    ],
    ['a period unit that is an object property name: nothing', repeat(1, 1, 'toString'), undefined],
    ['frequency 0 (not a positiveInt): nothing', repeat(0, 1, 'd'), undefined],
    ['frequency 1.5 (not a positiveInt): nothing', repeat(1.5, 1, 'd'), undefined],
    ['period 0: nothing', repeat(1, 0, 'd'), undefined],
    ['a negative period: nothing', repeat(1, -8, 'h'), undefined],
    ['a period of half a day', repeat(1, 0.5, 'd'), 'every 0.5 days'],
    ['as needed alone', { asNeededBoolean: true }, 'as needed'],
    ['as needed for a reason', { asNeededCodeableConcept: { text: 'headache' } }, 'as needed'],
    ['as needed false', { ...repeat(1, 1, 'd'), asNeededBoolean: false }, 'once daily'],
    [
      'as needed as text is not a flag',
      { ...repeat(1, 1, 'd'), asNeededBoolean: 'true' },
      'once daily',
    ],
    [
      'a schedule and as needed',
      { ...repeat(1, 8, 'h'), asNeededBoolean: true },
      'every 8 hours, as needed',
    ],
    ['no dosage', undefined, undefined],
  ])('%s', (_case, dosage, expected) => {
    expect(frequencyText(dosage)).toBe(expected);
  });
});
