/** The labs reader on real and ill-typed shapes: never throws, every resource accounted for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME, MAX_TEXT } from './labs-shape';
import { LAB_BASE as base, confusedLab as confused } from '../../mocks/test-data/labs-arbitraries';
import { anyJson } from '../../mocks/test-data/json-arbitraries';
import { UNREADABLE, readLab, readLabs } from './labs';

const obs = (fields: Record<string, unknown>) => ({ ...base, ...fields });

describe('ill-typed fields: unreadable with a reason, never a throw', () => {
  it.each([
    ['valueQuantity a string', { valueQuantity: '5.4 mmol/L' }, UNREADABLE.value],
    [
      'value a string inside valueQuantity',
      { valueQuantity: { value: '5.4', unit: 'mmol/L' } },
      UNREADABLE.value,
    ],
    [
      'value NaN-like (Infinity cannot come from JSON, a string can)',
      { valueQuantity: { value: 'NaN' } },
      UNREADABLE.value,
    ],
    ['unit a number', { valueQuantity: { value: 5.4, unit: 5 } }, UNREADABLE.value],
    ['an unknown comparator', { valueQuantity: { value: 5.4, comparator: '≈' } }, UNREADABLE.value],
    ['valueString a number', { valueQuantity: undefined, valueString: 12 }, UNREADABLE.value],
    ['valueInteger a float', { valueQuantity: undefined, valueInteger: 1.5 }, UNREADABLE.value],
    ['valueBoolean a string', { valueQuantity: undefined, valueBoolean: 'true' }, UNREADABLE.value],
    ['code an array', { code: [{ text: 'Potassium' }] }, UNREADABLE.code],
    ['code.coding an object', { code: { coding: { code: '2823-3' } } }, UNREADABLE.code],
    ['code.text a number', { code: { text: 42 } }, UNREADABLE.code],
    ['referenceRange an object', { referenceRange: { low: { value: 3.5 } } }, UNREADABLE.range],
    ['referenceRange low a string', { referenceRange: [{ low: '3.5' }] }, UNREADABLE.range],
    [
      'appliesTo a string',
      { referenceRange: [{ text: 'x', appliesTo: 'male' }] },
      UNREADABLE.range,
    ],
    ['interpretation a string', { interpretation: 'H' }, UNREADABLE.interpretation],
    [
      'interpretation coding code a number',
      { interpretation: [{ coding: [{ code: 1 }] }] },
      UNREADABLE.interpretation,
    ],
    ['effectiveDateTime a number', { effectiveDateTime: 1700000000000 }, UNREADABLE.date],
    ['effectiveDateTime not a date', { effectiveDateTime: 'yesterday' }, UNREADABLE.date],
    [
      'effectivePeriod a string',
      { effectiveDateTime: undefined, effectivePeriod: '2026' },
      UNREADABLE.date,
    ],
    ['note a string', { note: 'hemolysed' }, UNREADABLE.note],
    ['id a number', { id: 7 }, UNREADABLE.noId],
    ['not an Observation', { resourceType: 'Patient' }, UNREADABLE.notObservation],
    ['no value at all', { valueQuantity: undefined }, UNREADABLE.noValue],
    ['code without text, display or code', { code: {} }, UNREADABLE.noCode],
  ])('%s', (_case, fields, reason) => {
    expect(readLab(obs(fields))).toBe(reason);
  });

  it.each([null, 'Observation', 42, [], [base]])(
    'a non-object entry (%j) is unreadable',
    (input) => {
      expect(readLabs([input])).toEqual({
        results: [],
        unreadable: [{ label: 'Observation (no id)', reason: UNREADABLE.notObservation }],
        skipped: 0,
      });
    },
  );
});

describe('shapes that are fine', () => {
  it('a date-only effectiveDateTime is its calendar day (noon UTC), kept at day precision', () => {
    const r = readLab(obs({ effectiveDateTime: '2024-01-15' }));
    expect(r).toMatchObject({ t: Date.UTC(2024, 0, 15, 12), precision: 'day' });
  });

  it('a unit-only Quantity without a value is no value, and falls through to dataAbsentReason', () => {
    const r = readLab(
      obs({ valueQuantity: { unit: 'mmol/L' }, dataAbsentReason: { text: 'Specimen hemolysed' } }),
    );
    expect(r).toMatchObject({ value: { kind: 'absent', text: 'Specimen hemolysed' } });
  });

  it('clamps display strings: a huge analyte name, text value and note', () => {
    const r = readLab(
      obs({
        code: { text: 'K'.repeat(90_000) },
        valueQuantity: undefined,
        valueString: 'v'.repeat(90_000),
        note: [{ text: 'n'.repeat(90_000) }],
      }),
    );
    if (typeof r !== 'object') throw new Error(r);
    expect(r.name).toHaveLength(MAX_NAME);
    expect(r.value).toMatchObject({ kind: 'string' });
    expect(r.value.kind === 'string' && r.value.text.length).toBe(MAX_TEXT);
    expect(r.note).toHaveLength(MAX_TEXT);
    expect(r.name.endsWith('…')).toBe(true);
  });

  it('clamps a name that is only a huge code (no text, no display)', () => {
    const r = readLab(obs({ code: { coding: [{ system: 'urn:x', code: 'c'.repeat(90_000) }] } }));
    expect(typeof r === 'object' && r.name.length).toBe(MAX_NAME);
  });

  it('skips entered-in-error and cancelled', () => {
    const read = readLabs([obs({ status: 'entered-in-error' }), obs({ status: 'cancelled' })]);
    expect(read).toMatchObject({ results: [], skipped: 2, unreadable: [] });
  });
});

describe('property: readLabs on random and type-confused JSON', () => {
  const accounted = (input: unknown[]) => {
    const read = readLabs(input);
    expect(read.results.length + read.skipped + read.unreadable.length).toBe(input.length);
    for (const r of read.results) {
      expect(typeof r.name).toBe('string');
      if (r.value.kind === 'quantity') expect(Number.isFinite(r.value.value)).toBe(true);
      if (r.t !== undefined) expect(Number.isFinite(r.t)).toBe(true);
    }
  };

  it('never throws on any JSON; each input is a result, skipped or counted unreadable', () => {
    fc.assert(fc.property(fc.array(anyJson, { maxLength: 8 }), accounted), { numRuns: 300 });
  });

  it('never throws on Observations with type-confused fields; same accounting', () => {
    fc.assert(fc.property(fc.array(confused, { maxLength: 8 }), accounted), { numRuns: 500 });
  });
});
